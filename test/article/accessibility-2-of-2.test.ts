import { describeAxeOnEveryPage } from './axe-every-page.ts';

// Every page of the article, split over two files that run side by side (see axe-every-page.ts).
describeAxeOnEveryPage(2, 2);

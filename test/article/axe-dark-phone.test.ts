import { describeAxeOnEveryPage } from './axe-every-page.ts';

// Contrast differs between the schemes, and layout between a desktop and a phone: the two files cover both.
describeAxeOnEveryPage('dark', { width: 375, height: 740 });

import { describeEveryPage } from './every-page.spec.ts';

describeEveryPage('webkit');

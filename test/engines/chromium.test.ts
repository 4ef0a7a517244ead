import { describeEverySpec } from './every-spec.ts';

describeEverySpec('chromium');

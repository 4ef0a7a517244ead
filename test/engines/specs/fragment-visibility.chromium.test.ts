import { describeFragmentVisibility } from './fragment-visibility.spec.ts';

describeFragmentVisibility('chromium');

import { describe } from 'vitest';
import type { EngineName } from './drivers/engine.ts';
import { engineNames } from './drivers/use-engine.ts';
import { describeCopyLink } from './specs/copy-link.spec.ts';
import { describeEveryPage } from './specs/every-page.spec.ts';
import { describeFragmentVisibility } from './specs/fragment-visibility.spec.ts';
import { describeLanguageSwitch } from './specs/language-switch.spec.ts';
import { describeOffline } from './specs/offline.spec.ts';
import { describeSearch } from './specs/search.spec.ts';
import { describeSelfCheck } from './specs/self-check.spec.ts';
import { describeShortLinks } from './specs/short-links.spec.ts';
import { describeWorkshopOverflow } from './specs/workshop-overflow.spec.ts';

const specs = [
  describeEveryPage,
  describeFragmentVisibility,
  describeSearch,
  describeLanguageSwitch,
  describeShortLinks,
  describeSelfCheck,
  describeCopyLink,
  describeOffline,
  describeWorkshopOverflow,
];

/**
 * Every spec of specs/ in one engine. Each engine has one file (chromium.test.ts, firefox.test.ts, webkit.test.ts), so
 * that it launches once for all the specs (Firefox takes 5 CPU-seconds to start) and the three engines run side by side.
 * An engine left out of ENGINES is skipped.
 */
export function describeEverySpec(name: EngineName): void {
  describe.skipIf(!engineNames.includes(name))(`in ${name}`, () => {
    for (const describeSpec of specs) describeSpec(name);
  });
}

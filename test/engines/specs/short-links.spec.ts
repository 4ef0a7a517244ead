import { describe, it } from 'vitest';
import { expectNoErrorsAfterEach } from '../drivers/error-recorder.ts';
import { fixture } from '../../support/fixture-content.ts';
import type { EngineName } from '../drivers/engine.ts';
import { usePage, useSite } from '../drivers/use-engine.ts';
import { expectAt, expectLandingBelowHeader } from '../support/landing.ts';

const long = fixture.getMistake('en', 2);
const paragraph = long.paragraphs[1] ?? '';
const last = fixture.getMistakes('zh').at(-1) ?? long;

/** Short links in one engine (test/engines/<engine>.test.ts). */
export function describeShortLinks(name: EngineName): void {
  // On a phone: a short link is typed or scanned from a slide.
  describe('short links', () => {
    const site = useSite();
    const { page } = usePage(name, { width: 390, height: 700 });
    expectNoErrorsAfterEach(page);

    it.each([
      [`/en/${long.number}/#${paragraph}`, `/en/mistakes/${long.slug}/#${paragraph}`],
      [`/zh/${long.number}/#${paragraph}`, `/zh/mistakes/${long.slug}/#${paragraph}`],
      [`/zh/${last.number}/`, `/zh/mistakes/${last.slug}/`],
    ])('%s leads to %s', async (link, destination) => {
      await page().goto(`${site().origin}${link}`);
      await expectAt(page(), destination);
      const [, id] = destination.split('#');
      if (id) await expectLandingBelowHeader(page(), id);
    });
  });
}

import { describe, expect, it } from 'vitest';
import { errorsOf } from '../drivers/error-recorder.ts';
import { engineNames, usePage, useSite } from '../drivers/use-engine.ts';
import { expectAt, expectLandingBelowHeader } from '../support/landing.ts';

const site = useSite();

// On a phone: a short link is typed or scanned from a slide.
describe.each(engineNames)('short links in %s', (name) => {
  const { page } = usePage(name, { width: 390, height: 700 });

  it.each([
    ['/en/3/#p-3-2', '/en/mistakes/segmenting-by-assets/#p-3-2'],
    ['/zh/3/#p-3-2', '/zh/mistakes/segmenting-by-assets/#p-3-2'],
    ['/zh/5/', '/zh/mistakes/segmenting-without-behavior-research/'],
  ])('%s leads to %s', async (link, destination) => {
    await page().goto(`${site().origin}${link}`);
    await expectAt(page(), destination);
    const [, id] = destination.split('#');
    if (id) await expectLandingBelowHeader(page(), id);
  });

  it('recorded no errors', async () => {
    expect(await errorsOf(page())).toEqual([]);
  });
});

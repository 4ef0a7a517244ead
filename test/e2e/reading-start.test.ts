import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { readResults } from '../support/search-results.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

// Reading starts on the first screen of a phone, topic chips lead to their topic, the header's name is whole on a wide
// screen, and the whole article has an outline.
const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
const mistake = fixture.getMistake('en', 2);

describe('the top of a mistake page', () => {
  it('starts the first paragraph within the first 640 px of a 320 × 640 phone, in every language', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 320, height: 640 } });
    const late: string[] = [];
    for (const locale of ['en', 'zh', 'zh-hant']) {
      for (const each of fixture.getMistakes('en')) {
        await page.goto(`${fixtureUrl}/${locale}/mistakes/${each.slug}/`);
        const first = page.locator(`[id="${each.paragraphs[0]}"]`);
        const box = await first.boundingBox();
        // The first line, not only the paragraph's top edge, is on screen.
        if (!box || box.y + 24 > 640) late.push(`${locale}/${each.slug}: ${box?.y ?? 'none'}`);
      }
    }
    expect(late).toEqual([]);
  });

  it("links each topic chip to its topic's search, which names the topic", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/en/mistakes/${mistake.slug}/`);
    const [topic] = mistake.topics;
    if (!topic) throw new Error('the fixture mistake has no topic');
    const chip = page.locator('.topics a', { hasText: t('en', `topic.${topic}`) });
    await chip.click();
    await page.waitForURL((url) => url.pathname === '/en/search/' && url.searchParams.get('topic') === topic);
    const { status, hits } = await readResults(page, '.search--page');
    const count = fixture.getMistakes('en').filter((each) => each.topics.includes(topic)).length;
    expect(hits).toHaveLength(count);
    expect(status).toBe(t('en', 'search.topicResults', { count, topic: t('en', `topic.${topic}`) }));
  });

  it('shows the whole site name in the header at 1280 px, in every language', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    for (const locale of ['en', 'zh', 'zh-hant']) {
      await page.goto(`${fixtureUrl}/${locale}/mistakes/${mistake.slug}/`);
      const name = page.locator('.site-name');
      expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth), locale).toBe(true);
      expect(await name.textContent()).toBe(t(locale as 'en', 'site.name'));
    }
  });
});

describe('the whole article outline', () => {
  it('stays beside the text on a wide screen and leads to each mistake', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(`${fixtureUrl}/en/article/`);
    const outline = page.getByRole('navigation', { name: t('en', 'outline.title') });
    const links = outline.getByRole('link');
    expect(await links.count()).toBe(fixture.getMistakes('en').length + 1);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    expect(await outline.isVisible()).toBe(true);
    const box = await outline.boundingBox();
    expect(box && box.y >= 0 && box.y < 800).toBe(true);
    const last = fixture.getMistakes('en').at(-1);
    await links.last().click();
    await page.waitForURL((url) => url.hash === `#mistake-${last?.number}`);
  });

  it('is folded on a phone, and opens to the same links', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 320, height: 640 } });
    await page.goto(`${fixtureUrl}/zh/article/`);
    const summary = page.locator('details.outline > summary');
    expect(await summary.textContent()).toBe(t('zh', 'outline.title'));
    const links = page.locator('details.outline a');
    expect(await links.first().isVisible()).toBe(false);
    await summary.click();
    expect(await links.count()).toBe(fixture.getMistakes('zh').length + 1);
    expect(await links.first().isVisible()).toBe(true);
  });
});

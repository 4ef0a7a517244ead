import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';

// The site built with BASE_PATH=/kb/ (see serve-base-path.ts): search and the offline copy must work there too.
const basePathUrl = inject('basePathUrl');
const basePath = `${new URL(basePathUrl).pathname}/`;
const browser = useSharedBrowser();

describe(`under the sub-path ${basePath}`, () => {
  it('searches both languages and links results under the sub-path', async () => {
    const { page, foreignRequests } = await openPage(browser());
    await page.goto(`${basePathUrl}/en/search/?q=${encodeURIComponent('资产')}`);
    const first = page.locator('.search--page a.search-hit__link').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${basePath}zh/mistakes/segmenting-by-assets/\\?highlight=`));
    expect(await page.locator('.search--page a.search-hit__counterpart').first().getAttribute('href')).toMatch(
      new RegExp(`^${basePath}en/mistakes/segmenting-by-assets/`),
    );
    await first.click();
    await page.waitForURL(`**${basePath}zh/mistakes/segmenting-by-assets/**`);
    await expect.poll(() => page.locator('mark.search-highlight').count()).toBeGreaterThan(0);
    expect(foreignRequests).toEqual([]);
  });

  it('works offline after one visit, with the service worker scoped to the sub-path', async () => {
    const { page } = await openPage(browser(), { serviceWorkers: 'allow' });
    await page.goto(`${basePathUrl}/en/`);
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.scope;
    });
    expect(new URL(scope).pathname).toBe(basePath);

    await page.context().setOffline(true);
    await page.goto(`${basePathUrl}/zh/4/`);
    await page.waitForURL(`**${basePath}zh/mistakes/segmenting-by-calendar-time/`);
    expect(await page.locator('h1').textContent()).toBe('按自然时间进行客户细分');
    await page.locator('#search-panel-input').fill('wine');
    const first = page.locator('.search--panel a.search-hit__link').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${basePath}en/mistakes/segmenting-by-calendar-time/`));
    await page.context().close();
  });
});

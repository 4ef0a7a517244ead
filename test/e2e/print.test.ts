import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { siteOrigin } from '../support/link-check.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
const { slug } = fixture.getMistake('en', 1);

describe('printing', () => {
  it.each([`/en/mistakes/${slug}/`, '/zh/article/', `/en/parallel/${slug}/`, `/zh-hant/mistakes/${slug}/`])(
    '%s prints without navigation or buttons, with its URL',
    async (path) => {
      const { page } = await openPage(browser());
      await page.goto(`${fixtureUrl}${path}`);
      const printUrl = page.locator('.print-url');
      expect(await printUrl.isVisible()).toBe(false);
      const chrome = page.locator('.site-header, .breadcrumbs, nav, button, .permalink, .skip-link');
      expect(await chrome.count()).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      const visible = await chrome.evaluateAll((elements) =>
        elements.filter((element) => element.getBoundingClientRect().height > 0).map((element) => element.outerHTML.slice(0, 80)),
      );
      expect(visible).toEqual([]);
      expect(await printUrl.isVisible()).toBe(true);
      expect(await printUrl.textContent()).toContain(`${siteOrigin}${path}`);
    },
  );
});

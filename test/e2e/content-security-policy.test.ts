import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/lib/locales.ts';
import { openPage } from '../support/browser.ts';
import { takeCspViolations } from '../support/csp-violations.ts';
import { searchWords } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

// Every e2e test fails on a CSP violation (no-csp-violations.ts); these prove the recorder, then walk a reader through
// the features in each language with the policy on.
describe('Content-Security-Policy', () => {
  it('blocks, and the suite notices, a script the site did not write', async () => {
    const { page } = await openPage(browser());
    await page.route(`${fixtureUrl}/en/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('</main>', '<script>window.injected = true</script></main>');
      await route.fulfill({ response, body });
    });
    await page.goto(`${fixtureUrl}/en/`);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    await expect.poll(() => takeCspViolations().length).toBeGreaterThan(0);
    await page.context().close();
  });

  it.each(locales)('lets a %s reader search, answer, share, clear and copy a link without a violation', async (locale) => {
    const query = locale === 'en' ? searchWords.en : searchWords.zh;
    const { page } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${fixtureUrl}/${locale}/`);
    await page.locator('#search-panel-input').fill(query);
    await page.locator('.search--panel a.search-hit__link').first().click();
    await page.waitForURL(/highlight=/);
    await expect.poll(() => page.locator('mark.search-highlight').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: t(locale, 'copyLink.button') }).click();
    await expect.poll(() => page.locator('.copy-link__status').textContent()).not.toBe('');

    await page.goto(`${fixtureUrl}/${locale}/self-check/`);
    await page.locator('fieldset').first().getByLabel(t(locale, 'selfCheck.answer.yes'), { exact: true }).check();
    const share = await page.locator('[data-share]').getAttribute('href');
    await page.locator('[data-clear]').click();
    await page.goto(`${fixtureUrl}${share}`);
    await page.locator('.self-check__result-heading').waitFor({ state: 'visible' });
    await page.goto(`${fixtureUrl}/${locale}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search--page a.search-hit__link').first().waitFor();
    await page.locator('a.language-switch').first().click();
    await page.waitForLoadState('load');
    await page.context().close();
  });
});

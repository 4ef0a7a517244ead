import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

describe('language chooser at /', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['en-GB', 'en'],
  ])('sends a %s browser to /%s/', async (browserLocale, locale) => {
    const { page } = await openPage(browser(), { locale: browserLocale });
    await page.goto(`${fixtureUrl}/`);
    await page.waitForURL(`**/${locale}/`);
  });

  it('remembers the language the reader chose last', async () => {
    const { page } = await openPage(browser(), { locale: 'en-US' });
    await page.goto(`${fixtureUrl}/en/`);
    await page.getByRole('link', { name: new RegExp(t('zh', 'language.name')) }).click();
    await page.waitForURL('**/zh/');
    await page.goto(`${fixtureUrl}/`);
    await page.waitForURL('**/zh/');
  });

  it('offers every language with JavaScript off', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false, locale: 'zh-CN' });
    await page.goto(`${fixtureUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('link', { name: t('zh', 'chooser.link') }).click();
    await page.waitForURL('**/zh/');
    expect(await page.locator('h1').textContent()).toBe(fixture.getIntroduction('zh').title);
  });
});

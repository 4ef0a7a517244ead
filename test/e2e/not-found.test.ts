import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/lib/locales.ts';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

describe('404 page', () => {
  it('helps in every language: the contents and each mistake', async () => {
    const { page } = await openPage(browser());
    const response = await page.goto(`${fixtureUrl}/en/mistakes/no-such-mistake/`);
    expect(response?.status()).toBe(404);
    for (const locale of locales) {
      expect(await page.getByRole('link', { name: t(locale, 'notFound.home') }).count(), locale).toBe(1);
      for (const { title } of fixture.getMistakes(locale)) expect(await page.getByRole('link', { name: title }).count(), title).toBe(1);
    }
  });
});

import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

describe('offline copy for readers saving data', () => {
  it('is not downloaded on a first visit, but offered, and saved when the reader asks', async () => {
    const { page } = await openPage(browser(), { serviceWorkers: 'allow' });
    // What a browser in data-saver mode reports (Chromium's headless mode has no switch for it).
    await page.context().addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });
    });
    await page.goto(`${fixtureUrl}/en/mistakes/${fixture.getMistake('en', 1).slug}/`);
    const offer = page.getByRole('button', { name: t('en', 'offline.save') });
    await offer.waitFor();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);

    await offer.click();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.locator('kb-offline-notices').textContent()).toContain(t('en', 'offline.ready'));
    await page.context().close();
  });

  it('changes nothing for everyone else: the offline copy is saved after the first visit, unasked', async () => {
    const { page } = await openPage(browser(), { serviceWorkers: 'allow' });
    await page.goto(`${fixtureUrl}/zh/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    expect(await page.getByRole('button', { name: t('zh', 'offline.save') }).count()).toBe(0);
    await page.context().close();
  });
});

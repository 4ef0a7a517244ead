import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { makeTempDir, removeTempDir } from '../support/temp.ts';
import { t } from '../support/ui-strings.ts';

const browser = useSharedBrowser();

/**
 * Publishes a next build over a copy of the site, as a deployment does: the zh home page changes, and the service worker's
 * precache list gives it a new revision (as the build would), so the new worker installs beside the old one.
 */
async function deployNextBuild(site: string): Promise<void> {
  const page = join(site, 'zh/index.html');
  await writeFile(page, (await readFile(page, 'utf8')).replace('</main>', '<p id="next-build">the next build</p></main>'));
  const worker = join(site, 'sw.js');
  const code = await readFile(worker, 'utf8');
  const next = code.replace(/(\{url:"zh\/index\.html",revision:")([0-9a-f]+)(")/, '$1next-build$3');
  expect(next).not.toBe(code);
  await writeFile(worker, next);
}

const reloadButton = (page: Page) => page.getByRole('button', { name: t('zh', 'offline.reload') });

describe('a new deployment with two tabs open', () => {
  it('offers the new version in both, and Reload in each lands on the new build; the other tab is never left on the old page unasked', async () => {
    const site = makeTempDir('deploy-tabs');
    await cp(inject('fixtureDist'), site, { recursive: true });
    const server = await serveStatic(site);
    try {
      const { page: first } = await openPage(browser(), { serviceWorkers: 'allow' });
      await first.goto(`${server.origin}/zh/`);
      await first.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const second = await first.context().newPage();
      await second.goto(`${server.origin}/zh/`);
      await first.reload();
      for (const page of [first, second]) expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

      await deployNextBuild(site);
      await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      // Both tabs see the new version waiting, and keep the old one until the reader agrees.
      for (const page of [first, second]) await reloadButton(page).waitFor({ timeout: 15_000 });
      expect(await second.locator('#next-build').count()).toBe(0);

      await Promise.all([first.waitForEvent('load'), reloadButton(first).click()]);
      expect(await first.locator('#next-build').textContent()).toBe('the next build');
      // The second tab's page is the old build's, now under the new worker: it still offers the reload, and it works.
      await reloadButton(second).waitFor();
      await Promise.all([second.waitForEvent('load'), reloadButton(second).click()]);
      expect(await second.locator('#next-build').textContent()).toBe('the next build');
      expect(await second.locator('kb-offline-notices').getByRole('button').count()).toBe(0);
      await first.context().close();
    } finally {
      await server.close();
      removeTempDir(site);
    }
    // Two tabs each install and precache the site twice: on a loaded 2-core machine that takes well over the default minute.
  }, 180_000);
});

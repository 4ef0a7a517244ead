import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();
const mistake = fixture.getMistakes('zh').at(-1) ?? fixture.getMistake('zh', 1);
const url = () => `${fixtureUrl}/zh/mistakes/${mistake.slug}/`;

// Copying and the fallback field (clipboard refused or missing: one code path) are test/engines/specs/copy-link.test.ts's.
describe('copy link', () => {
  it('is not offered without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(url());
    expect(await page.getByRole('button', { name: t('zh', 'copyLink.button') }).count()).toBe(0);
  });
});

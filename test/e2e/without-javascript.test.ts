import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

// What a reader gets with JavaScript off: every page is plain HTML first, and islands only add to it. The same features
// with JavaScript, in three engines: test/engines/specs/ (short links, self-check, copy link).
const fixtureUrl = inject('fixtureUrl');
const fixtureSubPathUrl = inject('fixtureSubPathUrl');
const browser = useSharedBrowser();
const questions = fixture.getQuestions('en');
const mistakes = fixture.getMistakes('en');

describe('without JavaScript', () => {
  it('a short link still leads to its mistake (meta refresh), under a sub-path too', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    const { number, slug } = mistakes.at(-1) ?? fixture.getMistake('en', 1);
    await page.goto(`${fixtureSubPathUrl}/en/${number}/`);
    await page.waitForURL('**/mistakes/**');
    expect(new URL(page.url()).pathname).toBe(`${new URL(fixtureSubPathUrl).pathname}/en/mistakes/${slug}/`);
    expect(await page.locator('.article__position').textContent()).toBe(t('en', 'mistake.position', { number, total: mistakes.length }));
  });

  it('the self-check is a readable checklist with links to each mistake, and no buttons that would do nothing', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${fixtureUrl}/en/self-check/`);
    // Chromium's emulated no-JavaScript mode still parses <noscript> as raw text, so read it rather than look for it on screen.
    expect(await page.locator('noscript').textContent()).toContain(t('en', 'selfCheck.noScript'));
    expect(await page.getByRole('group').count()).toBe(questions.length);
    expect(
      await page
        .getByRole('group', { name: questions[0]?.question ?? '' })
        .getByRole('radio')
        .count(),
    ).toBe(3);
    const headings = page.getByRole('heading', { level: 2 }).getByRole('link');
    expect(await headings.count()).toBe(mistakes.length);
    expect(await headings.first().getAttribute('href')).toBe(`/en/mistakes/${mistakes[0]?.slug}/`);
    expect(await page.getByRole('button').count()).toBe(0);
  });

  it('a mistake page offers no copy-link button, which could not copy', async () => {
    const mistake = fixture.getMistakes('zh').at(-1) ?? fixture.getMistake('zh', 1);
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${fixtureUrl}/zh/mistakes/${mistake.slug}/`);
    expect(await page.locator('h1').textContent()).toBe(mistake.title);
    expect(await page.getByRole('button', { name: t('zh', 'copyLink.button') }).count()).toBe(0);
  });
});

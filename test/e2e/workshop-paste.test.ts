import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { t } from '../support/ui-strings.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { baseUrl, count, expected, ids, label, lines, locales, paste, questions, report, room, titles } from '../support/workshop-room.ts';

const browser = useSharedBrowser();

/** A CSV cell as RFC 4180 writes it. */
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

describe('workshop room: collecting by paste', () => {
  it('counts 30 pasted share links exactly: count, chart, tables, discuss first and CSV', async () => {
    const { page, foreignRequests } = await openPage(browser());
    const scripts: string[] = [];
    page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)));
    await page.goto(`${baseUrl}/en/workshop/`, { waitUntil: 'networkidle' });
    expect(scripts.filter((path) => path.includes('workshop'))).toEqual([]); // HTML and stylesheet until the trainer acts

    await paste(page, lines.join('\n'));
    await expect.poll(() => count(page)).toBe('30 responses');
    expect(await report(page).locator('p').textContent()).toBe('Added: 30 · Already counted: 0 · Held back: 0 · Not a link: 0');
    expect(scripts.filter((path) => /qr-scanner|\.wasm/.test(path))).toEqual([]); // the decoder only comes with the camera

    const rows = await page
      .locator('[data-mistake-rows] tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent)));
    expect(rows).toEqual(expected.map(({ mistake, counts }) => [label(mistake), ...[counts.risk, counts.check, counts.clear, counts.open].map(String)]));

    const bars = await page.locator('[data-chart] [data-mistake]').evaluateAll((groups) =>
      groups.map((group) => ({
        mistake: group.getAttribute('data-mistake'),
        label: group.querySelector('text')?.textContent,
        segments: [...group.querySelectorAll('rect[data-status]')].map((rect) => [
          rect.getAttribute('data-status'),
          Number(rect.getAttribute('data-count')),
          Number(rect.getAttribute('width')),
        ]),
      })),
    );
    expect(bars.map(({ mistake, label: text }) => [mistake, text])).toEqual(expected.map(({ mistake }) => [mistake, label(mistake)]));
    for (const [index, { counts }] of expected.entries()) {
      const segments = (['risk', 'check', 'clear', 'open'] as const).filter((status) => counts[status] > 0);
      expect(bars[index]?.segments.map(([status, n]) => [status, n])).toEqual(segments.map((status) => [status, counts[status]]));
      // Each bar spans the chart's 640 units, its segments in proportion.
      for (const [status, n, width] of bars[index]?.segments ?? []) expect(width, `${status}`).toBeCloseTo((Number(n) / 30) * 640, 1);
    }

    for (const { id } of questions) {
      const figures = await page.locator(`tr[data-question="${id}"] [data-figure]`).allTextContents();
      const tally = (answer: string | undefined) => String(room.filter((answers) => answers[id] === answer).length);
      expect(figures, id).toEqual([tally('yes'), tally('no'), tally('unsure'), tally(undefined)]);
    }

    // Discuss first: the three mistakes most at risk, each linked to the paragraph behind its riskiest question.
    const discuss = await page.locator('[data-discuss] a').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
    expect(discuss).toEqual(
      expected.slice(0, 3).map(({ mistake }) => {
        const own = questions.filter((question) => question.mistake === mistake);
        const risky = (question: (typeof own)[number]) => room.filter((answers) => answers[question.id] === question.riskyAnswer).length;
        const top = own.reduce((best, question) => (risky(question) > risky(best) ? question : best));
        return [label(mistake), `/en/mistakes/${mistake}/${top.paragraph ? `#${top.paragraph}` : ''}`];
      }),
    );
    expect(await page.locator('[data-responses] li').count()).toBe(30);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^workshop-room-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const words = { yes: 'Yes', no: 'No', unsure: 'Not sure' };
    expect(csv).toBe(
      `\uFEFF${[
        ['Response', 'Language', ...ids].join(','),
        ...room.map((answers, index) => [String(index + 1), locales[index], ...ids.map((id) => (answers[id] ? words[answers[id]] : ''))].join(',')),
        '',
        'No.,Mistake,At risk,Worth checking,Clear,Not fully answered',
        ...expected.map(({ mistake, number, counts }) =>
          [String(number), cell(titles.get(mistake) ?? ''), counts.risk, counts.check, counts.clear, counts.open].join(','),
        ),
      ].join('\r\n')}\r\n`,
    );

    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('takes 1,000 hostile lines: a short report saying why each line is refused, nothing counted twice by accident, no crash', async () => {
    const { page } = await openPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => void errors.push(`dialog: ${dialog.message()}`));
    await page.goto(`${baseUrl}/en/workshop/`);
    const valid = lines.slice(0, 10);
    const junk = [
      `${baseUrl}/en/self-check/#answers=2${'y'.repeat(ids.length)}`, // another version
      `${baseUrl}/en/self-check/#answers=1yy`, // another question set
      `${baseUrl}/en/self-check/#answers=1${'x'.repeat(ids.length)}`, // damaged
      `${baseUrl}/en/self-check/`, // no answers
      '<img src=x onerror=alert(1)>',
      '🙂'.repeat(100),
      'https://example.org/',
    ];
    const filler = Array.from({ length: 988 }, (_, index) => junk[index % junk.length] ?? '');
    const pasted = [...valid, valid[0] ?? '', ...filler.slice(0, 5), 'x'.repeat(5_000), ...filler.slice(5)];
    expect(pasted).toHaveLength(1_000);
    await page.getByLabel('Paste share links, one per line').fill(pasted.join('\n'));
    await page.waitForFunction(() => customElements.get('kb-workshop') !== undefined);
    await page.getByRole('button', { name: 'Add to the room' }).click();
    await page.locator('[data-report] li').first().waitFor({ state: 'attached' });
    expect(await count(page)).toBe('10 responses');
    expect(await report(page).locator('p').textContent()).toBe('Added: 10 · Already counted: 0 · Held back: 1 · Not a link: 989');
    // The line held back waits open for the trainer; the refused ones are folded, a few shown, the rest on request.
    const held = report(page).locator('details[data-report-group="held"]');
    const refused = report(page).locator('details[data-report-group="refused"]');
    expect(await held.locator('summary').textContent()).toBe('Held back (1): count them if they are other people');
    expect(await held.locator('li strong').allTextContents()).toEqual(['Line 11: the same answers as line 1, counted once']);
    expect(await refused.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await refused.locator('summary').textContent()).toBe('Not a link or not usable (989)');
    const { height } = (await report(page).boundingBox()) ?? { height: Infinity };
    expect(height).toBeLessThan(720);
    await refused.locator('summary').click();
    expect(await refused.locator('li strong').allTextContents()).toEqual([
      'Line 12: made for another version of the questions',
      'Line 13: made for another version of the questions',
      'Line 14: a damaged share link',
      'Line 15: a link to the self-check without answers',
      'Line 16: not a share link of this self-check',
    ]);
    expect((await report(page).boundingBox())?.height).toBeLessThan(1_200);
    await refused.getByRole('button', { name: 'Show all 989 lines' }).click();
    expect(await refused.locator('li').count()).toBe(989);
    expect(await refused.locator('li strong').nth(5).textContent()).toBe('Line 17: a damaged share link'); // over 4,000 characters: refused unread
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Line 17: /);
    expect(await report(page).locator('img').count()).toBe(0);
    expect(await report(page).locator('code').nth(5).textContent()).toBe('<img src=x onerror=alert(1)>');

    // Two participants may well give the same answers: the trainer can count a held line, once.
    await page.getByRole('button', { name: 'Count line 11 too' }).click();
    const again = report(page).locator('[data-action="count-held"]').first();
    await expect.poll(() => count(page)).toBe('11 responses');
    expect(await again.textContent()).toBe('Counted.');
    expect(await again.getAttribute('aria-disabled')).toBe('true');
    await again.click({ force: true }); // a second press counts nothing more
    expect(await count(page)).toBe('11 responses');

    // The same links pasted again are already in the room: held, not counted.
    await paste(page, valid.join('\n'));
    expect(await report(page).locator('p').textContent()).toBe('Added: 0 · Already counted: 10 · Held back: 0 · Not a link: 0');
    const counted = report(page).locator('details[data-report-group="counted"]');
    expect(await counted.locator('li strong').first().textContent()).toBe('Line 1: the same answers as a response already in the room');
    // Ten lines already counted: folded, five of them, the rest on request, so a chat pasted again keeps the page short.
    expect(await counted.locator('li strong').count()).toBe(5);
    await counted.locator('summary').click();
    await counted.getByRole('button', { name: 'Show all 10 lines' }).click();
    expect(await counted.locator('li strong').count()).toBe(10);
    expect(await count(page)).toBe('11 responses');
    expect(errors).toEqual([]);
  }, 180_000);

  it('holds back a link from another site, says where it is from, and counts it only when the trainer says so', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/en/workshop/`);
    const foreign = lines[1]?.replace(baseUrl, 'https://other-kb.example.org') ?? '';
    expect(foreign).toMatch(/https:\/\/other-kb\.example\.org\/zh\/self-check\/#answers=/);
    await paste(page, [lines[0], foreign, lines[2]].join('\n'));
    await expect.poll(() => count(page)).toBe('2 responses');
    expect(await report(page).locator('p').textContent()).toBe('Added: 2 · Already counted: 0 · Held back: 1 · Not a link: 0');
    const held = report(page).locator('details[data-report-group="held"]');
    expect(await held.locator('li strong').allTextContents()).toEqual(['Line 2: from other-kb.example.org, another site: held back']);
    // Kept as held over a reload, still labelled, until the trainer counts it.
    await page.reload();
    const kept = page.locator('[data-held-view]');
    await expect.poll(() => kept.locator('li strong').allTextContents()).toEqual(['Line 2: from other-kb.example.org, another site: held back']);
    expect(await count(page)).toBe('2 responses');
    await kept.getByRole('button', { name: 'Count line 2 too' }).click();
    await expect.poll(() => count(page)).toBe('3 responses');
  });

  it('speaks the reader’s language, whatever language the links were made in', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'dark' });
    await page.goto(`${baseUrl}/zh/workshop/`);
    await page.getByLabel('粘贴分享链接，每行一个').fill(lines.slice(0, 4).join('\n'));
    await page.getByRole('button', { name: '加入汇总' }).click();
    await expect.poll(() => count(page)).toBe('4份回答');
    expect(await report(page).locator('p').textContent()).toBe('新加入：4；已计入过：0；暂缓计入：0；不是可用链接：0');
    expect(await page.locator('[data-responses] li').first().textContent()).toMatch(/^第1份回答 English：\d+个存在风险，\d+个有待核实 删除$/);
    expect(await page.locator('[data-responses] li').nth(1).textContent()).toMatch(new RegExp(`^第2份回答 ${t('zh', 'language.name')}：`));
    expect(await page.locator('[data-chart] text').first().textContent()).toMatch(/^错误\d：/);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getLanguageTag, getParallelLocale, locales } from '../../src/lib/locales.ts';
import { openPage } from '../support/browser.ts';
import { fixture } from '../support/fixture-content.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

const fixtureUrl = inject('fixtureUrl');
const browser = useSharedBrowser();

interface Row {
  id: string;
  cells: { paragraph: string; lang: string; top: number; bottom: number }[];
}

/** Every row of a parallel view with the paragraph id, language and box of each of its cells. */
function readRows(page: Page): Promise<Row[]> {
  return page.locator('.parallel__row[data-paragraph]').evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.id,
      cells: [...row.querySelectorAll<HTMLElement>('.parallel__cell')].map((cell) => {
        const box = cell.getBoundingClientRect();
        return { paragraph: cell.dataset.paragraphId ?? '', lang: cell.lang, top: box.top, bottom: box.bottom };
      }),
    })),
  );
}

describe('the parallel view', () => {
  it('is reachable from a mistake page and lands on that mistake', async () => {
    const mistake = fixture.getMistake('zh', 1);
    const { page } = await openPage(browser());
    await page.goto(`${fixtureUrl}/zh/mistakes/${mistake.slug}/`);
    await page.getByRole('link', { name: t('zh', 'parallel.link') }).click();
    await page.waitForURL(`**/zh/parallel/${mistake.slug}/`);
    expect(await page.locator('h1').textContent()).toBe(t('zh', 'parallel.title', { title: mistake.title }));
    await page.getByRole('link', { name: t('zh', 'parallel.backToMistake', { number: mistake.number }) }).click();
    await page.waitForURL(`**/zh/mistakes/${mistake.slug}/`);
  });

  it('aligns every paragraph pair side by side on a desktop', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    for (const locale of locales) {
      for (const { slug, paragraphs } of fixture.getMistakes(locale)) {
        const path = `/${locale}/parallel/${slug}/`;
        await page.goto(`${fixtureUrl}${path}`);
        const rows = await readRows(page);
        expect(
          rows.map((row) => row.id),
          path,
        ).toEqual(paragraphs);
        for (const row of rows) {
          expect(
            row.cells.map((cell) => cell.paragraph),
            path,
          ).toEqual([row.id, row.id]);
          expect(
            row.cells.map((cell) => cell.lang),
            path,
          ).toEqual([getLanguageTag(locale), getLanguageTag(getParallelLocale(locale))]);
          const [first, second] = row.cells;
          expect(Math.abs((first?.top ?? 0) - (second?.top ?? 1)), `${path}#${row.id}`).toBeLessThan(1);
        }
      }
    }
  });

  it('stacks each pair on a phone, in order', async () => {
    const [long] = fixture.getMistakes('en').sort((a, b) => b.paragraphs.length - a.paragraphs.length);
    const { page } = await openPage(browser(), { viewport: { width: 390, height: 800 } });
    await page.goto(`${fixtureUrl}/en/parallel/${long?.slug}/`);
    let previousBottom = -Infinity;
    const rows = await readRows(page);
    expect(rows.length).toBe(long?.paragraphs.length);
    for (const row of rows) {
      const [first, second] = row.cells;
      expect(first && second && second.top >= first.bottom - 1 && first.top >= previousBottom - 1, row.id).toBe(true);
      previousBottom = second?.bottom ?? previousBottom;
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

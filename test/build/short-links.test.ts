import { describe, expect, inject, it } from 'vitest';
import { getPathLocale } from '../../src/lib/locale-path.ts';
import { defaultLocale, locales } from '../../src/lib/locales.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { getBuiltSites } from '../support/built-sites.ts';
import { getCanonical, isShortLinkPath, listPages, readPage } from '../support/dist.ts';
import { fixtureSubPath } from '../support/fixture-site.ts';
import { siteOrigin } from '../support/link-check.ts';

/** The content of a `<meta>` by name, e.g. `robots`. */
const getMeta = (html: string, name: string) => [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((match) => match[1]);

describe.each(getBuiltSites())('short links of the $name', ({ dist, content }) => {
  const shortLinks = listPages(dist).filter(isShortLinkPath);

  it('exist for every mistake number in every language', () => {
    const expected = locales.flatMap((locale) => content.getMistakes(locale).map(({ number }) => `/${locale}/${number}/`));
    expect(shortLinks).toEqual(expected.sort());
  });

  it.each(shortLinks)('%s redirects to its mistake, keeps the fragment and stays out of search', (page) => {
    const html = readPage(page, dist);
    const locale = getPathLocale(page) ?? defaultLocale;
    const number = Number(page.split('/')[2]);
    const target = `/${locale}/mistakes/${content.getMistake(locale, number).slug}/`;
    expect(/<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1]).toBe(target);
    const total = content.getMistakes(locale).length;
    expect(readPage(target, dist)).toContain(useTranslations(locale)('mistake.position', { number, total }));
    expect(getCanonical(html)).toBe(`${siteOrigin}${target}`);
    expect(html).toContain(`<a href="${target}">`);
    // The one short-link script, told its target: it keeps the query and fragment the meta refresh would drop.
    expect(html).toContain(`<script data-target="${target}">`);
    expect(html).toMatch(/location\.replace\(`\$\{\w+\}\$\{location\.search\}\$\{location\.hash\}`\)/);
    expect(getMeta(html, 'robots')).toEqual(['noindex']);
    expect(html).not.toContain('data-pagefind-body');
  });
});

describe(`short links under the sub-path ${fixtureSubPath}`, () => {
  const dist = inject('fixtureSubPathDist');

  it.each(listPages(dist).filter(isShortLinkPath))('%s redirects inside the sub-path', (page) => {
    expect(readPage(page, dist)).toMatch(new RegExp(`url=${fixtureSubPath}${page.split('/')[1]}/mistakes/[a-z0-9-]+/"`));
  });
});

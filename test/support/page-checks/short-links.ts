import { getPathLocale } from '../../../src/lib/locale-path.ts';
import { defaultLocale } from '../../../src/lib/locales.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import { getCanonical, isShortLinkPath, listPages, readPage } from '../dist.ts';
import { siteOrigin } from '../link-check.ts';
import type { SiteContent } from '../site-content.ts';
import { differs, findOffenders } from './offenders.ts';

/** The content of a `<meta>` by name, e.g. `robots`. */
const getMeta = (html: string, name: string) => [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((match) => match[1]);

/**
 * Where a short link page (`/en/3/`) fails to send the reader to its mistake with query and fragment kept, or is
 * itself indexed (by search engines or by the site's search).
 */
export function checkShortLink(dist: string, content: SiteContent, page: string): string[] {
  const html = readPage(page, dist);
  const locale = getPathLocale(page) ?? defaultLocale;
  const number = Number(page.split('/')[2]);
  const mistake = content.getMistakes(locale).find((entry) => entry.number === number);
  if (!mistake) return [`no mistake ${number} in ${locale}`];
  const target = `/${locale}/mistakes/${mistake.slug}/`;
  const total = content.getMistakes(locale).length;
  const problems = [
    ...differs('meta refresh', /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1], target),
    ...differs('canonical', getCanonical(html), `${siteOrigin}${target}`),
    ...differs('robots', getMeta(html, 'robots'), ['noindex']),
  ];
  if (!readPage(target, dist).includes(useTranslations(locale)('mistake.position', { number, total })))
    problems.push(`${target} is not mistake ${number} of ${total}`);
  if (!html.includes(`<a href="${target}">`)) problems.push('no link to the mistake');
  // The one short-link script, told its target: it keeps the query and fragment the meta refresh would drop.
  if (!html.includes(`<script data-target="${target}">`)) problems.push('no redirect script told its target');
  if (!/location\.replace\(`\$\{\w+\}\$\{location\.search\}\$\{location\.hash\}`\)/.test(html)) problems.push('the script drops the query or fragment');
  if (html.includes('data-pagefind-body')) problems.push('indexed by search');
  return problems;
}

export function findShortLinkOffenders(dist: string, content: SiteContent): string[] {
  return findOffenders(listPages(dist).filter(isShortLinkPath), (page) => checkShortLink(dist, content, page));
}

/** Short links of a site built under a sub-path (`/kb/`) that redirect outside it. */
export function findShortLinksLeavingSubPath(dist: string, subPath: string): string[] {
  return findOffenders(listPages(dist).filter(isShortLinkPath), (page) =>
    new RegExp(`url=${subPath}${page.split('/')[1]}/mistakes/[a-z0-9-]+/"`).test(readPage(page, dist)) ? [] : [`does not redirect inside ${subPath}`],
  );
}

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { parsePolicy } from '../../src/lib/csp.ts';
import { isShortLinkPath, listPages, readPage, resolveFile } from '../support/dist.ts';
import { fixtureContentDir } from '../support/fixture-site.ts';
import { findHtmlProblems } from '../support/html-validity.ts';
import { findBrokenLinks, findForeignResources } from '../support/link-check.ts';
import { findHeaderPolicyGaps, findPolicyOffenders } from '../support/page-checks/content-security-policy.ts';
import { findHreflangOffenders } from '../support/page-checks/hreflang.ts';
import { findOffenders, findOffendersAsync } from '../support/page-checks/offenders.ts';
import { findOpenGraphOffenders } from '../support/page-checks/open-graph.ts';
import { findMistakesWithoutParallelLink, findParallelViewOffenders } from '../support/page-checks/parallel-view.ts';
import { findPermalinkOffenders } from '../support/page-checks/paragraph-permalinks.ts';
import { findRequestBudgetOffenders } from '../support/page-checks/request-budget.ts';
import { findShortLinkOffenders, findShortLinksLeavingSubPath } from '../support/page-checks/short-links.ts';
import { readSiteContent } from '../support/site-content.ts';
import { makeTempDir } from '../support/temp.ts';

// The site-wide invariants pass on every build; here each one is shown failing: a scratch copy of the fixture site with
// one page broken as a template bug would break it, and the invariant names that page and what is wrong with it.
const mistake = '/en/mistakes/ignoring-the-tides/';
let dist: string;

beforeEach(() => {
  dist = makeTempDir('broken-site');
  cpSync(inject('fixtureDist'), dist, { recursive: true });
});

/** Rewrites one page of the scratch copy; fails if the replacement changed nothing (the fixture moved on). */
function breakPage(page: string, from: string | RegExp, to: string): void {
  const file = resolveFile(page, dist) ?? '';
  const html = readFileSync(file, 'utf8');
  const broken = html.replace(from, to);
  expect(broken, `${page} has ${from}`).not.toBe(html);
  writeFileSync(file, broken);
}

const reports = (page: string, problem: RegExp) => expect.arrayContaining([expect.stringMatching(new RegExp(`^${page}: ${problem.source}`))]);

describe('the site-wide checks name each broken page', () => {
  it('a link to a missing page or fragment, and a resource from another origin', () => {
    breakPage('/en/', /href="\/en\/article\/"/, 'href="/en/no-such-page/"');
    breakPage(mistake, /href="#p-3-1"/, 'href="#p-3-99"');
    breakPage('/zh/', '</body>', '<img src="https://cdn.example.com/x.png" alt=""></body>');
    const broken = findOffenders(listPages(dist), (page) => findBrokenLinks(dist, page));
    expect(broken).toEqual(reports('/en/', /\/en\/no-such-page\//));
    expect(broken).toEqual(reports(mistake, /#p-3-99 \(no #p-3-99\)/));
    expect(findOffenders(listPages(dist), (page) => findForeignResources(readPage(page, dist)))).toEqual(['/zh/: https://cdn.example.com/x.png']);
  });

  it('a policy loosened, an inline style, a script without its hash, a script file, a preload', () => {
    breakPage('/en/', "default-src 'self'", 'default-src *');
    breakPage('/zh/', '</body>', '<p style="color: red">x</p><script>alert(1)</script></body>');
    breakPage('/en/glossary/', '</head>', '<script src="/x.js"></script><link rel="preload" href="/y.css"></head>');
    const offenders = findPolicyOffenders(dist);
    expect(offenders).toEqual(reports('/en/', /default-src is \["\*"\]/));
    expect(offenders).toEqual(reports('/zh/', /a style="…" attribute/));
    expect(offenders).toEqual(reports('/zh/', /an inline script's 'sha256-/));
    expect(findRequestBudgetOffenders(dist)).toEqual(['/en/glossary/: a script file', '/en/glossary/: a rel="preload" hint']);
    expect(findHeaderPolicyGaps(dist, parsePolicy("default-src 'self'"))).toEqual(reports('/', /script-src 'self' is not in the header/));
  });

  it('invalid markup', async () => {
    const findProblems = () => findOffendersAsync(listPages(dist), async (page) => findHtmlProblems(readPage(page, dist), page));
    const before = await findProblems();
    breakPage('/zh-hant/', '</main>', '<div><span></div></main>');
    const added = (await findProblems()).filter((problem) => !before.includes(problem));
    expect(added).not.toEqual([]);
    expect(added.filter((problem) => !problem.startsWith('/zh-hant/: '))).toEqual([]);
  });

  it('a share card, hreflang alternate, language switch, parallel cell, permalink or short link gone wrong', () => {
    const content = readSiteContent(fixtureContentDir);
    breakPage('/en/', /<meta property="og:title" content="[^"]*">/, '<meta property="og:title" content="Something else">');
    breakPage('/zh/', /<link rel="alternate" hreflang="en" href="[^"]*">/, '');
    breakPage('/en/article/', /<a class="language-switch" href="\/zh\/article\/" hreflang="zh-CN"/, '<a class="language-switch" href="/zh/" hreflang="zh-CN"');
    breakPage('/en/glossary/', /<a class="language-switch" href="\/zh-hant\/glossary\/" hreflang="zh-Hant"[^>]*>/, '<a>');
    breakPage(
      '/en/parallel/ignoring-the-tides/',
      '<div class="parallel__cell" lang="zh-CN" data-paragraph-id="p-3-1">',
      '<div class="parallel__cell" data-paragraph-id="p-3-1">',
    );
    breakPage(mistake, /<a class="permalink" href="#p-3-2"[^>]*>¶<\/a>/, '');
    breakPage(mistake, /href="\/en\/parallel\/ignoring-the-tides\/"/g, 'href="/en/"');
    breakPage('/en/2/', /url=\/en\/mistakes\/[a-z-]+\//, 'url=/en/');
    expect(findOpenGraphOffenders(dist)).toEqual([expect.stringMatching(/^\/en\/: og:title is \["Something else"\]/)]);
    expect(findHreflangOffenders(dist)).toEqual(reports('/zh/', /hreflangs is/));
    expect(findHreflangOffenders(dist)).toEqual(reports('/en/', /http:\/\/localhost:4321\/zh\/ does not link back/));
    expect(findHreflangOffenders(dist)).toEqual(reports('/en/article/', /the language switch's zh-CN link → \/zh\/, not its alternate \/zh\/article\//));
    expect(findHreflangOffenders(dist)).toEqual(reports('/en/glossary/', /language switch is \["zh-CN"\], expected \["zh-CN","zh-Hant"\]/));
    expect(findParallelViewOffenders(dist)).toEqual(['/en/parallel/ignoring-the-tides/: no zh cell for p-3-1']);
    expect(findPermalinkOffenders(dist)).toEqual([`${mistake}: p-3-2 has no ¶ permalink labelled "Link to this paragraph"`]);
    expect(findMistakesWithoutParallelLink(dist, content)).toEqual([`${mistake}: no link to its parallel view`]);
    expect(findShortLinkOffenders(dist, content)).toEqual(reports('/en/2/', /meta refresh is "\/en\/"/));
    expect(findShortLinksLeavingSubPath(dist, '/kb/')).toHaveLength(listPages(dist).filter(isShortLinkPath).length);
  });
});

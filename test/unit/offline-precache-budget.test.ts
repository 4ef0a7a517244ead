import { describe, expect, it } from 'vitest';
import { choosePrecache, isShellFile } from '../../src/lib/offline/precache-budget.ts';

const files = [
  '_astro/BaseLayout.css',
  'pagefind/runtime/pagefind.js',
  'en/index.html',
  'en/self-check/index.html',
  'en/glossary/index.html',
  'en/workshop/index.html',
  'zh-hant/search/index.html',
  '404.html',
  'zh/404.html',
  'zh-tw/404.html',
  'en/mistakes/alpha/index.html',
  'zh/parallel/alpha/index.html',
  'en/article/index.html',
  'zh-hant/3/index.html',
  'zh-tw/mistakes/alpha/index.html',
  'zh-hk/index.html',
];

describe('the offline copy within a budget', () => {
  it('tells the shell (styles, scripts, search, home, self-check, glossary, workshop, every language’s 404) from the pages per mistake', () => {
    expect(files.filter(isShellFile)).toEqual(files.slice(0, 10));
  });

  it('precaches every file while the site fits the budget', () => {
    const entries = files.map((url) => ({ url, size: 100 }));
    expect(choosePrecache(entries, 1_600)).toEqual({ entries, trimmed: false });
  });

  it('precaches only the shell beyond it, the pages being kept as they are read', () => {
    const entries = files.map((url) => ({ url, size: 100 }));
    const chosen = choosePrecache(entries, 1_599);
    expect(chosen.trimmed).toBe(true);
    expect(chosen.entries.map((entry) => entry.url)).toEqual(files.slice(0, 10));
  });
});

import { describe, expect, it } from 'vitest';
import { getContentLocale } from '../../src/lib/paragraph-anchors.ts';

describe('getContentLocale', () => {
  it.each([
    ['/site/content/zh/mistakes/segmenting-by-assets.mdx', 'zh'],
    ['/site/content/en/introduction.mdx', 'en'],
    ['/tmp/kb-content-valid-x/zh/mistakes/alpha.mdx', 'zh'],
    ['C:\\site\\content\\en\\mistakes\\alpha.mdx', 'en'],
    ['/site/content/fr/mistakes/alpha.mdx', undefined],
    ['/en/zh/notes.mdx', 'zh'],
  ])('%s is in %s', (path, locale) => {
    expect(getContentLocale(path)).toBe(locale);
  });
});

import { describe, expect, it } from 'vitest';
import { classifyLink, classifyResponses, type ClassifyContext } from '../../src/lib/workshop/classify-responses.ts';
import { maxLineLength } from '../../src/lib/workshop/read-share-link.ts';

const questionIds = ['q-1-1', 'q-1-2', 'q-2-1', 'q-3-1'];
const context: ClassifyContext = { questionIds, locales: ['en', 'zh', 'zh-hant'] };
const answers = { 'q-1-1': 'yes', 'q-1-2': 'no', 'q-3-1': 'unsure' };
const link = (locale: string, code: string) => `https://kb.example.org/${locale}/self-check/#answers=${code}`;

describe('classifyLink accepts share links as people paste them', () => {
  it.each([
    ['an absolute link', link('en', '1yn-u'), 'en'],
    ['another origin and a port', 'http://localhost:4321/zh/self-check/#answers=1yn-u', 'zh'],
    ['a base path and a third locale', 'https://example.com/kb/zh-hant/self-check/#answers=1yn-u', 'zh-hant'],
    ['a root-relative link', '/en/self-check/#answers=1yn-u', 'en'],
    ['a link without its scheme', 'example.com/kb/en/self-check/#answers=1yn-u', 'en'],
    ['surrounding whitespace and a tab', `  \t${link('en', '1yn-u')}  `, 'en'],
    ['angle brackets', `<${link('en', '1yn-u')}>`, 'en'],
    ['a trailing full stop', `${link('zh', '1yn-u')}.`, 'zh'],
    ['Chinese quotes and full stop', `“${link('zh', '1yn-u')}”。`, 'zh'],
    ['a name before and words after', `Alice (table 3): ${link('en', '1yn-u')} thanks!`, 'en'],
    ['Chinese text glued to it', `我的结果：${link('zh', '1yn-u')}，谢谢`, 'zh'],
    ['a Markdown link', `[my answers](${link('en', '1yn-u')})`, 'en'],
    ['a Slack link with a label', `<${link('en', '1yn-u')}|my answers>`, 'en'],
    ['index.html', 'https://x.org/en/self-check/index.html#answers=1yn-u', 'en'],
    ['no trailing slash', 'https://x.org/en/self-check#answers=1yn-u', 'en'],
    ['a query and other fragment parameters', 'https://x.org/en/self-check/?utm_source=chat#x=1&answers=1yn-u', 'en'],
    ['an encoded code', link('en', '1yn%2Du'), 'en'],
    ['an encoded fragment', 'https://x.org/en/self-check/#answers%3D1yn-u', 'en'],
    ['an encoded fragment mark', 'https://x.org/en/self-check/%23answers%3D1yn-u', 'en'],
    ['a fully encoded link', 'https%3A%2F%2Fx.org%2Fen%2Fself-check%2F%23answers%3D1yn-u', 'en'],
    ['zero-width spaces', 'https://x.org/en/self-\u200Bcheck/#answers=1yn\u200B-u', 'en'],
    ['an upper-case scheme and host', 'HTTPS://KB.EXAMPLE.ORG/en/self-check/#answers=1yn-u', 'en'],
  ])('%s', (_case, text, locale) => {
    expect(classifyLink(text, context)).toEqual({ ok: true, response: { code: '1yn-u', locale, answers } });
  });
});

describe('classifyLink refuses with a reason', () => {
  it.each([
    ['plain words', 'hello everyone', 'not-share-link'],
    ['another page of the site', 'https://x.org/en/mistakes/segmenting-by-assets/#p-3-2', 'not-share-link'],
    ['a locale the site does not have', link('fr', '1yn-u'), 'not-share-link'],
    ['a page under self-check', 'https://x.org/en/self-check/more/#answers=1yn-u', 'not-share-link'],
    ['a javascript: URL', 'javascript:alert(1)//en/self-check/#answers=1yn-u', 'not-share-link'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>/en/self-check/#answers=1yn-u', 'not-share-link'],
    ['the self-check without answers', 'https://x.org/en/self-check/', 'no-answers'],
    ['the self-check at a mistake', 'https://x.org/en/self-check/#segmenting-by-assets', 'no-answers'],
    ['another version', link('en', '2yn-u'), 'other-version'],
    ['another question set (shorter)', link('en', '1yn'), 'other-version'],
    ['another question set (longer)', link('en', '1yn-uyy'), 'other-version'],
    ['unknown answer codes', link('en', '1ynxu'), 'malformed'],
    ['upper-case codes', link('en', '1YN-U'), 'malformed'],
    ['markup in the code', link('en', '1<img src=x onerror=alert(1)>'), 'malformed'],
    ['an empty code', link('en', ''), 'malformed'],
    ['a code without its version', link('en', 'yn-u'), 'malformed'],
    ['a broken escape', link('en', '1yn%E0%A4%A'), 'malformed'],
    ['a code over 500 characters', link('en', `1${'y'.repeat(600)}`), 'malformed'],
    ['a line too long to parse', `${link('en', '1yn-u')} ${'x'.repeat(maxLineLength)}`, 'malformed'],
  ])('%s', (_case, text, reason) => {
    expect(classifyLink(text, context)).toEqual({ ok: false, reason });
  });

  it('takes the locale list as given', () => {
    expect(classifyLink(link('zh-hant', '1yn-u'), { ...context, locales: ['en', 'zh'] })).toEqual({ ok: false, reason: 'not-share-link' });
  });
});

describe('classifyResponses', () => {
  it('numbers lines from 1, skips blank ones and keeps paste order', () => {
    const text = [link('en', '1yyyy'), '', 'hello', '  \u200B ', link('zh', '1nnnn'), link('en', '1nn')].join('\r\n');
    const { accepted, rejected } = classifyResponses(text, context);
    expect(accepted.map(({ line, response }) => [line, response.code, response.locale])).toEqual([
      [1, '1yyyy', 'en'],
      [5, '1nnnn', 'zh'],
    ]);
    expect(rejected).toEqual([
      { line: 3, text: 'hello', reason: 'not-share-link' },
      { line: 6, text: link('en', '1nn'), reason: 'other-version' },
    ]);
  });

  it('identifies a response by its answers: the same answers from another language, origin or spelling are a duplicate', () => {
    const text = [link('en', '1yn-u'), `<${link('zh', '1yn-u')}>`, '/kb/en/self-check/#answers=1yn%2Du', link('en', '1yn-n')].join('\n');
    const { accepted, rejected } = classifyResponses(text, context);
    expect(accepted.map(({ line }) => line)).toEqual([1, 4]);
    expect(rejected.map(({ line, reason, ...rest }) => [line, reason, 'firstLine' in rest ? rest.firstLine : undefined])).toEqual([
      [2, 'duplicate', 1],
      [3, 'duplicate', 1],
    ]);
    // The held response can still be confirmed by the trainer, so it comes back whole, in its own locale.
    expect(rejected[0]).toMatchObject({ response: { code: '1yn-u', locale: 'zh', answers } });
  });

  it('holds back answers already in the room, however often they are pasted', () => {
    const room = [{ code: '1yn-u' }];
    const { accepted, rejected } = classifyResponses([link('en', '1yn-u'), link('zh', '1yn-u'), link('en', '1uuuu')].join('\n'), { ...context, room });
    expect(accepted.map(({ response }) => response.code)).toEqual(['1uuuu']);
    expect(rejected.map(({ reason }) => reason)).toEqual(['in-room', 'in-room']);
  });

  it('holds back links to another site, labelled with where they point, and counts this site’s from any of its addresses', () => {
    const site = { hosts: ['kb.example.org', '127.0.0.1:8080'], base: '/kb/' };
    const text = [
      'https://kb.example.org/kb/en/self-check/#answers=1yyyy',
      'http://127.0.0.1:8080/kb/zh/self-check/#answers=1nnnn',
      'https://WWW.kb.example.org/kb/en/self-check/#answers=1uuuu',
      '/kb/en/self-check/#answers=1yn-u',
      'https://other-kb.example.org/en/self-check/#answers=1yyyn',
      'https://kb.example.org/en/self-check/#answers=1yynn',
      'kb.example.org/other/en/self-check/#answers=1ynnn',
      'https://other-kb.example.org/en/self-check/#answers=1yyyy',
    ].join('\n');
    const { accepted, rejected } = classifyResponses(text, { ...context, site });
    expect(accepted.map(({ line }) => line)).toEqual([1, 2, 3, 4]);
    expect(rejected.map((rejection) => [rejection.line, rejection.reason, 'site' in rejection ? rejection.site : ''])).toEqual([
      [5, 'other-site', 'other-kb.example.org'],
      [6, 'other-site', 'kb.example.org'],
      [7, 'other-site', 'kb.example.org/other'],
      [8, 'other-site', 'other-kb.example.org'],
    ]);
    expect(rejected[0]).toMatchObject({ response: { code: '1yyyn', locale: 'en' } });
    expect(classifyLink('https://other-kb.example.org/en/self-check/#answers=1yyyn', { ...context, site })).toMatchObject({
      ok: true,
      otherSite: 'other-kb.example.org',
    });
  });

  it('keeps hostile text as a short excerpt of plain data', () => {
    const hostile = `<img src=x onerror=alert(1)> ${'<script>'.repeat(50)}`;
    const [rejection] = classifyResponses(hostile, context).rejected;
    expect(rejection?.reason).toBe('not-share-link');
    expect(rejection?.text).toBe(`${hostile.slice(0, 120)}…`);
  });

  it('never cuts an emoji in half in an excerpt', () => {
    const [rejection] = classifyResponses(`${'x'.repeat(119)}😀 and more words`, context).rejected;
    expect(rejection?.text).toBe(`${'x'.repeat(119)}…`);
  });

  it('reads a single scanned string as one line', () => {
    expect(classifyResponses(link('zh', '1----'), context).accepted).toEqual([{ line: 1, response: { code: '1----', locale: 'zh', answers: {} } }]);
  });

  it('classifies 1,000 pasted lines, and a megabyte of junk, quickly', () => {
    const many = Array.from({ length: 14 }, (_, index) => `q-${index + 1}-1`);
    const codes = Array.from({ length: 1_000 }, (_, n) => `1${Array.from(many, (_, digit) => 'ynu-'[Math.floor(n / 4 ** digit) % 4]).join('')}`);
    const text = codes.map((code, n) => link(n % 2 ? 'zh' : 'en', code)).join('\n');
    const started = performance.now();
    const { accepted, rejected } = classifyResponses(`${text}\n${text}\n${'x'.repeat(1_000_000)}`, { ...context, questionIds: many });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(accepted).toHaveLength(1_000);
    expect(new Set(accepted.map(({ response }) => response.code)).size).toBe(1_000);
    expect(rejected.filter(({ reason }) => reason === 'duplicate')).toHaveLength(1_000);
    expect(rejected.at(-1)).toMatchObject({ line: 2_001, reason: 'malformed' });
  });

  // Each pattern once took a regex into quadratic backtracking: 1,000 such lines took a minute.
  it.each([
    ['runs of wrappers before the page name', `${'>'.repeat(3_990)}self-check`],
    ['runs of punctuation after it', `self-check${'.'.repeat(3_985)}`],
    ['runs of spaces', `${' '.repeat(3_990)}x`],
    ['runs of percent signs', `self-check${'%'.repeat(3_985)}`],
  ])('classifies 1,000 lines of %s in linear time', (_case, line) => {
    const started = performance.now();
    const { rejected } = classifyResponses(Array<string>(1_000).fill(line).join('\n'), context);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(rejected).toHaveLength(1_000);
  });
});

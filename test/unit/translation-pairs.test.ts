import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { copyFixtureContent } from '../support/drifted-fixture.ts';

// The drift guard with a second translation in the locale table (`fr` translates `en`), which the site does not have:
// the first translation's files and lock files stay where they are, the second's sit beside them.
vi.mock('../../src/lib/locales.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lib/locales.ts')>();
  return {
    ...original,
    translationPairs: [
      { source: 'zh', target: 'en' },
      { source: 'en', target: 'fr' },
    ],
    getLanguageName: (locale: string) => (locale === 'fr' ? 'French' : original.getLanguageName(locale as 'en')),
  };
});

let contentDir = '';
let contentFiles: typeof import('../../src/lib/translation/content-files.ts');
let report: typeof import('../../src/lib/translation/report.ts');
/** The translation a file belongs to, by its target locale (`fr` is no locale of the site's types). */
const targetOf = (file: { pair: { target: string } }): string => file.pair.target;

beforeAll(async () => {
  // Unit files share their worker (isolate: false), so the modules that read the locale table may already be loaded with
  // the real one: load them again, under the mock.
  vi.resetModules();
  contentFiles = await import('../../src/lib/translation/content-files.ts');
  report = await import('../../src/lib/translation/report.ts');
  contentDir = copyFixtureContent('translation-pairs');
  // The French is the English copied, without the English lock files: translated, never accepted.
  cpSync(join(contentDir, 'en'), join(contentDir, 'fr'), { recursive: true, filter: (path) => !path.endsWith('.lock.json') });
});

describe('a second translation', () => {
  it('reads each translation against its own source, with lock files of its own', () => {
    const files = contentFiles.readTranslationFiles(contentDir);
    const row = (file: (typeof files)[number]) => [file.target, file.source, file.lockFile];
    expect(files.filter((file) => targetOf(file) === 'en').map(row)).toEqual([
      ['en/introduction.mdx', 'zh/introduction.mdx', 'en/introduction.lock.json'],
      ...['counting-the-wrong-things', 'ignoring-the-tides', 'painting-the-map-once', 'trusting-the-wreck-map'].map((slug) => [
        `en/mistakes/${slug}.mdx`,
        `zh/mistakes/${slug}.mdx`,
        `en/mistakes/${slug}.lock.json`,
      ]),
      ['glossary.yaml', 'glossary.yaml', 'glossary.lock.json'],
    ]);
    expect(files.filter((file) => targetOf(file) === 'fr').map(row)).toEqual([
      ['fr/introduction.mdx', 'en/introduction.mdx', 'fr/introduction.lock.json'],
      ...['counting-the-wrong-things', 'ignoring-the-tides', 'painting-the-map-once', 'trusting-the-wreck-map'].map((slug) => [
        `fr/mistakes/${slug}.mdx`,
        `en/mistakes/${slug}.mdx`,
        `fr/mistakes/${slug}.lock.json`,
      ]),
      ['glossary.yaml', 'glossary.yaml', 'glossary.fr.lock.json'],
    ]);
  });

  it('leaves the first translation as it was, and reports the second in its own languages', () => {
    const files = contentFiles.readTranslationFiles(contentDir);
    const english = files.filter((file) => targetOf(file) === 'en');
    expect(english.flatMap((file) => file.statuses).every((status) => status.state === 'current')).toBe(true);
    const glossary = files.find((file) => file.lockFile === 'glossary.fr.lock.json');
    expect(glossary && report.describeProblems([glossary], 'content/')[0]).toMatch(
      /^content\/glossary\.yaml#[a-z-]+: missing: the English has it, the French does not/,
    );
  });

  it("finds a file by a name the translations share (the first's), or by its lock file's name", () => {
    const files = contentFiles.readTranslationFiles(contentDir);
    expect(contentFiles.findTranslationFile(files, contentDir, 'glossary')?.lockFile).toBe('glossary.lock.json');
    expect(contentFiles.findTranslationFile(files, contentDir, 'glossary.fr')?.lockFile).toBe('glossary.fr.lock.json');
    expect(contentFiles.findTranslationFile(files, contentDir, 'introduction')?.target).toBe('en/introduction.mdx');
    expect(contentFiles.findTranslationFile(files, contentDir, 'fr/introduction.mdx')?.source).toBe('en/introduction.mdx');
  });

  it('accepts the second translation into its own lock file, recording the source it translates', () => {
    const before = readFileSync(join(contentDir, 'en/introduction.lock.json'), 'utf8');
    const french = contentFiles.readTranslationFiles(contentDir).find((file) => file.target === 'fr/introduction.mdx');
    expect(french?.statuses.every((status) => status.state === 'unconfirmed')).toBe(true);
    if (french) contentFiles.writeAcceptance(contentDir, french);
    expect(JSON.parse(readFileSync(join(contentDir, 'fr/introduction.lock.json'), 'utf8'))).toMatchObject({ source: 'en/introduction.mdx' });
    const after = contentFiles.readTranslationFiles(contentDir).find((file) => file.target === 'fr/introduction.mdx');
    expect(after?.statuses.every((status) => status.state === 'current')).toBe(true);
    expect(readFileSync(join(contentDir, 'en/introduction.lock.json'), 'utf8')).toBe(before);
    expect(existsSync(join(contentDir, 'glossary.fr.lock.json'))).toBe(false);
  });
});

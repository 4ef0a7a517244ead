import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { listPages, readPage } from '../support/dist.ts';
import {
  addChineseParagraph,
  addedSentence,
  copyFixtureContent,
  reviseChineseParagraph,
  revisedMistake,
  revisedParagraph,
  runTranslations,
} from '../support/drifted-fixture.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { removeTempDir } from '../support/temp.ts';
import { t } from '../support/ui-strings.ts';
import { checkTranslations } from '../../src/lib/translation/build-check.ts';

// The fixture site with one Chinese paragraph revised after its English was translated (test/support/drifted-fixture.ts),
// built under a sub-path, so the notice's link must carry it.
const basePath = '/kb/';
const browser = useSharedBrowser();
const made: string[] = [];
let contentDir = '';
let marked: BuildResult;
let server: StaticServer;
const target = `en/mistakes/${revisedMistake.slug}.mdx`;

beforeAll(() => {
  contentDir = copyFixtureContent('drifted-content');
  reviseChineseParagraph(contentDir);
  made.push(contentDir);
}, 10_000);

afterAll(async () => {
  await server?.close();
  for (const dir of made) removeTempDir(dir);
});

async function build(name: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const result = await buildSite({ CONTENT_DIR: contentDir, BASE_PATH: basePath, ...env }, name);
  made.push(result.workDir);
  return result;
}

describe('a Chinese paragraph revised after its translation', () => {
  it('is marked on the English page by the default build: a notice before exactly that paragraph, linking to the Chinese one', async () => {
    marked = await build('drifted-site');
    expect(marked.status, marked.output).toBe(0);
    // Every page of the build: only the revised paragraph's English is marked (its mistake page and the whole article).
    const markedParagraphs = listPages(marked.outDir).flatMap((path) =>
      [...readPage(path, marked.outDir).matchAll(/<p id="([^"]+)"[^>]*\sdata-translation-outdated/g)].map((match) => `${path}#${match[1]}`),
    );
    expect(markedParagraphs).toEqual([`/en/article/#${revisedParagraph}`, `/en/mistakes/${revisedMistake.slug}/#${revisedParagraph}`]);

    server = await serveStatic(marked.outDir, basePath);
    const { page, foreignRequests } = await openPage(browser());
    await page.goto(`${server.origin}${basePath}en/mistakes/${revisedMistake.slug}/`);
    const notice = page.getByRole('note').filter({ hasText: t('en', 'translation.outdated') });
    expect(await notice.count()).toBe(1);
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.evaluate((element) => element.nextElementSibling?.id)).toBe(revisedParagraph);
    const link = notice.getByRole('link', { name: t('en', 'translation.readOriginal') });
    expect(await link.getAttribute('href')).toBe(`${basePath}zh/mistakes/${revisedMistake.slug}/#${revisedParagraph}`);
    await link.click();
    await page.waitForURL(`**${basePath}zh/mistakes/${revisedMistake.slug}/#${revisedParagraph}`);
    expect(await page.locator('p:target').textContent()).toContain(addedSentence);
    expect(foreignRequests).toEqual([]);
  }, 180_000);

  it('stops the strict build, naming the file, the paragraph and the Chinese before → after', async () => {
    const strict = await build('drifted-site-strict', { TRANSLATIONS: 'strict' });
    expect(strict.status).not.toBe(0);
    expect(strict.output).toContain(`translation behind the Chinese (TRANSLATIONS=strict)`);
    expect(strict.output).toContain(`${target}#${revisedParagraph}: the Chinese (`);
    expect(strict.output).toContain(`{+${addedSentence}+}`);
  }, 180_000);

  it("is listed by npm run translations with its diff until --accept records the new Chinese; then the strict build's check passes", () => {
    const before = runTranslations(contentDir, '--strict');
    expect(before.status).toBe(1);
    expect(before.output).toMatch(new RegExp(`outdated +${revisedParagraph}\\n[\\s\\S]*diff: .*\\{\\+${addedSentence}\\+\\}`));

    const accepted = runTranslations(contentDir, '--accept', `${contentDir}/${target}#${revisedParagraph}`);
    expect(accepted.status, accepted.output).toBe(0);
    expect(runTranslations(contentDir, '--strict').status).toBe(0);
    // The check the strict build runs (the build above shows it is wired in): a whole build again would prove nothing more.
    expect(() => checkTranslations(contentDir, 'strict')).not.toThrow();
  });
});

describe('a new Chinese paragraph', () => {
  it('is reported as missing from the English, and fails the strict worklist', () => {
    const grown = copyFixtureContent('grown-content');
    made.push(grown);
    const id = addChineseParagraph(grown);
    const result = runTranslations(grown, '--strict');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(new RegExp(`${target}: .*1 missing`));
    expect(result.output).toMatch(new RegExp(`missing +${id}\\n +translate: ${addedSentence}`));
  });
});

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fixture } from './fixture-content.ts';
import { fixtureContentDir } from './fixture-site.ts';
import { makeTempDir } from './temp.ts';

const root = new URL('../../', import.meta.url).pathname;

/** A fixture mistake with two paragraphs or more: its second paragraph is the one a revision changes. */
export const revisedMistake = (() => {
  const mistake = fixture.getMistakes('zh').find((entry) => entry.paragraphs.length >= 2);
  if (!mistake) throw new Error('the fixture site needs a mistake with two paragraphs');
  return mistake;
})();
export const revisedParagraph = revisedMistake.paragraphs[1] ?? '';
/** The sentence the revision adds to that Chinese paragraph. */
export const addedSentence = '这一句是作者后来补充的。';

/** Copies the fixture site's content (with its lock files) into a new temporary folder; returns its path. */
export function copyFixtureContent(name: string): string {
  const contentDir = join(makeTempDir(name), 'content');
  cpSync(fixtureContentDir, contentDir, { recursive: true });
  return contentDir;
}

function editFile(path: string, edit: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`${path}: the edit changed nothing`);
  writeFileSync(path, after);
}

/** Revises one Chinese paragraph of a content copy (adds a sentence), as an editor fixing the original would. */
export function reviseChineseParagraph(contentDir: string): void {
  const markdown = revisedMistake.markdown[1] ?? '';
  editFile(join(contentDir, 'zh', 'mistakes', `${revisedMistake.slug}.mdx`), (text) => text.replace(markdown, `${markdown}${addedSentence}`));
}

/** Adds a Chinese paragraph the English does not have yet (its id in the Chinese front matter only). */
export function addChineseParagraph(contentDir: string): string {
  const id = revisedParagraph.replace(/-\d+$/, `-${revisedMistake.paragraphs.length + 1}`);
  editFile(join(contentDir, 'zh', 'mistakes', `${revisedMistake.slug}.mdx`), (text) =>
    text.replace(/^paragraphs: \[(.*)\]$/m, `paragraphs: [$1, ${id}]`).replace(/\s*$/, `\n\n${addedSentence}\n`),
  );
  return id;
}

/** Runs `npm run translations` (the script itself) over a content folder; returns its exit status and output. */
export function runTranslations(contentDir: string, ...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, 'scripts/translations.ts'), '--content', contentDir, ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

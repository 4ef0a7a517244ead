import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { introductionSchema, mistakeSchema } from '../../src/lib/content-schema.ts';
import type { ArticleFiles } from '../../src/lib/content-rules/index.ts';
import { makeTempDir } from './temp.ts';

export const fixturesDir = new URL('../fixtures/content/', import.meta.url).pathname;

/** Names of the defect fixtures, each a folder of files laid over the valid tree. */
export const defects = readdirSync(join(fixturesDir, 'defects'));

/** Copies the valid fixture tree, then a defect's files over it, into a new folder under the run's temporary root. */
export function assembleFixture(defect?: string): string {
  const dir = makeTempDir(`content-${defect ?? 'valid'}`);
  cpSync(join(fixturesDir, 'valid'), dir, { recursive: true });
  if (defect) cpSync(join(fixturesDir, 'defects', defect), dir, { recursive: true });
  return dir;
}

function listMdx(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(dir, name))
    .sort();
}

/**
 * Reads a content tree as the collection does (front matter through the real schemas),
 * returning the files that pass and the schema messages of those that do not.
 */
export function readContentTree(dir: string): { files: ArticleFiles; schemaProblems: string[] } {
  const files: ArticleFiles = { mistakes: [], introductions: [] };
  const schemaProblems: string[] = [];
  for (const path of listMdx(dir)) {
    const name = relative(dir, path);
    const [, yaml = '', body = ''] = readFileSync(path, 'utf8').split(/^---$/m);
    const id = name.replace(/\.mdx$/, '');
    const isIntroduction = id.endsWith('/introduction');
    const parsed = (isIntroduction ? introductionSchema : mistakeSchema).safeParse(load(yaml));
    const filePath = `content/${name}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) schemaProblems.push(`${filePath}: ${issue.path.join('.') || '(front matter)'}: ${issue.message}`);
      continue;
    }
    if (isIntroduction) files.introductions.push({ id, filePath, body, data: introductionSchema.parse(parsed.data) });
    else files.mistakes.push({ id, filePath, body, data: mistakeSchema.parse(parsed.data) });
  }
  return { files, schemaProblems };
}

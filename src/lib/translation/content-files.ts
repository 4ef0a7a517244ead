import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { load } from 'js-yaml';
import { acceptSegments, parseLockFile, serializeLockFile, type LockFile } from './lock-file.ts';
import { getDocumentSegments, getGlossarySegments, type GlossaryDefinitions, type Segment, type TranslatableFrontMatter } from './segments.ts';
import { getSegmentStatuses, type SegmentStatus } from './status.ts';
import type { Locale } from '../locales.ts';

/** The language the article was written in, and the one translated from it (繁體 is converted from zh: it never drifts). */
export const sourceLocale: Locale = 'zh';
export const targetLocale: Locale = 'en';

/** One translated file with where each of its segments stands; paths are relative to the content folder. */
export interface TranslationFile {
  /** The translation, e.g. `en/mistakes/segmenting-by-assets.mdx`, or `glossary.yaml` (both languages in one file). */
  target: string;
  source: string;
  lockFile: string;
  sourceSegments: Segment[];
  targetSegments: Segment[];
  /** Ids of the segments the translation has. */
  translated: Set<string>;
  lock: LockFile | undefined;
  statuses: SegmentStatus[];
  /** Why some segments could not be read (the body's paragraphs and their ids disagree); the build names it too. */
  problems: string[];
}

const glossaryFile = 'glossary.yaml';

/** Returns the lock file of a translation, e.g. `en/mistakes/x.mdx` → `en/mistakes/x.lock.json`. */
export function getLockPath(target: string): string {
  return target === glossaryFile ? 'glossary.lock.json' : target.replace(/\.mdx$/, '.lock.json');
}

function splitFrontMatter(text: string): { data: TranslatableFrontMatter; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  const data = load(match[1] ?? '');
  return { data: typeof data === 'object' && data !== null ? (data as TranslatableFrontMatter) : {}, body: text.slice(match[0].length) };
}

function readSegments(contentDir: string, file: string, problems: string[]): Segment[] | undefined {
  const path = join(contentDir, file);
  if (!existsSync(path)) return undefined;
  const { data, body } = splitFrontMatter(readFileSync(path, 'utf8'));
  try {
    return getDocumentSegments(file, data, body);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return getDocumentSegments(file, { ...data, paragraphs: undefined }, body);
  }
}

function readLock(contentDir: string, lockFile: string): LockFile | undefined {
  const path = join(contentDir, lockFile);
  return existsSync(path) ? parseLockFile(lockFile, readFileSync(path, 'utf8')) : undefined;
}

function toFile(contentDir: string, target: string, source: string, sourceSegments: Segment[], targetSegments: Segment[], problems: string[]): TranslationFile {
  const lockFile = getLockPath(target);
  const lock = readLock(contentDir, lockFile);
  const translated = new Set(targetSegments.map((segment) => segment.id));
  return {
    target,
    source,
    lockFile,
    sourceSegments,
    targetSegments,
    translated,
    lock,
    statuses: getSegmentStatuses(sourceSegments, translated, lock),
    problems,
  };
}

/** Reads one translated content file (`en/…mdx`) against its source; undefined when the source has no such file. */
export function readTranslationFile(contentDir: string, target: string): TranslationFile | undefined {
  if (target === glossaryFile) return readGlossary(contentDir);
  const source = target.replace(new RegExp(`^${targetLocale}/`), `${sourceLocale}/`);
  const problems: string[] = [];
  const sourceSegments = readSegments(contentDir, source, problems);
  if (!sourceSegments) return undefined;
  return toFile(contentDir, target, source, sourceSegments, readSegments(contentDir, target, problems) ?? [], problems);
}

function readGlossary(contentDir: string): TranslationFile | undefined {
  const path = join(contentDir, glossaryFile);
  if (!existsSync(path)) return undefined;
  const terms = load(readFileSync(path, 'utf8'));
  const list = Array.isArray(terms) ? (terms as GlossaryDefinitions[]) : [];
  return toFile(contentDir, glossaryFile, glossaryFile, getGlossarySegments(list, 'zh'), getGlossarySegments(list, 'en'), []);
}

/** Reads every translated file of a content folder: the introduction, each mistake (by the source's files), the glossary. */
export function readTranslationFiles(contentDir: string): TranslationFile[] {
  const mistakesDir = join(contentDir, sourceLocale, 'mistakes');
  const mistakes = existsSync(mistakesDir)
    ? readdirSync(mistakesDir)
        .filter((name) => name.endsWith('.mdx'))
        .sort()
    : [];
  const targets = [`${targetLocale}/introduction.mdx`, ...mistakes.map((name) => `${targetLocale}/mistakes/${name}`), glossaryFile];
  return targets.flatMap((target) => readTranslationFile(contentDir, target) ?? []);
}

/**
 * Finds the file a translator names on the command line: its path from the project or the content folder, in either
 * language (`content/en/mistakes/x.mdx`, `zh/mistakes/x.mdx`), or its name alone (`x`, `introduction`, `glossary`).
 */
export function findTranslationFile(files: readonly TranslationFile[], contentDir: string, name: string): TranslationFile | undefined {
  const fromContent = relative(resolve(contentDir), resolve(name));
  const stem = (file: string) => basename(file).replace(/\.(mdx|yaml)$/, '');
  return files.find((file) => [file.target, file.source].includes(fromContent) || [file.target, file.source].includes(name) || stem(file.target) === name);
}

/** Records the current source of a file's chosen segments (all when `ids` is omitted) in its lock file; returns what it wrote. */
export function writeAcceptance(contentDir: string, file: TranslationFile, ids?: ReadonlySet<string>): LockFile {
  const lock = acceptSegments(file.lock, file.source, file.sourceSegments, file.translated, ids);
  writeFileSync(join(contentDir, file.lockFile), serializeLockFile(lock));
  return lock;
}

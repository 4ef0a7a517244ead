import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { load } from 'js-yaml';
import { acceptSegments, parseLockFile, serializeLockFile, type LockFile } from './lock-file.ts';
import { getDocumentSegments, getGlossarySegments, type GlossaryDefinitions, type Segment, type TranslatableFrontMatter } from './segments.ts';
import { getSegmentStatuses, type SegmentStatus } from './status.ts';
import { translationPairs, type TranslationPair } from '../locales.ts';

/** One translated file with where each of its segments stands; paths are relative to the content folder. */
export interface TranslationFile {
  /** Which language translates which (the locale table's `translates`): the messages name both. */
  pair: TranslationPair;
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

/**
 * Returns the lock file of a translated glossary side: `glossary.lock.json` for the table's first translation (where it
 * was before the table could name several), `glossary.<target>.lock.json` for any later one, which leaves it in place.
 */
function getGlossaryLockPath(pair: TranslationPair): string {
  return pair.target === translationPairs[0]?.target ? 'glossary.lock.json' : `glossary.${pair.target}.lock.json`;
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

interface FileNames {
  pair: TranslationPair;
  target: string;
  source: string;
  lockFile: string;
}

function toFile(contentDir: string, names: FileNames, sourceSegments: Segment[], targetSegments: Segment[], problems: string[]): TranslationFile {
  const lock = readLock(contentDir, names.lockFile);
  const translated = new Set(targetSegments.map((segment) => segment.id));
  return {
    ...names,
    sourceSegments,
    targetSegments,
    translated,
    lock,
    statuses: getSegmentStatuses(sourceSegments, translated, lock),
    problems,
  };
}

/**
 * Reads one translated content file (`en/…mdx`, in the folder of a locale that translates another) against its source,
 * the same path in the source's folder; undefined for any other file, or when the source has no such file.
 */
export function readTranslationFile(contentDir: string, target: string): TranslationFile | undefined {
  const pair = translationPairs.find((candidate) => target.startsWith(`${candidate.target}/`));
  if (!pair || !target.endsWith('.mdx')) return undefined;
  const source = `${pair.source}/${target.slice(pair.target.length + 1)}`;
  const problems: string[] = [];
  const sourceSegments = readSegments(contentDir, source, problems);
  if (!sourceSegments) return undefined;
  const names = { pair, target, source, lockFile: target.replace(/\.mdx$/, '.lock.json') };
  return toFile(contentDir, names, sourceSegments, readSegments(contentDir, target, problems) ?? [], problems);
}

function readGlossary(contentDir: string, pair: TranslationPair): TranslationFile | undefined {
  const path = join(contentDir, glossaryFile);
  if (!existsSync(path)) return undefined;
  const terms = load(readFileSync(path, 'utf8'));
  const list = Array.isArray(terms) ? (terms as GlossaryDefinitions[]) : [];
  const names = { pair, target: glossaryFile, source: glossaryFile, lockFile: getGlossaryLockPath(pair) };
  return toFile(contentDir, names, getGlossarySegments(list, pair.source), getGlossarySegments(list, pair.target), []);
}

/**
 * Reads every translated file of a content folder, per translation in the locale table's order: the introduction, each
 * mistake (by the source's files), the glossary's side.
 */
export function readTranslationFiles(contentDir: string): TranslationFile[] {
  return translationPairs.flatMap((pair) => {
    const mistakesDir = join(contentDir, pair.source, 'mistakes');
    const mistakes = existsSync(mistakesDir)
      ? readdirSync(mistakesDir)
          .filter((name) => name.endsWith('.mdx'))
          .sort()
      : [];
    const targets = [`${pair.target}/introduction.mdx`, ...mistakes.map((name) => `${pair.target}/mistakes/${name}`)];
    const glossary = readGlossary(contentDir, pair);
    return [...targets.flatMap((target) => readTranslationFile(contentDir, target) ?? []), ...(glossary ? [glossary] : [])];
  });
}

/**
 * Finds the file a translator names on the command line: its path from the project or the content folder, in either
 * language (`content/en/mistakes/x.mdx`, `zh/mistakes/x.mdx`), or its name alone (`x`, `introduction`, `glossary`).
 * A name several translations share is the first translation's; its lock file's name (`glossary.fr`) picks another's.
 */
export function findTranslationFile(files: readonly TranslationFile[], contentDir: string, name: string): TranslationFile | undefined {
  const fromContent = relative(resolve(contentDir), resolve(name));
  const stem = (file: string) => basename(file).replace(/\.(mdx|yaml|lock\.json)$/, '');
  return files.find(
    (file) =>
      [file.target, file.source].includes(fromContent) ||
      [file.target, file.source].includes(name) ||
      stem(file.target) === name ||
      stem(file.lockFile) === name,
  );
}

/** Records the current source of a file's chosen segments (all when `ids` is omitted) in its lock file; returns what it wrote. */
export function writeAcceptance(contentDir: string, file: TranslationFile, ids?: ReadonlySet<string>): LockFile {
  const lock = acceptSegments(file.lock, file.source, file.sourceSegments, file.translated, ids);
  writeFileSync(join(contentDir, file.lockFile), serializeLockFile(lock));
  return lock;
}

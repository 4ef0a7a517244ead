import { load } from 'js-yaml';
import { toTraditionalContent } from './traditional-content.ts';

export interface VariantSourceOptions {
  /** Locale id of the source, e.g. `zh`: its internal links are rewritten. */
  from: string;
  /** Locale id of the variant, e.g. `zh-hant`. */
  to: string;
  /** The source file, named in every error, e.g. `content/zh/mistakes/segmenting-by-assets.mdx`. */
  file: string;
  /** Converts the text; the checks below hold whatever it does. */
  convert: (text: string) => string;
}

/** Anchor and question ids (`p-3-2`, `p-intro-1`, `q-3-1`), wherever they occur: front matter and links. */
const idToken = /\b[pq]-[a-z0-9]+-[0-9]+\b/g;
const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function readFrontMatter(source: string, file: string, what: string): unknown {
  const yaml = frontMatter.exec(source)?.[1];
  if (yaml === undefined) return undefined;
  try {
    return load(yaml);
  } catch (error) {
    throw new Error(`${file}: the ${what} front matter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Lists every key of a YAML value as a path, e.g. `selfCheck.0.id`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyPaths(item, `${prefix}${index}.`));
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, item]) => [`${prefix}${key}`, ...keyPaths(item, `${prefix}${key}.`)]);
}

function describeDifference(expected: readonly string[], actual: readonly string[]): string {
  const missing = expected.filter((item) => !actual.includes(item));
  const added = actual.filter((item) => !expected.includes(item));
  if (missing.length > 0 || added.length > 0) {
    return [missing.length > 0 ? `lost ${missing.join(', ')}` : '', added.length > 0 ? `gained ${added.join(', ')}` : ''].filter(Boolean).join('; ');
  }
  return `reordered [${expected.join(', ')}] as [${actual.join(', ')}]`;
}

function assertSameStructure(source: string, converted: string, { file, to }: VariantSourceOptions): void {
  const sourceIds = source.match(idToken) ?? [];
  const convertedIds = converted.match(idToken) ?? [];
  if (sourceIds.join() !== convertedIds.join()) {
    throw new Error(`${file}: converting to ${to} changed its paragraph or question ids: ${describeDifference(sourceIds, convertedIds)}`);
  }
  const sourceKeys = keyPaths(readFrontMatter(source, file, 'source'));
  const convertedKeys = keyPaths(readFrontMatter(converted, file, `converted (${to})`));
  if (sourceKeys.join() !== convertedKeys.join()) {
    throw new Error(`${file}: converting to ${to} changed its front matter keys: ${describeDifference(sourceKeys, convertedKeys)}`);
  }
  // Markup, paragraph breaks and every other ASCII character must survive: Chinese runs are all conversion may change.
  const sourceLines = toSkeleton(source).split('\n');
  const convertedLines = toSkeleton(converted).split('\n');
  const line = sourceLines.findIndex((text, i) => text !== convertedLines[i]);
  if (line >= 0 || sourceLines.length !== convertedLines.length) {
    const at = line >= 0 ? line : sourceLines.length;
    throw new Error(
      `${file}: converting to ${to} changed its markup at line ${at + 1}: "${sourceLines[at] ?? ''}" became "${convertedLines[at] ?? ''}" (… stands for Chinese text)`,
    );
  }
}

/** The text with each run of non-ASCII characters replaced by one `…`: what conversion must not change. */
function toSkeleton(text: string): string {
  return text.replace(/[^\p{ASCII}]+/gu, '…');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rewrites root-relative links to one locale so they point to another: `](/zh/…)` and `href="/zh/…"`.
 * @example toVariantLinks('[问题3](/zh/mistakes/a/)', 'zh', 'zh-hant') // '[问题3](/zh-hant/mistakes/a/)'
 */
export function toVariantLinks(source: string, from: string, to: string): string {
  const link = new RegExp(`(\\]\\(|href=["'])/${escapeRegExp(from)}/`, 'g');
  return source.replace(link, `$1/${to}/`);
}

/**
 * Converts an MDX source (front matter values and body) to a script variant and points its internal links there.
 * Throws, naming the source file, if the result lost or changed a paragraph id, a question id, a front matter key
 * or any markup (all ASCII: conversion may only change Chinese text).
 */
export function toVariantSource(source: string, options: VariantSourceOptions): string {
  const converted = toVariantLinks(options.convert(source), options.from, options.to);
  assertSameStructure(toVariantLinks(source, options.from, options.to), converted, options);
  return converted;
}

/**
 * Converts an MDX source from Simplified to Traditional Chinese (toTraditionalContent: the author's words character by
 * character, the site's own with Taiwan's vocabulary): ids, slugs, YAML keys and all ASCII stay as they are.
 * @example toTraditionalSource(source, { from: 'zh', to: 'zh-hant', file: 'content/zh/introduction.mdx' })
 */
export function toTraditionalSource(source: string, options: Omit<VariantSourceOptions, 'convert'>): string {
  return toVariantSource(source, { ...options, convert: toTraditionalContent });
}

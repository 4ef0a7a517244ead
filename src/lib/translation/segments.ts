import type { ContentLocale } from '../locales.ts';
import { identifyParagraphs } from '../markdown-paragraphs.ts';

/** One translatable piece of a content file, named as the worklist and the lock files name it: `title`, `p-3-2`, `q-3-1`, a glossary term id. */
export interface Segment {
  id: string;
  text: string;
}

/** The front matter fields a content file's segments come from (mistakes and the introduction; the rest is not prose). */
export interface TranslatableFrontMatter {
  title?: unknown;
  summary?: unknown;
  paragraphs?: unknown;
  selfCheck?: unknown;
}

const isQuestion = (value: unknown): value is { id: string; question: string } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { id?: unknown }).id === 'string' &&
  typeof (value as { question?: unknown }).question === 'string';

/**
 * Returns the segments of a content file in reading order: title, summary, each body paragraph by its front matter id,
 * then each self-check question by its id. Throws, naming the file, when the body's paragraphs and their ids disagree.
 */
export function getDocumentSegments(file: string, data: TranslatableFrontMatter, body: string): Segment[] {
  const segments: Segment[] = [];
  if (typeof data.title === 'string') segments.push({ id: 'title', text: data.title });
  if (typeof data.summary === 'string') segments.push({ id: 'summary', text: data.summary });
  const ids = Array.isArray(data.paragraphs) ? data.paragraphs.map(String) : [];
  if (ids.length > 0) segments.push(...identifyParagraphs(file, body, ids));
  const questions = Array.isArray(data.selfCheck) ? data.selfCheck.filter(isQuestion) : [];
  segments.push(...questions.map((q) => ({ id: q.id, text: q.question })));
  return segments;
}

/**
 * A glossary entry as far as translation goes: its id and each written locale's definition, keyed by locale (`zh:`,
 * `en:` …). Read before the schema checks it, so every side may be absent or malformed.
 */
export type GlossaryDefinitions = { id: string } & Partial<Record<string, { definition?: unknown }>>;

/** Returns one written locale's glossary definitions as segments named by term id. */
export function getGlossarySegments(terms: readonly GlossaryDefinitions[], locale: ContentLocale): Segment[] {
  return terms.flatMap((term) => {
    const definition = term[locale]?.definition;
    return typeof definition === 'string' ? [{ id: term.id, text: definition }] : [];
  });
}

import { createHash } from 'node:crypto';

/**
 * Returns source text as its fingerprint sees it: Unicode NFKC (so a half-width mark made full-width by the punctuation
 * rule, or the reverse, is no revision), every run of white space as one space (a line break inside a paragraph changes
 * nothing a reader sees), trimmed.
 * @example normaliseSource('客户细分,\n  很重要 ') // '客户细分, 很重要'
 */
export function normaliseSource(text: string): string {
  return collapseWhitespace(text.normalize('NFKC'));
}

/** Returns text with every run of white space as one space, trimmed: how the worklist shows a source text. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Length of a fingerprint in hex digits: 48 bits, ample for the few hundred segments of a file. */
export const fingerprintLength = 12;

/**
 * Returns the fingerprint of a source segment: the first 12 hex digits of the SHA-256 of its normalised text.
 * @example fingerprint('客户细分') // 'a3c1…' (12 hex digits)
 */
export function fingerprint(text: string): string {
  return createHash('sha256').update(normaliseSource(text), 'utf8').digest('hex').slice(0, fingerprintLength);
}

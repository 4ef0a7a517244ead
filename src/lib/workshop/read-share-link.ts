import { readShareCode } from '../self-check/share-code.ts';

export type LinkProblem = 'not-share-link' | 'no-answers' | 'malformed';
/** Where a link points: its host (lower case, port included) and the base path before `/{locale}/self-check/`. */
export interface LinkSite {
  host: string;
  base: string;
}
/** `site` is absent for a link without a host (`/en/self-check/#…`): it can only mean the site it is pasted into. */
export type ShareLink = { ok: true; locale: string; code: string; site?: LinkSite } | { ok: false; problem: LinkProblem };

/** Longer lines are refused unparsed: a share link is under 200 characters. */
export const maxLineLength = 4_000;
/** Chat apps and rich-text editors slip these into copied links. */
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Wrappers and punctuation that chats put around a link (`<…>`, quotes, brackets, a full stop); none ends a share code. */
const leadingWrap = new Set('<([{"\'`“‘「『（【《');
const trailingWrap = new Set('>)]}"\'`.,;:!?');
/** Resolves root-relative and scheme-less links; never fetched. */
const relativeBase = 'https://relative.invalid/';

/**
 * Finds a self-check share link in one line of text and returns its locale and raw share code.
 * Any origin and base path count; the locale must be one of `locales`. Never throws.
 * @example readShareLink('<https://x.org/kb/zh/self-check/#answers=1yn>.', ['en', 'zh']) // { ok: true, locale: 'zh', code: '1yn' }
 */
export function readShareLink(text: string, locales: readonly string[]): ShareLink {
  if (text.length > maxLineLength) return { ok: false, problem: 'malformed' };
  const token = findLinkToken(text.replace(invisible, ''));
  const url = token === undefined ? undefined : parseUrl(token);
  const locale = url && getSelfCheckLocale(url.pathname, locales);
  if (!url || !locale) return { ok: false, problem: 'not-share-link' };
  const code = readShareCode(url.hash) ?? (url.hash.includes('%') ? readShareCode(decode(url.hash)) : undefined);
  if (code === undefined) return { ok: false, problem: 'no-answers' };
  const site = getLinkSite(url, token?.startsWith('/') ?? false);
  return { ok: true, locale, code, ...(site ? { site } : {}) };
}

/**
 * The host and base path a link points to. A link without a scheme (`kb.example.org/kb/en/self-check/#…`) was resolved
 * against relativeBase, so its host is its first segment when that looks like one (a dot or a port).
 */
function getLinkSite(url: URL, rootRelative: boolean): LinkSite | undefined {
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  if (segments.at(-1) === 'index.html') segments.pop();
  const prefix = segments.slice(0, -2);
  if (url.href.startsWith(relativeBase)) {
    const first = prefix[0];
    if (rootRelative || first === undefined || !/[.:]/.test(first)) return undefined;
    return { host: first.toLowerCase(), base: toBase(prefix.slice(1)) };
  }
  return { host: url.host, base: toBase(prefix) };
}

function toBase(segments: readonly string[]): string {
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * The first word that names the self-check, from its scheme on, up to where chat text resumes, unwrapped;
 * a fully URL-encoded link is decoded once.
 */
function findLinkToken(text: string): string | undefined {
  const word = text.split(/\s+/).find((part) => part.includes('self-check'));
  if (word === undefined) return undefined;
  const page = word.indexOf('self-check');
  const scheme = word.search(/https?:\/\//i);
  // After `self-check` a share link is printable ASCII only, and never has `|` (Slack writes `<url|label>`).
  const end = word.slice(page).search(/[^\x21-\x7E]|\|/);
  const token = word.slice(scheme >= 0 && scheme < page ? scheme : 0, end < 0 ? undefined : page + end);
  const bare = unwrap(token);
  return !bare.includes('#') && bare.includes('%') ? decode(bare) : bare;
}

/** Strips wrappers from both ends; a loop, not a regex, since `[…]+$` backtracks quadratically over a hostile run. */
function unwrap(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && leadingWrap.has(token.charAt(start))) start += 1;
  while (end > start && trailingWrap.has(token.charAt(end - 1))) end -= 1;
  return token.slice(start, end);
}

function parseUrl(token: string): URL | undefined {
  try {
    const url = new URL(token, relativeBase);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined; // Not a URL at all: the caller reports "not a share link".
  }
}

/** Returns the locale of a self-check path under any base path (`/kb/zh/self-check/` → `zh`), else undefined. */
function getSelfCheckLocale(pathname: string, locales: readonly string[]): string | undefined {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.at(-1) === 'index.html') segments.pop();
  const [locale, page] = segments.slice(-2);
  return page === 'self-check' && locale !== undefined && locales.includes(locale) ? locale : undefined;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // A broken escape: read the text as it is; the share-code decoder then refuses it.
  }
}

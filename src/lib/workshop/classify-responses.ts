import { readShareLink, type LinkProblem, type LinkSite } from './read-share-link.ts';
import { toRoomResponse, type CodeProblem, type RoomResponse } from './room-response.ts';
import { stripBidiControls } from '../text/bidi-controls.ts';

/** What the room needs to judge a link: the self-check's question ids (share-code order) and the site's locales. */
export interface ClassifyContext {
  questionIds: readonly string[];
  locales: readonly string[];
  /** Responses already in the room; a link with the same answers is held back as `in-room`. */
  room?: readonly Pick<RoomResponse, 'code'>[];
  /** This site: a link to another host or base path is held back as `other-site`. Absent: links from anywhere count. */
  site?: SiteIdentity;
}

/** The site the room runs on: the hosts it answers at (the built one, the one serving the page) and its base path. */
export interface SiteIdentity {
  hosts: readonly string[];
  /** e.g. `/` or `/kb/`. */
  base: string;
}

/** Refused for good: never counted. */
export type RejectReason = LinkProblem | CodeProblem;
/** Held back: a response the trainer may still confirm (two participants can give the same answers). */
export type HoldReason = 'duplicate' | 'in-room' | 'other-site';

export type Rejection =
  | { line: number; text: string; reason: RejectReason }
  | { line: number; text: string; reason: Exclude<HoldReason, 'other-site'>; response: RoomResponse; firstLine?: number }
  | { line: number; text: string; reason: 'other-site'; response: RoomResponse; site: string };

export interface Classification {
  /** New responses, one per distinct share code, in paste order. */
  accepted: { line: number; response: RoomResponse }[];
  /** Every other non-blank line, in paste order, with its reason (an i18n key suffix). */
  rejected: Rejection[];
}

/** `otherSite`: the link is another site's (e.g. `other-kb.example.org`, `x.org/kb`), to hold back. */
export type LinkVerdict = { ok: true; response: RoomResponse; otherSite?: string } | { ok: false; reason: RejectReason };

/** Longest excerpt of a rejected line kept for display; the page shows it as text, never as markup. */
const maxExcerpt = 120;
const lineBreak = /\r\n|[\n\r\u0085\u2028\u2029]/;
/** A line of only spaces and invisible characters is blank, not a rejection. */
const blank = /^[\s\u200B-\u200D\u2060]*$/;

/** Judges one link, e.g. a scanned QR code's text, on its own (no duplicate check). */
export function classifyLink(text: string, context: ClassifyContext): LinkVerdict {
  const link = readShareLink(text, context.locales);
  if (!link.ok) return { ok: false, reason: link.problem };
  const decoded = toRoomResponse(context.questionIds, link.code, link.locale);
  if (!decoded.ok) return { ok: false, reason: decoded.problem };
  const otherSite = link.site && context.site && !isSameSite(link.site, context.site) ? toSiteLabel(link.site) : undefined;
  return otherSite ? { ...decoded, otherSite } : decoded;
}

/** Hosts compare without `www.` (the same site either way); the base path must be this site's. */
function isSameSite(link: LinkSite, site: SiteIdentity): boolean {
  const bare = (host: string) => host.toLowerCase().replace(/^www\./, '');
  return site.base === link.base && site.hosts.some((host) => bare(host) === bare(link.host));
}

/** How the trainer is told where a link came from: its host, and its base path if any (`x.org/kb`). */
function toSiteLabel({ host, base }: LinkSite): string {
  return `${host}${base.slice(0, -1)}`;
}

/**
 * Sorts pasted text (one link per line, as it arrives in a chat) into new responses and rejected lines.
 * A response is identified by its normalised share code: a second line with the same answers is held as `duplicate`
 * (of `firstLine`), one already in the room as `in-room`; a link to another site (see `site`) as `other-site`. Blank lines are skipped; line numbers count from 1. Linear time.
 */
export function classifyResponses(text: string, context: ClassifyContext): Classification {
  const inRoom = new Set(context.room?.map((response) => response.code));
  const firstLines = new Map<string, number>();
  const accepted: Classification['accepted'] = [];
  const rejected: Rejection[] = [];
  for (const [index, pasted] of text.split(lineBreak).entries()) {
    const raw = stripBidiControls(pasted);
    if (blank.test(raw)) continue;
    const line = index + 1;
    const excerpt = toExcerpt(raw);
    const verdict = classifyLink(raw, context);
    if (!verdict.ok) {
      rejected.push({ line, text: excerpt, reason: verdict.reason });
      continue;
    }
    const { response } = verdict;
    const firstLine = firstLines.get(response.code);
    // Another site's first: whatever its answers, the trainer must know it is not from this room's site.
    if (verdict.otherSite) rejected.push({ line, text: excerpt, reason: 'other-site', response, site: verdict.otherSite });
    else if (inRoom.has(response.code)) rejected.push({ line, text: excerpt, reason: 'in-room', response });
    else if (firstLine !== undefined) rejected.push({ line, text: excerpt, reason: 'duplicate', response, firstLine });
    else {
      firstLines.set(response.code, line);
      accepted.push({ line, response });
    }
  }
  return { accepted, rejected };
}

function toExcerpt(raw: string): string {
  const text = raw.trim();
  if (text.length <= maxExcerpt) return text;
  // Never end on half of a surrogate pair (an emoji cut in two shows as a broken glyph).
  const cut = /[\uD800-\uDBFF]$/.test(text.slice(0, maxExcerpt)) ? maxExcerpt - 1 : maxExcerpt;
  return `${text.slice(0, cut)}…`;
}

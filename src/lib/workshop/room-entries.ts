import type { Changes } from '../storage/merge-changes.ts';
import type { Rejection } from './classify-responses.ts';
import type { HeldInfo, RoomChanges, RoomEntry } from './room-store.ts';
import { toRoomResponse, type RoomResponse } from './room-response.ts';

/** A response kept in the room, with the id it is stored under. */
export type KeptResponse = RoomResponse & { id: string };
export type HeldResponse = KeptResponse & { held: HeldInfo };

export interface RoomContents {
  /** Counted responses, in the order they came in. */
  responses: KeptResponse[];
  /** Responses held back until the trainer counts or removes them, in the order they came in. */
  held: HeldResponse[];
  /** Stored responses that no longer decode (the questions changed since) or name an unknown locale: kept, left out. */
  dropped: number;
}

/** Reads the room's stored changes into counted and held responses, oldest first (ties by id, so every tab agrees). */
export function toRoomContents(changes: RoomChanges, questionIds: readonly string[], locales: readonly string[]): RoomContents {
  const contents: RoomContents = { responses: [], held: [], dropped: 0 };
  const present = Object.entries(changes).flatMap(([id, change]) => (change.value ? [{ id, entry: change.value }] : []));
  present.sort((a, b) => a.entry.added - b.entry.added || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { id, entry } of present) {
    const decoded = locales.includes(entry.locale) ? toRoomResponse(questionIds, entry.code, entry.locale) : undefined;
    if (!decoded?.ok) contents.dropped += 1;
    else if (entry.held) contents.held.push({ ...decoded.response, id, held: entry.held });
    else contents.responses.push({ ...decoded.response, id });
  }
  return contents;
}

/** Changes that add responses now, counted or held, each under its new id, in the given order. */
export function toAdded(responses: readonly { id: string; response: RoomResponse; held?: HeldInfo }[], now: number): RoomChanges {
  return Object.fromEntries(
    responses.map(({ id, response, held }, index): [string, { at: number; value: RoomEntry }] => {
      // Fractions of a millisecond keep a paste's order without colliding with the next paste's.
      const entry: RoomEntry = { code: response.code, locale: response.locale, added: now + index / (responses.length + 1) };
      if (held) entry.held = held;
      return [id, { at: now, value: entry }];
    }),
  );
}

/** A new response id, unique across tabs and devices: the time and 64 random bits, e.g. `r-mj3k2x1a-3f9c…`. */
export function newResponseId(now: number, random: Uint32Array): string {
  return `r-${now.toString(36)}-${[...random].map((part) => part.toString(16).padStart(8, '0')).join('')}`;
}

/** The change that counts a held response (it keeps its place), or removes one: newer than what this tab knows of it. */
export function toChangeOf(changes: Changes<RoomEntry>, id: string, action: 'count' | 'remove', now: number): RoomChanges {
  const current = changes[id];
  const at = Math.max(now, (current?.at ?? -Infinity) + 1);
  if (action === 'remove' || !current?.value) return { [id]: { at } };
  const { code, locale, added } = current.value;
  return { [id]: { at, value: { code, locale, added } } };
}

/** A paste's held lines as the room stores them (why, the line, its text), in the paste report's order. */
export function toHeldEntries(rejected: readonly Rejection[]): { response: RoomResponse; held: HeldInfo }[] {
  return rejected.flatMap((rejection) => {
    if (!('response' in rejection)) return [];
    const held: HeldInfo = { reason: rejection.reason, line: rejection.line, text: rejection.text };
    if ('firstLine' in rejection && rejection.firstLine !== undefined) held.firstLine = rejection.firstLine;
    if ('site' in rejection) held.site = rejection.site;
    return [{ response: rejection.response, held }];
  });
}

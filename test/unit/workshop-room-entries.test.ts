import { describe, expect, it } from 'vitest';
import { newResponseId, toAdded, toChangeOf, toHeldEntries, toRoomContents } from '../../src/lib/workshop/room-entries.ts';
import type { RoomChanges } from '../../src/lib/workshop/room-store.ts';

const questionIds = ['q-1-1', 'q-1-2', 'q-2-1'];
const locales = ['en', 'zh'];
const held = { reason: 'duplicate', line: 4, text: 'https://kb.example/en/self-check/#answers=1yyy', firstLine: 2 };

describe('room entries', () => {
  it('lists counted and held responses in the order they came in, and counts those that no longer fit', () => {
    const changes: RoomChanges = {
      late: { at: 9, value: { code: '1nnn', locale: 'zh', added: 9 } },
      early: { at: 1, value: { code: '1yyy', locale: 'en', added: 1 } },
      waiting: { at: 5, value: { code: '1yyy', locale: 'en', added: 5, held } },
      removed: { at: 6 },
      otherQuestions: { at: 2, value: { code: '1yyyy', locale: 'en', added: 2 } },
      otherLocale: { at: 3, value: { code: '1yyy', locale: 'fr', added: 3 } },
    };
    const contents = toRoomContents(changes, questionIds, locales);
    expect(contents.responses.map(({ id, code }) => `${id}:${code}`)).toEqual(['early:1yyy', 'late:1nnn']);
    expect(contents.held).toEqual([{ id: 'waiting', code: '1yyy', locale: 'en', answers: { 'q-1-1': 'yes', 'q-1-2': 'yes', 'q-2-1': 'yes' }, held }]);
    expect(contents.dropped).toBe(2);
  });

  it('adds a paste in its order, counted and held, at one time', () => {
    const response = (code: string) => ({ code, locale: 'en', answers: {} });
    const added = toAdded(
      [
        { id: 'x', response: response('1yyy') },
        { id: 'y', response: response('1nnn') },
        { id: 'z', response: response('1yyy'), held },
      ],
      100,
    );
    expect(Object.keys(added)).toEqual(['x', 'y', 'z']);
    expect(Object.values(added).map((change) => change.at)).toEqual([100, 100, 100]);
    const order = Object.values(added).map((change) => change.value?.added ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((time) => time >= 100 && time < 101)).toBe(true);
    expect(added.z?.value?.held).toEqual(held);
  });

  it.each([
    [
      'counting a held response keeps its place and drops the hold',
      'count',
      { at: 5, value: { code: '1yyy', locale: 'en', added: 3, held } },
      10,
      { at: 10, value: { code: '1yyy', locale: 'en', added: 3 } },
    ],
    ['removing a response leaves a tombstone', 'remove', { at: 5, value: { code: '1yyy', locale: 'en', added: 3 } }, 10, { at: 10 }],
    ['counting one removed elsewhere keeps it removed', 'count', { at: 5 }, 10, { at: 10 }],
    [
      'a change is newer than the stored one, even with a clock set back',
      'remove',
      { at: 50, value: { code: '1yyy', locale: 'en', added: 3 } },
      10,
      { at: 51 },
    ],
  ] as const)('%s', (_case, action, current, now, expected) => {
    expect(toChangeOf({ id: current }, 'id', action, now)).toEqual({ id: expected });
  });

  it('stores each held line of a paste with why it waits, in the report order, and nothing else', () => {
    const response = { code: '1yyy', locale: 'en', answers: {} };
    expect(
      toHeldEntries([
        { line: 1, text: 'junk', reason: 'not-share-link' },
        { line: 3, text: 'a', reason: 'duplicate', response, firstLine: 2 },
        { line: 4, text: 'b', reason: 'in-room', response },
        { line: 5, text: 'c', reason: 'other-site', response, site: 'other-kb.example.org' },
      ]),
    ).toEqual([
      { response, held: { reason: 'duplicate', line: 3, text: 'a', firstLine: 2 } },
      { response, held: { reason: 'in-room', line: 4, text: 'b' } },
      { response, held: { reason: 'other-site', line: 5, text: 'c', site: 'other-kb.example.org' } },
    ]);
  });

  it('makes response ids from the time and random bits', () => {
    expect(newResponseId(36, new Uint32Array([1, 0xabcdef12]))).toBe('r-10-00000001abcdef12');
  });
});

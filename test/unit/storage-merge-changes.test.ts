import { describe, expect, it } from 'vitest';
import { mergeChanges, stampAfter, toChange, toPresent, type Changes } from '../../src/lib/storage/merge-changes.ts';

const isString = (value: unknown): value is string => typeof value === 'string';

describe('merging what two tabs keep', () => {
  it.each<[string, Changes<string>, Changes<string>, Changes<string>]>([
    ['an item only stored is kept', { a: { at: 1, value: 'yes' } }, {}, { a: { at: 1, value: 'yes' } }],
    ['an item only incoming is added', {}, { a: { at: 1, value: 'yes' } }, { a: { at: 1, value: 'yes' } }],
    ['a newer incoming change wins', { a: { at: 1, value: 'yes' } }, { a: { at: 2, value: 'no' } }, { a: { at: 2, value: 'no' } }],
    ['an older incoming change (a stale tab) loses', { a: { at: 2, value: 'no' } }, { a: { at: 1, value: 'yes' } }, { a: { at: 2, value: 'no' } }],
    ['a newer removal wins', { a: { at: 1, value: 'yes' } }, { a: { at: 2 } }, { a: { at: 2 } }],
    ['a stale tab never brings back a removed item', { a: { at: 2 } }, { a: { at: 1, value: 'yes' } }, { a: { at: 2 } }],
    ['at the same time, a removal wins over a value', { a: { at: 1 } }, { a: { at: 1, value: 'yes' } }, { a: { at: 1 } }],
    ['at the same time, an incoming removal wins', { a: { at: 1, value: 'yes' } }, { a: { at: 1 } }, { a: { at: 1 } }],
    ['at the same time, of two values the incoming wins', { a: { at: 1, value: 'yes' } }, { a: { at: 1, value: 'no' } }, { a: { at: 1, value: 'no' } }],
    ['a newer value after a removal comes back (answered again)', { a: { at: 1 } }, { a: { at: 2, value: 'no' } }, { a: { at: 2, value: 'no' } }],
    [
      'items merge one by one',
      { a: { at: 3, value: 'yes' }, b: { at: 1, value: 'no' } },
      { a: { at: 2, value: 'no' }, b: { at: 2 } },
      { a: { at: 3, value: 'yes' }, b: { at: 2 } },
    ],
  ])('%s', (_case, stored, incoming, merged) => {
    expect(mergeChanges(stored, incoming)).toEqual(merged);
  });

  it('stamps a new change after the stored one, even with a clock set back', () => {
    expect(stampAfter({ a: { at: 10 } }, 'a', 20)).toBe(20);
    expect(stampAfter({ a: { at: 30 } }, 'a', 20)).toBe(31);
    expect(stampAfter({}, 'a', 20)).toBe(20);
  });

  it('lists present items without the removed ones', () => {
    expect(toPresent({ a: { at: 1, value: 'yes' }, b: { at: 2 } })).toEqual({ a: 'yes' });
  });

  it.each([
    ['a value with its time', { at: 5, value: 'yes' }, { at: 5, value: 'yes' }],
    ['a removal', { at: 5 }, { at: 5 }],
    ['no time', { value: 'yes' }, undefined],
    ['a time that is not a number', { at: '5', value: 'yes' }, undefined],
    ['an infinite time (JSON cannot hold one, a hand edit can send null)', { at: null }, undefined],
    ['a value of the wrong kind', { at: 5, value: 3 }, undefined],
    ['not an object', 'yes', undefined],
  ])('reads a stored change: %s', (_case, value, change) => {
    expect(toChange(value, isString)).toEqual(change);
  });
});

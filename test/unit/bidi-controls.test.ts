import { describe, expect, it } from 'vitest';
import { stripBidiControls } from '../../src/lib/text/bidi-controls.ts';

describe('text a reader typed or pasted cannot reorder the page around it', () => {
  it.each([
    ['right-to-left override', '\u202Eevil', 'evil'],
    ['every embedding and override', 'a\u202Ab\u202Bc\u202Cd\u202De\u202Ef', 'abcdef'],
    ['every isolate', 'a\u2066b\u2067c\u2068d\u2069e', 'abcde'],
    ['Arabic and Hebrew letters stay', 'مرحبا שלום', 'مرحبا שלום'],
    ['marks that are not controls stay (LRM, RLM)', 'a\u200Eb\u200Fc', 'a\u200Eb\u200Fc'],
  ])('%s', (_case, text, expected) => {
    expect(stripBidiControls(text)).toBe(expected);
  });
});

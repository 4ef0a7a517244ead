import { beforeAll, describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh.json';
import zhHant from '../../src/i18n/zh-hant.json';
import { toTraditional, toTraditionalInterface } from '../../src/lib/chinese-script/to-traditional.ts';
import { toTraditionalUiStrings, uiAdditions, uiCorrections } from '../../src/lib/chinese-script/ui-strings.ts';

const placeholders = (value: string) => [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

// zh-hant.json is generated: when zh.json changes, review the failures below, fix uiCorrections if needed, then
// regenerate it with `npx vitest run --config test/vitest.config.ts --project unit test/unit/chinese-script-ui-strings.test.ts -u`.
describe('zh-hant UI strings', () => {
  // OpenCC builds its dictionaries on first use: a few seconds.
  beforeAll(() => [toTraditional, toTraditionalInterface].forEach((convert) => convert('')), 30_000);

  it('are the zh strings converted, with the hand corrections and additions', async () => {
    await expect(`${JSON.stringify(toTraditionalUiStrings(zh), null, 2)}\n`).toMatchFileSnapshot('../../src/i18n/zh-hant.json');
  });

  it.each(Object.entries(uiCorrections))('correct %s against the current zh string', (key, { from }) => {
    expect(zh[key as keyof typeof zh], `zh.json's ${key} changed: review its hand correction in src/lib/chinese-script/ui-strings.ts`).toBe(from);
  });

  it.each(Object.entries(uiCorrections))('correct %s where conversion alone is wrong', (_key, { from, value }) => {
    expect(value).not.toBe(toTraditionalInterface(from));
  });

  it.each(Object.keys(uiAdditions))('add %s only while zh.json lacks it', (key) => {
    expect(Object.keys(zh), `zh.json now has ${key}: move it from uiAdditions to uiCorrections`).not.toContain(key);
  });

  it('are all in Traditional characters, hand-written ones included', () => {
    for (const [key, value] of Object.entries(zhHant)) expect(toTraditional(value), key).toBe(value);
  });

  it('keep every placeholder of the zh strings', () => {
    for (const [key, value] of Object.entries(zh)) expect(placeholders(zhHant[key as keyof typeof zhHant] ?? ''), key).toEqual(placeholders(value));
  });
});

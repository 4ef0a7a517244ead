import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { toQrModules, toQrSvg } from '../../src/lib/qr-code.ts';
import { decodeQr } from '../support/qr-decode.ts';
import { drawQr } from '../support/qr-image.ts';
import { readSvgModules } from '../support/qr-svg.ts';

const link = 'https://kb.example.org/kb/zh-hant/self-check/#answers=1yn-uyn-uynuyynuy';

describe('toQrSvg', () => {
  it.each([
    ['a share link', link, 'M'],
    ['a short address', 'https://x.org/en/3/', 'L'],
    ['Chinese text', '企业客户细分常犯的错误', 'Q'],
    ['a long link at level H', `${link}&${'x'.repeat(150)}`, 'H'],
  ] as const)('draws exactly the modules of %s, and it decodes back', async (_case, text, level) => {
    const svg = toQrSvg(text, { label: 'QR', errorCorrectionLevel: level });
    const { modules } = create(text, { errorCorrectionLevel: level });
    const inside = (index: number) => index >= 4 && index < modules.size + 4;
    const expected = Array.from({ length: modules.size + 8 }, (_, row) =>
      Array.from({ length: modules.size + 8 }, (_, column) => inside(row) && inside(column) && modules.get(row - 4, column - 4) === 1),
    );
    const drawn = readSvgModules(svg);
    expect(drawn).toEqual(expected);
    const inner = drawn.slice(4, -4).map((row) => row.slice(4, -4));
    expect(await decodeQr(drawQr(inner, 400, 400))).toEqual([text]);
  });

  it('is an accessible image with one path, a white ground and no style attribute', () => {
    const svg = toQrSvg(link, { label: 'QR code of the self-check <link> & "more"' });
    const name = 'QR code of the self-check &#60;link&#62; &#38; &#34;more&#34;';
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 (\\d+) \\1" role="img" aria-label="${name}"`));
    expect(svg).toContain(`<title>${name}</title>`);
    expect(svg.match(/<path/g)).toHaveLength(1);
    expect(svg).toMatch(/<rect width="(\d+)" height="\1" fill="#fff"\/>/);
    expect(svg).not.toMatch(/style|<script|currentColor/);
  });

  it('takes a size and a quiet zone', () => {
    const svg = toQrSvg('https://x.org/en/3/', { label: 'QR', size: 160, margin: 2 });
    const size = toQrModules('https://x.org/en/3/').length;
    expect(svg).toContain(`viewBox="0 0 ${size + 4} ${size + 4}" width="160" height="160"`);
    expect(readSvgModules(svg)[2]?.slice(2, 9)).toEqual(Array(7).fill(true)); // the top of the first finder pattern
  });

  it('stays compact: one short command per run of dark modules', () => {
    expect(toQrSvg(link, { label: 'QR' }).length).toBeLessThan(2_500);
  });

  it.each([
    ['empty text', ''],
    ['text too long for any QR code', 'x'.repeat(3_000)],
  ])('names the text it cannot encode: %s', (_case, text) => {
    expect(() => toQrSvg(text, { label: 'QR' })).toThrow(new RegExp(`^Cannot make a QR code of "${text.slice(0, 10)}`));
  });
});

// Reads QR codes drawn by src/lib/qr-code.ts back: from the SVG's path, and from what a browser actually painted.
import type { Locator } from 'playwright-core';
import { decodeQr } from './qr-decode.ts';
import { drawQr, type GreyImage } from './qr-image.ts';

/** Reads the dark modules out of toQrSvg's one path: `M x y.5` / `m dx 0` moves, `h n` strokes one module high. */
export function readSvgModules(svg: string): boolean[][] {
  const extent = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path stroke="#000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  if (!extent || !d) throw new Error(`readSvgModules: not a QR code drawn by toQrSvg: ${svg.slice(0, 80)}`);
  const grid = Array.from({ length: extent }, () => Array<boolean>(extent).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    const first = Number(a);
    if (command === 'M') {
      x = first;
      y = Number(b) - 0.5;
    } else if (command === 'm') {
      x += first;
      y += Number(b);
    } else {
      const row = grid[y];
      if (!row || !Number.isInteger(y)) throw new Error(`readSvgModules: stroke off the module grid at y=${y}`);
      for (let column = x; column < x + first; column += 1) row[column] = true;
      x += first;
    }
  }
  return grid;
}

/** Decodes a toQrSvg SVG from its markup: its modules redrawn as an image, read by the ZXing decoder. */
export function decodeQrSvg(svg: string, margin = 4): Promise<string[]> {
  const inner = readSvgModules(svg)
    .slice(margin, -margin)
    .map((row) => row.slice(margin, -margin));
  return decodeQr(drawQr(inner, 400, 400));
}

/** Decodes what the browser painted for an element: a screenshot of it, turned grey in the page, read by the decoder. */
export async function decodeQrOnScreen(element: Locator): Promise<string[]> {
  const png = (await element.screenshot()).toString('base64');
  const image = await element.page().evaluate(async (data) => {
    // Decoded from base64 by hand: fetching a data: URL would be a request the page's policy refuses.
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (char) => char.charCodeAt(0))], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data: rgba } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const grey = new Uint8Array(bitmap.width * bitmap.height);
    for (let index = 0; index < grey.length; index += 1)
      grey[index] = Math.round(0.299 * (rgba[index * 4] ?? 0) + 0.587 * (rgba[index * 4 + 1] ?? 0) + 0.114 * (rgba[index * 4 + 2] ?? 0));
    return { width: bitmap.width, height: bitmap.height, grey: Array.from(grey) };
  }, png);
  const grey: GreyImage = { width: image.width, height: image.height, data: Uint8Array.from(image.grey) };
  return decodeQr(grey);
}

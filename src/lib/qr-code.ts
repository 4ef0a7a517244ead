import { create, type QRCode } from 'qrcode';

export interface QrSvgOptions {
  /** Accessible name of the image, e.g. "QR code of the self-check address"; also its `<title>`. */
  label: string;
  /** Error correction: M (15 %) survives a projector's glare and a smudged print while keeping modules large. */
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
  /** Quiet zone in modules; scanners need 4 (ISO/IEC 18004). */
  margin?: number;
  /** Width and height attributes in CSS pixels; without them the SVG fills the width its CSS gives it. */
  size?: number;
}

/** The module grid of a QR code, `true` for dark, row by row; for drawing it elsewhere (a canvas, a test video). */
export function toQrModules(text: string, errorCorrectionLevel: QrSvgOptions['errorCorrectionLevel'] = 'M'): boolean[][] {
  const { modules } = createQr(text, errorCorrectionLevel);
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, column) => modules.get(row, column) === 1));
}

/**
 * Returns a QR code of `text` as an SVG string: `role="img"` with a `<title>`, dark modules as one stroked `<path>`
 * on a white square (black on white scans in a dark theme and prints), and no `style` attribute, so a strict CSP allows it.
 * @example toQrSvg('https://x.org/en/self-check/', { label: 'Self-check QR code' }) // '<svg xmlns=… viewBox="0 0 37 37" role="img" …>'
 */
export function toQrSvg(text: string, { label, errorCorrectionLevel = 'M', margin = 4, size }: QrSvgOptions): string {
  const grid = toQrModules(text, errorCorrectionLevel);
  const extent = grid.length + 2 * margin;
  const name = escapeXml(label);
  const dimensions = size === undefined ? '' : ` width="${size}" height="${size}"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${extent} ${extent}"${dimensions} role="img" aria-label="${name}" shape-rendering="crispEdges">` +
    `<title>${name}</title><rect width="${extent}" height="${extent}" fill="#fff"/>` +
    `<path stroke="#000" d="${toPathData(grid, margin)}"/></svg>`
  );
}

/** Each run of dark modules in a row becomes a horizontal stroke 1 unit wide through the row's middle. */
function toPathData(grid: readonly (readonly boolean[])[], margin: number): string {
  const parts: string[] = [];
  for (const [row, modules] of grid.entries()) {
    let pen: number | undefined;
    let column = 0;
    while (column < modules.length) {
      if (!modules[column]) {
        column += 1;
        continue;
      }
      const start = column;
      while (modules[column]) column += 1;
      // The first run of a row moves absolutely, the next ones relative to the end of the previous run.
      parts.push(pen === undefined ? `M${start + margin} ${row + margin}.5h${column - start}` : `m${start - pen} 0h${column - start}`);
      pen = column;
    }
  }
  return parts.join('');
}

function createQr(text: string, errorCorrectionLevel: QrSvgOptions['errorCorrectionLevel']): QRCode {
  try {
    return create(text, { errorCorrectionLevel });
  } catch (error) {
    throw new Error(`Cannot make a QR code of "${text.slice(0, 80)}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

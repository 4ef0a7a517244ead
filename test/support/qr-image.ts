// Draws QR codes as grey images, for the fake camera and for decoding tests.

/** An 8-bit luminance image, row by row: what a Y4M frame's Y plane holds. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Draws a module grid dark on white, centred, with at least a 4-module quiet zone, as large as whole pixels per module allow. */
export function drawQr(modules: readonly (readonly boolean[])[], width: number, height: number): GreyImage {
  const span = modules.length + 8;
  const scale = Math.floor(Math.min(width, height) / span);
  if (scale < 1) throw new Error(`drawQr: ${width}×${height} is too small for a QR code of ${modules.length} modules plus its quiet zone`);
  const left = Math.floor((width - modules.length * scale) / 2);
  const top = Math.floor((height - modules.length * scale) / 2);
  const data = new Uint8Array(width * height).fill(255);
  for (const [row, cells] of modules.entries()) {
    for (const [column, dark] of cells.entries()) {
      if (!dark) continue;
      const x = left + column * scale;
      for (let y = top + row * scale; y < top + (row + 1) * scale; y += 1) data.fill(0, y * width + x, y * width + x + scale);
    }
  }
  return { width, height, data };
}

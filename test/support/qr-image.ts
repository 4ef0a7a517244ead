// Draws QR codes as grey images and decodes them in Node with the trainer's fallback decoder
// (barcode-detector, ZXing WebAssembly), so tests can prove a QR code reads back.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';

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
      for (let y = 0; y < scale; y += 1) data.fill(0, (top + row * scale + y) * width + left + column * scale, (top + row * scale + y) * width + left + (column + 1) * scale);
    }
  }
  return { width, height, data };
}

// Node has neither ImageData nor DOMRectReadOnly; the polyfill needs only these shapes of them.
class NodeImageData {
  readonly colorSpace = 'srgb';
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
  constructor(data: Uint8ClampedArray, width: number, height: number) {
    this.data = data;
    this.width = width;
    this.height = height;
  }
  get [Symbol.toStringTag]() {
    return 'ImageData';
  }
}
class NodeDomRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  constructor(x: number, y: number, width: number, height: number) {
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
  }
}
const globals = globalThis as Record<string, unknown>;
globals.ImageData ??= NodeImageData;
globals.DOMRectReadOnly ??= NodeDomRect;

/** The ZXing reader that barcode-detector loads, resolved from barcode-detector itself (zxing-wasm is its dependency, not ours). */
export const zxingWasmPath = createRequire(import.meta.resolve('barcode-detector/ponyfill')).resolve('zxing-wasm/reader/zxing_reader.wasm');
// The browser fetches the .wasm from a URL; Node is handed the bytes.
prepareZXingModule({ overrides: { wasmBinary: readFileSync(zxingWasmPath).buffer } });

/** Returns the text of every QR code the fallback decoder finds in a grey image. */
export async function decodeQr(image: GreyImage): Promise<string[]> {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (const [index, value] of image.data.entries()) rgba.fill(value, index * 4, index * 4 + 3), (rgba[index * 4 + 3] = 255);
  const detected = await new BarcodeDetector({ formats: ['qr_code'] }).detect(new NodeImageData(rgba, image.width, image.height) as unknown as ImageData);
  return detected.map(({ rawValue }) => rawValue);
}

// Decodes QR codes in Node with the trainer's fallback decoder (barcode-detector, ZXing WebAssembly),
// so tests can prove that a QR code we make reads back, through the same detect() the browser calls.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
import type { GreyImage } from './qr-image.ts';

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
  for (const [index, value] of image.data.entries()) {
    rgba.fill(value, index * 4, index * 4 + 3);
    rgba[index * 4 + 3] = 255;
  }
  const detected = await new BarcodeDetector({ formats: ['qr_code'] }).detect(new NodeImageData(rgba, image.width, image.height) as unknown as ImageData);
  return detected.map(({ rawValue }) => rawValue);
}

// The QR decoder for browsers without a native BarcodeDetector (Firefox, Safari before 17, Chromium on Linux and
// Windows): barcode-detector's ponyfill over ZXing's WebAssembly. The workshop island imports this module only when the
// trainer opens the camera; esbuild emits the .wasm beside it, so it is fetched from our origin, never from a CDN.
import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm';

/** Returns a QR code detector once its WebAssembly is compiled; rejects when the .wasm cannot be fetched or compiled. */
export async function createDetector(): Promise<BarcodeDetector> {
  const wasm = new URL(wasmUrl, location.href).href;
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasm : prefix + path) },
    fireImmediately: true,
  });
  return new BarcodeDetector({ formats: ['qr_code'] });
}

// A video file for Chromium's fake camera that shows QR codes, so e2e tests can scan a real code:
//   chromium --use-fake-device-for-media-stream --use-file-for-fake-video-capture=FILE.y4m
// (and --use-fake-ui-for-media-stream, or a granted 'camera' permission, to skip the prompt). Chromium loops the file.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { toQrModules } from '../../src/lib/qr-code.ts';
import { drawQr, type GreyImage } from './qr-image.ts';

export interface QrVideoOptions {
  /** Frame size in pixels; both even (4:2:0 halves them for the colour planes). Default 640×480. */
  width?: number;
  height?: number;
  /** Frames showing each code. Default 5. */
  frames?: number;
  /** Blank frames after each code, so a scanner sees the next code as new. Default 0. */
  gapFrames?: number;
  /** Frames per second written in the header. Default 10. */
  fps?: number;
}

/** A grey Y4M frame's colour planes: Cb and Cr at their neutral value. */
const neutralChroma = 128;

/**
 * Writes a Y4M video (4:2:0, grey) showing each text as a QR code, centred with its quiet zone, as large as the frame allows.
 * @example writeQrVideo(['https://x.org/en/self-check/#answers=1yn'], '/tmp/kb-e2e/camera.y4m', { frames: 3 })
 */
export function writeQrVideo(texts: string | readonly string[], file: string, options: QrVideoOptions = {}): void {
  const { width = 640, height = 480, frames = 5, gapFrames = 0, fps = 10 } = options;
  if (width % 2 || height % 2) throw new Error(`writeQrVideo: ${file}: width and height must be even for 4:2:0, got ${width}×${height}`);
  const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(neutralChroma);
  const blank: GreyImage = { width, height, data: new Uint8Array(width * height).fill(255) };
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    for (const text of typeof texts === 'string' ? [texts] : texts) {
      const image = drawQr(toQrModules(text), width, height);
      for (const frame of [...Array<GreyImage>(frames).fill(image), ...Array<GreyImage>(gapFrames).fill(blank)]) {
        writeSync(fd, 'FRAME\n');
        writeSync(fd, frame.data);
        writeSync(fd, chroma);
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads the luminance plane of one frame of a 4:2:0 Y4M file written as above (no frame parameters). */
export function readY4mFrame(file: string, index = 0): GreyImage {
  const bytes = readFileSync(file);
  const headerEnd = bytes.indexOf(0x0a);
  const header = bytes.subarray(0, headerEnd).toString('latin1');
  const width = Number(/ W(\d+)/.exec(header)?.[1]);
  const height = Number(/ H(\d+)/.exec(header)?.[1]);
  if (!header.startsWith('YUV4MPEG2 ') || !width || !height) throw new Error(`readY4mFrame: ${file}: not a Y4M file (header "${header.slice(0, 40)}")`);
  const frameSize = 'FRAME\n'.length + width * height * 1.5;
  const start = headerEnd + 1 + index * frameSize;
  if (bytes.subarray(start, start + 6).toString('latin1') !== 'FRAME\n') throw new Error(`readY4mFrame: ${file}: no frame ${index}`);
  return { width, height, data: new Uint8Array(bytes.subarray(start + 6, start + 6 + width * height)) };
}

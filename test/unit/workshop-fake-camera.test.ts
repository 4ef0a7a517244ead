import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readY4mFrame, writeQrVideo } from '../support/fake-camera.ts';
import { decodeQr } from '../support/qr-decode.ts';

const root = mkdtempSync(join(tmpdir(), 'kb-fake-camera-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const first = 'https://kb.example.org/kb/en/self-check/#answers=1yn-uyn-uynuyynuy';
const second = 'http://127.0.0.1:4321/zh/self-check/#answers=1uuuuuuuuuuuuuuu';

describe('writeQrVideo', () => {
  it('writes a 4:2:0 Y4M whose frames show the QR code, decodable by the fallback decoder', async () => {
    const file = join(root, 'one.y4m');
    writeQrVideo(first, file, { width: 320, height: 240, frames: 3 });
    const header = 'YUV4MPEG2 W320 H240 F10:1 Ip A1:1 C420jpeg\n';
    expect(statSync(file).size).toBe(header.length + 3 * ('FRAME\n'.length + 320 * 240 * 1.5));
    expect(await decodeQr(readY4mFrame(file, 2))).toEqual([first]);
  });

  it('shows several codes one after another, with blank frames between them', async () => {
    const file = join(root, 'room.y4m');
    writeQrVideo([first, second], file, { frames: 2, gapFrames: 1 });
    expect(await decodeQr(readY4mFrame(file, 1))).toEqual([first]);
    expect(await decodeQr(readY4mFrame(file, 2))).toEqual([]);
    expect(await decodeQr(readY4mFrame(file, 3))).toEqual([second]);
    expect(() => readY4mFrame(file, 6)).toThrow(/no frame 6/);
  });

  it('centres the code on a white frame, with its quiet zone', () => {
    const file = join(root, 'centred.y4m');
    writeQrVideo(first, file, { width: 640, height: 480, frames: 1 });
    const { data, width, height } = readY4mFrame(file);
    const darkColumns = Array<boolean>(width).fill(false);
    for (const [index, value] of data.entries()) if (value === 0) darkColumns[index % width] = true;
    const left = darkColumns.indexOf(true);
    const right = darkColumns.lastIndexOf(true);
    expect(Math.abs(left - (width - 1 - right))).toBeLessThanOrEqual(1);
    expect(data.slice(0, width * 20).every((value) => value === 255)).toBe(true);
    expect(right - left).toBeGreaterThan(height / 2);
  });

  it('refuses odd sizes, naming the file', () => {
    const file = join(root, 'odd.y4m');
    expect(() => writeQrVideo(first, file, { width: 321, height: 240 })).toThrow(`writeQrVideo: ${file}: width and height must be even for 4:2:0, got 321×240`);
  });

  it('refuses a frame too small for the code', () => {
    expect(() => writeQrVideo(first, join(root, 'tiny.y4m'), { width: 40, height: 40 })).toThrow(/too small for a QR code/);
  });
});

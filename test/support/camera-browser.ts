// A Chromium whose camera shows QR codes (test/support/fake-camera.ts), for the workshop's scanning tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { writeQrVideo } from './fake-camera.ts';

/**
 * One Chromium for a test file whose fake camera loops a video of `texts` as QR codes (each for 8 frames at 10 fps,
 * then 4 blank ones). Without --use-fake-ui-for-media-stream the camera permission stays a real decision: a context
 * opened with `permissions: ['camera']` gets the camera, one without is refused, as a trainer who says no would be.
 * The video lives in a temporary folder removed after the file's tests.
 */
export function useCameraBrowser(texts: () => readonly string[]): () => Browser {
  let browser: Browser | undefined;
  let folder = '';
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kb-e2e-camera-'));
    const video = join(folder, 'camera.y4m');
    writeQrVideo(texts(), video, { frames: 8, gapFrames: 4 });
    // Debian's desktop Chromium: the headless shell the other tests use has no media capture.
    browser = await launchChromium({ build: 'full', extraArgs: ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`] });
  });
  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    if (!browser) throw new Error('the camera browser is not launched yet: call the getter inside a test');
    return browser;
  };
}

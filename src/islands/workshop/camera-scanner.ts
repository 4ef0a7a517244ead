/** What the scanner needs of a detector: the browser's own BarcodeDetector and barcode-detector's ponyfill both fit. */
export interface QrDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

interface NativeDetectorClass {
  new (options: { formats: string[] }): QrDetector;
  getSupportedFormats(): Promise<string[]>;
}

/** Why the camera cannot scan: each has its own message, and pasting links works in every case. */
export type CameraProblem = 'denied' | 'missing' | 'unavailable' | 'decoder';

export class CameraProblemError extends Error {
  readonly problem: CameraProblem;
  constructor(problem: CameraProblem) {
    super(`camera: ${problem}`);
    this.problem = problem;
  }
}

/** Time between two looks at the video: fast enough to feel instant, slow enough to leave a phone's CPU some rest. */
const frameIntervalMs = 150;

/** The browser's BarcodeDetector where it reads QR codes (Chrome on Android and macOS, Safari 17+), else ZXing from `lazyUrl`. */
async function createDetector(lazyUrl: string): Promise<QrDetector | undefined> {
  try {
    const Native = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
    if (Native && (await Native.getSupportedFormats()).includes('qr_code')) return new Native({ formats: ['qr_code'] });
    const lazy = (await import(lazyUrl)) as { createDetector(): Promise<QrDetector> };
    return await lazy.createDetector();
  } catch {
    return undefined; // Offline before the decoder was ever cached, or WebAssembly refused: reported as 'decoder'.
  }
}

function toProblem(error: unknown): CameraProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  return 'unavailable'; // NotReadableError (another app has it), AbortError, no mediaDevices at all (plain http).
}

/**
 * Reads QR codes from the camera continuously, one after another, until stopped. The decoder loads while the browser
 * asks for the camera, so neither waits for the other.
 */
export class CameraScanner {
  #stream: MediaStream | undefined;
  #running = false;

  get running(): boolean {
    return this.#running;
  }

  /** Starts the camera in `video` and calls `onCode` with each code's text in every frame; throws a CameraProblemError. */
  async start(video: HTMLVideoElement, lazyUrl: string, onCode: (text: string) => void): Promise<void> {
    if (this.#running) return;
    if (!navigator.mediaDevices?.getUserMedia) throw new CameraProblemError('unavailable');
    const detecting = createDetector(lazyUrl);
    try {
      this.#stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
    } catch (error) {
      throw new CameraProblemError(toProblem(error));
    }
    video.srcObject = this.#stream;
    const detector = await detecting;
    if (!detector) {
      this.stop(video);
      throw new CameraProblemError('decoder');
    }
    await video.play().catch(() => undefined); // Muted inline video may always play; a refusal just shows a still frame.
    this.#running = true;
    void this.#scan(video, detector, onCode);
  }

  stop(video?: HTMLVideoElement): void {
    this.#running = false;
    for (const track of this.#stream?.getTracks() ?? []) track.stop();
    this.#stream = undefined;
    if (video) video.srcObject = null;
  }

  async #scan(video: HTMLVideoElement, detector: QrDetector, onCode: (text: string) => void): Promise<void> {
    while (this.#running) {
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        try {
          for (const { rawValue } of await detector.detect(video)) if (this.#running) onCode(rawValue);
        } catch {
          // A frame the decoder cannot take (the stream resizing, a track ending): the next frame is tried.
        }
      }
      await new Promise((resolve) => setTimeout(resolve, frameIntervalMs));
    }
  }
}

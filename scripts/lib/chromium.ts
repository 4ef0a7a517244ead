import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium; the flags keep it from reaching for networks this machine does not have.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Launches Debian's Chromium (or `CHROMIUM_PATH`) headless, for the bench and the end-to-end tests; `extraArgs` add flags. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...args, ...extraArgs] });
}

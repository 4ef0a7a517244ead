import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium comes in two builds of the same engine (Blink and V8 of one version). `shell` is
 * chromium-headless-shell, the build Playwright itself runs headless: without the desktop browser's window layer, a
 * fresh context and its first page cost about a third of the CPU (0.38 against 1.26 CPU-seconds on a 2-core machine),
 * so the tests use it. `full` is /usr/bin/chromium, the browser readers install: the bench measures with it, and the
 * camera tests need it (the shell has no media capture).
 */
export type ChromiumBuild = 'shell' | 'full';

const executables: Record<ChromiumBuild, string> = {
  shell: process.env.CHROMIUM_SHELL_PATH ?? '/usr/bin/chromium-headless-shell',
  full: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
};

// The flags keep it from reaching for networks this machine does not have.
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Launches Debian's Chromium headless; `extraArgs` add flags (a fake camera, say). */
export function launchChromium(options: { build?: ChromiumBuild; extraArgs?: readonly string[] } = {}): Promise<Browser> {
  const { build = 'full', extraArgs = [] } = options;
  return chromium.launch({ executablePath: executables[build], headless: true, args: [...args, ...extraArgs] });
}

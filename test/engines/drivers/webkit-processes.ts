import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

export const webKitWebDriverPath = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export interface Started {
  stop(): Promise<void>;
}

/** Ends a process we started, by its own handle, and waits for it to go. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/** Ends the process when the test worker exits, even if a test never reached its afterAll. */
function stopOnExit(child: ChildProcess): void {
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
}

/**
 * Starts a virtual X display of our own for WebKitGTK, which cannot run without one: `npm test` needs no xvfb-run, and the
 * MiniBrowser windows never reach a desktop. `-displayfd` lets Xvfb pick a free display number (parallel files, other users).
 */
export async function startXvfb(): Promise<Started & { display: string }> {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  stopOnExit(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const display = await new Promise<string>((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`Xvfb could not start (apt-get install xvfb): ${error.message}`)));
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr}`)));
    child.stdio[3]?.once('data', (chunk: Buffer) => resolve(`:${chunk.toString().trim()}`));
  });
  return { display, stop: () => stopProcess(child) };
}

async function findFreePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Starts WebKitWebDriver on a free port, on the given display, and waits until it answers. It allows one session at a time,
 * so each page gets its own driver process (a fresh session, as a share link opened elsewhere needs).
 */
export async function startWebKitWebDriver(display: string): Promise<Started & { url: string }> {
  const port = await findFreePort();
  const child = spawn(webKitWebDriverPath, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
  stopOnExit(child);
  const failed = new Promise<never>((_resolve, reject) => {
    child.once('error', (error) => reject(new Error(`WebKitWebDriver could not start (apt-get install webkit2gtk-driver): ${error.message}`)));
    child.once('exit', (code) => reject(new Error(`WebKitWebDriver exited with ${code} before it answered`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const ready = (async () => {
    while (child.exitCode === null) {
      try {
        if ((await fetch(`${url}/status`)).ok) return;
      } catch {
        // Not listening yet: ask again in a moment.
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  await Promise.race([ready, failed]);
  failed.catch(() => undefined); // it exits on stop, later: not a failure then
  return { url, stop: () => stopProcess(child) };
}

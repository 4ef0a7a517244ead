import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { defaultLocale } from '../../src/lib/locales.ts';
import { copyProject } from './project-copy.ts';
import { makeTempDir, removeTempDir } from './temp.ts';

const root = new URL('../../', import.meta.url).pathname;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

export interface DevServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** What the server printed so far, for a failure's message. */
  output(): string;
  close(): Promise<void>;
}

/** The environment without Vitest's variables: with VITEST set, the dev server's dependency optimizer never finishes. */
function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST')));
}

async function findFreePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Starts `astro dev` on a free loopback port, as `npm run dev` does, on the given content and with `outDir` as the
 * last build (whose search index the dev server serves), its cache under the run's temporary root. Resolves once the
 * server answers.
 */
export async function startDevServer({ contentDir, outDir }: { contentDir: string; outDir: string }): Promise<DevServer> {
  const port = await findFreePort();
  const workDir = makeTempDir('dev-server');
  const cacheDir = join(workDir, 'cache');
  // Its own copy of the project: the dev server keeps its content store in the project's .astro/, which builds running
  // at the same time would otherwise rewrite under it.
  const project = copyProject(join(workDir, 'project'));
  const child = spawn(process.execPath, [astroBin, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: project,
    env: {
      ...withoutVitest(process.env),
      NODE_ENV: 'development',
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      CACHE_DIR: cacheDir,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  const origin = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    removeTempDir(workDir);
  };
  // Astro reports "ready" before the first page is rendered; a page that answers is what the tests need.
  for (let started = Date.now(); Date.now() - started < 180_000; await new Promise((resolve) => setTimeout(resolve, 500))) {
    if (child.exitCode !== null) throw new Error(`astro dev exited (${child.exitCode}):\n${output}`);
    const response = await fetch(`${origin}/${defaultLocale}/`, { signal: AbortSignal.timeout(30_000) }).catch(() => undefined);
    if (response?.ok) return { origin, output: () => output, close };
  }
  await close();
  throw new Error(`astro dev did not answer within 3 minutes:\n${output}`);
}

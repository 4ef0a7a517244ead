import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { makeTempDir, removeTempDir } from './temp.ts';

/** Debian's nginx (nginx-light, installed by .ci/run). */
export const nginxBinary = '/usr/sbin/nginx';

async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Serves a built site with a real nginx, as a deployer would: Debian's type map, a server block whose root holds the
 * site, and the build's own `nginx.conf` included in it. Runs as this test's own process on a loopback port, with a
 * temporary prefix; `stop()` ends it and removes the prefix.
 */
export async function serveWithNginx(root: string, snippet: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  const prefix = makeTempDir('nginx');
  const port = await findFreePort();
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      // Started by root (CI), nginx runs its workers as `nobody`, who may not read the test's private temp folders.
      process.getuid?.() === 0 ? 'user root;' : '',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')};`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  access_log off;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
      `  server { listen 127.0.0.1:${port}; root ${root}; include ${snippet}; }`,
      '}',
    ].join('\n'),
  );
  const child = spawn(nginxBinary, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${errors}`);
    const up = await fetch(`${origin}/`, { redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (attempt > 100) throw new Error(`nginx did not answer on ${origin}: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      removeTempDir(prefix);
    },
  };
}

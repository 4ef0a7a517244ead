import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = new URL('../../', import.meta.url);

/** Serves the built dist/ on loopback for the Chromium tests, as any static host would. */
export default async function setup(project: TestProject) {
  const server = await preview({ root: root.pathname, logLevel: 'error', server: { host: '127.0.0.1', port: Number(process.env.E2E_PORT ?? 4399) } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => {
    await server.stop();
  };
}

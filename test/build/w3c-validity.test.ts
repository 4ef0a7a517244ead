import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, listPages, resolveFile } from '../support/dist.ts';

// The W3C's Nu Html Checker, the reference browsers' vendors use. Run by Debian's Java (default-jre-headless): the
// package's own Java download is not allowed to run (package.json allowScripts).
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** What the checker reports that we accept for now, each with its reason. Anything else fails, and so does an entry that no longer occurs. */
const accepted: { pages: RegExp; message: RegExp; reason: string }[] = [
  {
    pages: /./,
    message: /^Resource violates Content Security Policy \(meta tag\): external stylesheet “\/_astro\/[\w.-]+\.css” blocked by “style-src” directive\.$/,
    reason:
      "The checker reads each page as a file: URL, whose origin 'self' cannot match, so it blocks our own stylesheet. Served over HTTP the policy allows it: every e2e test fails on a real CSP violation (test/e2e/no-csp-violations.ts), and test/build/content-security-policy.test.ts checks the policy itself.",
  },
];

/** Root-relative path of a checked file, e.g. `/en/`. */
function toPagePath(url: string): string {
  const file = decodeURIComponent(new URL(url).pathname);
  return `/${file.slice(distDir.length).replace(/^\//, '')}`.replace(/(^|\/)index\.html$/, '$1');
}

function describeMessage(message: VnuMessage): string {
  const kind = message.subType === 'warning' ? 'warning' : message.type;
  return `${toPagePath(message.url)}:${message.lastLine ?? '?'}: ${kind}: ${message.message}`;
}

/** Checks every file in one Java start (a start costs seconds); returns the checker's messages. */
function checkAll(files: string[]): VnuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`the W3C checker needs Java (apt-get install default-jre-headless): ${run.error.message}`);
  try {
    return (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`the W3C checker did not answer in JSON (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
  }
}

describe('the W3C Nu Html Checker (vnu) on every page of dist/', () => {
  let messages: VnuMessage[] = [];
  const isAccepted = (message: VnuMessage) => accepted.some((entry) => entry.pages.test(toPagePath(message.url)) && entry.message.test(message.message));
  // `info` without a subtype is only chatter (e.g. “Trailing slash on void elements”); warnings count.
  const counts = (message: VnuMessage) => message.type !== 'info' || message.subType === 'warning';

  beforeAll(() => {
    const files = listPages().map((path) => resolveFile(path) ?? path);
    expect(files.length).toBeGreaterThan(40);
    messages = checkAll(files);
  });

  it('finds no error and no warning but the accepted ones', () => {
    expect(messages.filter((message) => counts(message) && !isAccepted(message)).map(describeMessage)).toEqual([]);
  });

  it('still finds each accepted message: fixed ones leave the list', () => {
    const stale = accepted.filter((entry) => !messages.some((message) => entry.pages.test(toPagePath(message.url)) && entry.message.test(message.message)));
    expect(stale.map((entry) => entry.reason)).toEqual([]);
  });
});

import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { narrowPolicy } from '../lib/csp.ts';
import { rewritePages } from './rewrite-pages.ts';

const inlineCode = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>|<style[^>]*>([\s\S]*?)<\/style>/g;
const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The CSP sources (`sha256-…`) of a page's inline scripts and styles, hashed as browsers hash them. */
function hashInlineCode(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const match of html.matchAll(inlineCode)) hashes.add(`sha256-${createHash('sha256').update(match[1] ?? match[2] ?? '').digest('base64')}`);
  return hashes;
}

/**
 * Each page's policy lists the hashes of its own inline code only (see narrowPolicy). Runs before the search index and
 * the service worker, which read the finished pages.
 */
export function pagePolicies(): AstroIntegration {
  return {
    name: 'kb:page-policies',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, removed } = await rewritePages(fileURLToPath(dir), (html) => {
          const hashes = hashInlineCode(html);
          return html.replace(policyMeta, (_, start: string, policy: string, end: string) => `${start}${narrowPolicy(policy, hashes)}${end}`);
        });
        logger.info(`narrowed ${pages} pages' policies to their own inline code (${(removed / 1024).toFixed(1)} KB in all)`);
      },
    },
  };
}

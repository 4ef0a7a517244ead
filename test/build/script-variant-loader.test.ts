import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A scratch Astro site whose one collection uses localizedGlob with a zh-hant variant, built for real:
// the entries must exist, render through MDX with their paragraph ids, and errors must name the source file.
const repo = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'kb-variant-loader-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const mistake = (locale: string, title: string, body: string) => `---
number: 1
slug: alpha
title: ${title}
summary: ${title}
topics: [goals]
related: [alpha]
paragraphs: [p-1-1, p-1-2]
selfCheck:
  - id: q-1-1
    question: "${title}?"
    riskyAnswer: no
    paragraph: p-1-1
---

${body}[${locale}](/${locale}/mistakes/alpha/#p-1-1)
`;

const files: Record<string, string> = {
  'package.json': '{ "type": "module" }',
  'astro.config.mjs': `
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphAnchors } from '${repo}src/integrations/markdown/paragraph-anchors.ts';
export default defineConfig({
  outDir: process.env.OUT_DIR, cacheDir: process.env.CACHE_DIR, trailingSlash: 'always',
  // node_modules is the project's, linked: keep Vite's own cache out of it.
  vite: { cacheDir: process.env.CACHE_DIR + '/vite' },
  markdown: { processor: satteri({ hastPlugins: [paragraphAnchors()] }) },
  integrations: [mdx()],
});`,
  'src/content.config.ts': `
import { defineCollection } from 'astro:content';
import { localizedGlob } from '${repo}src/integrations/script-variant-loader.ts';
import { toTraditionalSource, toVariantSource } from '${repo}src/lib/chinese-script/convert-content.ts';
import { mistakeSchema } from '${repo}src/lib/content-schema.ts';
// Faulty converters: checked by toVariantSource, or raw, to reach the schema.
const faults = {
  'lose-paragraph-id': (source, options) => toVariantSource(source, { ...options, convert: (text) => text.replace(', p-1-2]', ']') }),
  'break-schema': (source) => source.replace('riskyAnswer: no', 'riskyAnswer: maybe'),
};
const convert = faults[process.env.FAULT ?? ''] ?? toTraditionalSource;
export const collections = {
  mistakes: defineCollection({
    loader: localizedGlob({
      base: './content', pattern: '*/mistakes/*.mdx',
      generateId: ({ entry }) => entry.replace(/\\.mdx$/, ''),
      variants: [{ from: 'zh', to: 'zh-hant', convert }],
    }),
    schema: mistakeSchema,
  }),
};`,
  'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('mistakes')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh"><head><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><p class="question">{entry.data.selfCheck[0]?.question}</p><Content /></body></html>`,
  'content/en/mistakes/alpha.mdx': mistake('en', 'Alpha', 'First paragraph.\n\nSecond paragraph.'),
  'content/zh/mistakes/alpha.mdx': mistake('zh', '按资产进行客户细分', '我们发现客户剪了头发。\n\n后来的营销软件。'),
};

function buildScratchSite(name: string, env: Record<string, string> = {}): { status: number | null; output: string; outDir: string } {
  const root = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  const outDir = join(root, 'dist');
  const result = spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', OUT_DIR: outDir, CACHE_DIR: join(root, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, outDir };
}

describe('localizedGlob with a zh-hant variant', () => {
  it('adds converted entries next to the sources, rendered through MDX', () => {
    const { status, output, outDir } = buildScratchSite('valid');
    expect(status, output).toBe(0);
    const page = readFileSync(join(outDir, 'zh-hant/mistakes/alpha/index.html'), 'utf8');
    expect(page).toContain('<h1>按資產進行客戶細分</h1>');
    expect(page).toContain('按資產進行客戶細分?</p>');
    expect(page).toMatch(/<p id="p-1-1"[^>]*>我們發現客戶剪了頭髮。/);
    expect(page).toMatch(/<p id="p-1-2"[^>]*>後來的營銷軟件。<a href="\/zh-hant\/mistakes\/alpha\/#p-1-1">zh<\/a>/);
    expect(readFileSync(join(outDir, 'zh/mistakes/alpha/index.html'), 'utf8')).toContain('<h1>按资产进行客户细分</h1>');
    expect(readFileSync(join(outDir, 'en/mistakes/alpha/index.html'), 'utf8')).toContain('<h1>Alpha</h1>');
  });

  it.each([
    ['lose-paragraph-id', /content\/zh\/mistakes\/alpha\.mdx: converting to zh-hant changed its paragraph or question ids: lost p-1-2/],
    ['break-schema', /zh-hant\/mistakes\/alpha data does not match collection schema[\s\S]*riskyAnswer[\s\S]*content\/zh\/mistakes\/alpha\.mdx/],
  ])('stops the build, naming the source file, when the variant %s', (fault, message) => {
    const { status, output } = buildScratchSite(fault, { FAULT: fault });
    expect(status).not.toBe(0);
    expect(output).toMatch(message);
    expect(output).not.toMatch(/script-variants[^\n]*alpha\.mdx/);
  });
});

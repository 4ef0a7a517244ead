import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeVariantFiles } from '../../src/integrations/script-variant-files.ts';

const work = mkdtempSync(join(tmpdir(), 'kb-variant-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let count = 0;
/** A project folder with the given content files, e.g. `{ 'zh/mistakes/a.mdx': '…' }`. */
function makeProject(files: Record<string, string>): { root: string; base: string; outDir: string } {
  count += 1;
  const root = join(work, `project-${count}`);
  const base = join(root, 'content');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return { root, base, outDir: join(root, 'cache/script-variants/mistakes') };
}

const upper = { from: 'zh', to: 'zh-hant', pattern: '*/mistakes/*.mdx', convert: (text: string) => text.toUpperCase() };

describe('writeVariantFiles', () => {
  it('converts the files of the source locale that the pattern matches, at the same path under the variant', async () => {
    const project = makeProject({ 'zh/mistakes/a.mdx': 'a', 'zh/mistakes/b.mdx': 'b', 'zh/introduction.mdx': 'i', 'en/mistakes/a.mdx': 'en' });
    const written = await writeVariantFiles({ ...upper, ...project });
    expect(written).toEqual([join(project.outDir, 'zh-hant/mistakes/a.mdx'), join(project.outDir, 'zh-hant/mistakes/b.mdx')]);
    expect(readFileSync(join(project.outDir, 'zh-hant/mistakes/a.mdx'), 'utf8')).toBe('A');
    expect(existsSync(join(project.outDir, 'zh-hant/introduction.mdx'))).toBe(false);
  });

  it('hands the converter the source file, relative to the project root', async () => {
    const project = makeProject({ 'zh/mistakes/a.mdx': 'a' });
    const convert = (_text: string, { file }: { file: string }) => {
      throw new Error(`${file}: lost p-1-1`);
    };
    await expect(writeVariantFiles({ ...upper, ...project, convert })).rejects.toThrow('content/zh/mistakes/a.mdx: lost p-1-1');
  });

  it('leaves unchanged files untouched and removes those whose source is gone', async () => {
    const project = makeProject({ 'zh/mistakes/a.mdx': 'a', 'zh/mistakes/b.mdx': 'b' });
    await writeVariantFiles({ ...upper, ...project });
    const kept = join(project.outDir, 'zh-hant/mistakes/a.mdx');
    const before = statSync(kept).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 30));
    rmSync(join(project.base, 'zh/mistakes/b.mdx'));
    writeFileSync(join(project.base, 'zh/mistakes/c.mdx'), 'c');
    await writeVariantFiles({ ...upper, ...project });
    expect(statSync(kept).mtimeMs).toBe(before);
    expect(existsSync(join(project.outDir, 'zh-hant/mistakes/b.mdx'))).toBe(false);
    expect(readFileSync(join(project.outDir, 'zh-hant/mistakes/c.mdx'), 'utf8')).toBe('C');
  });
});

import { glob, readFile, writeFile } from 'node:fs/promises';

/**
 * Passes every built page (`**\/*.html` under `outDir`) through `rewrite`, one at a time, and writes back those it
 * changed. Returns how many pages there were and how many characters the rewrites removed in all.
 */
export async function rewritePages(outDir: string, rewrite: (html: string) => string): Promise<{ pages: number; removed: number }> {
  let pages = 0;
  let removed = 0;
  for await (const file of glob('**/*.html', { cwd: outDir })) {
    const html = await readFile(`${outDir}${file}`, 'utf8');
    const rewritten = rewrite(html);
    pages += 1;
    removed += html.length - rewritten.length;
    if (rewritten !== html) await writeFile(`${outDir}${file}`, rewritten);
  }
  return { pages, removed };
}

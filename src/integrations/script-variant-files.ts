import { glob as listFiles, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** A locale whose content is converted from another's at build time, e.g. `zh-hant` from `zh`. */
export interface ScriptVariant {
  from: string;
  to: string;
  /** Converts one source file; throws, naming `file`, when the result is unusable. */
  convert: (source: string, options: { from: string; to: string; file: string }) => string;
}

/** What writeVariantFiles converts: one variant, from which folder, into which. */
export interface VariantFilesOptions extends ScriptVariant {
  /** Content root holding the locale folders, e.g. `/site/content`. */
  base: string;
  /** Folder that receives `<to>/…`, mirroring `<from>/…`. */
  outDir: string;
  /** glob() pattern over locale folders, e.g. `*\/mistakes/*.mdx`: the files of `<from>/` it matches are converted. */
  pattern: string | string[];
  /** Errors name source files relative to this folder (the project root). */
  root: string;
}

/** A path with `/` between its parts whatever the platform's separator: glob patterns and `from/` prefixes are written so. */
export const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Converts every file of `<base>/<from>/` that the pattern matches into `<outDir>/<to>/` at the same relative path,
 * rewriting only files whose text changed and removing those whose source is gone. Returns the written paths.
 */
export async function writeVariantFiles(options: VariantFilesOptions): Promise<string[]> {
  const { base, outDir, from, to, root } = options;
  const patterns = [options.pattern].flat().filter((pattern) => !pattern.startsWith('!'));
  const sources = new Set<string>();
  for (const pattern of patterns) {
    for await (const entry of listFiles(pattern, { cwd: base })) {
      if (toPosix(entry).startsWith(`${from}/`)) sources.add(toPosix(entry));
    }
  }
  const targetDir = join(outDir, to);
  const written: string[] = [];
  for (const entry of [...sources].sort()) {
    const file = toPosix(relative(root, join(base, entry)));
    const converted = options.convert(await readFile(join(base, entry), 'utf8'), { from, to, file });
    const target = join(targetDir, entry.slice(from.length + 1));
    const previous = await readFile(target, 'utf8').catch(() => undefined); // A missing file is simply written.
    if (previous !== converted) {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, converted);
    }
    written.push(target);
  }
  const existing = await readdir(targetDir, { recursive: true, withFileTypes: true }).catch(() => []); // No folder yet: nothing stale.
  const stale = existing
    .filter((item) => item.isFile())
    .map((item) => join(item.parentPath, item.name))
    .filter((path) => !written.includes(path));
  await Promise.all(stale.map((path) => rm(path)));
  return written;
}

import { glob } from 'node:fs/promises';
import { basename } from 'node:path';
import { build, formatMessages, type BuildOptions, type BuildResult, type Plugin } from 'esbuild';
import { joinBase } from '../../lib/base-path.ts';

/** What the pages need of the browser code: inline scripts by name, and the URL of each island's module by name. */
export interface BrowserCode {
  /** `src/islands/…/<name>.inline.ts`, bundled to one minified script each (the built-pages pass hashes it into each page's CSP). */
  inlineScripts: Record<string, { code: string }>;
  /**
   * `src/islands/…/<name>-element.ts`, loaded by the island loader when its island needs it, and `<name>.lazy.ts`, a
   * heavy part an island loads itself when the reader asks for it (the workshop's QR scanner), by name.
   */
  islandModules: Record<string, string>;
}

/** Where bundled island modules are served from, under the base path: beside Astro's own hashed assets. */
export const islandDirectory = '_astro/';

const inlineSuffix = '.inline.ts';
const lazySuffixes = ['-element.ts', '.lazy.ts'];

/** The name a module is known by: its file name without the suffix, e.g. `search` for `search-element.ts`. */
function moduleName(file: string): string {
  const name = basename(file);
  const suffix = lazySuffixes.find((candidate) => name.endsWith(candidate)) ?? '.ts';
  return name.slice(0, -suffix.length);
}

async function find(root: string, pattern: string): Promise<string[]> {
  const files: string[] = [];
  for await (const file of glob(pattern, { cwd: root })) files.push(`${root}${file}`);
  return files.sort();
}

/** Build-time data island code imports as `kb:data/<name>` (e.g. the script maps search folds queries with), as JSON. */
export type BrowserData = Record<string, unknown>;

/** Serves `kb:data/<name>` imports from build-time data, so that islands carry it in their own bundle. */
function dataModules(data: BrowserData): Plugin {
  return {
    name: 'kb-data',
    setup(build) {
      build.onResolve({ filter: /^kb:data\// }, ({ path }) => ({ path: path.slice('kb:data/'.length), namespace: 'kb-data' }));
      build.onLoad({ filter: /.*/, namespace: 'kb-data' }, ({ path }) => {
        if (!Object.hasOwn(data, path)) return { errors: [{ text: `no build-time data "${path}" (astro.config.mjs: browserCode({ data }))` }] };
        return { contents: JSON.stringify(data[path]), loader: 'json' };
      });
    },
  };
}

/** Runs esbuild; its errors become one readable error naming each file and line. */
async function bundle(options: BuildOptions): Promise<BuildResult> {
  try {
    return await build(options);
  } catch (error) {
    const errors = (error as { errors?: Parameters<typeof formatMessages>[0] }).errors;
    if (!errors) throw error;
    throw new Error(`Browser code in src/islands/ does not build:\n${(await formatMessages(errors, { kind: 'error' })).join('\n')}`, { cause: error });
  }
}

/**
 * Bundles every browser entry of `src/islands/` with esbuild: inline scripts to strings (the page carries them, so a
 * plain page makes no script request), island modules to hashed files in `outDir` (one file each), loaded only
 * when a reader needs them. The dev server runs the same bundles (browser-code/index.ts serves `outDir`), named without
 * a hash so that a rebuild after an edit keeps their URLs.
 */
export async function bundleBrowserCode({
  root,
  base,
  outDir,
  dev,
  data = {},
}: {
  root: string;
  base: string;
  outDir: string;
  dev: boolean;
  data?: BrowserData;
}): Promise<BrowserCode> {
  const common: BuildOptions = {
    bundle: true,
    minify: true,
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    // src/lib/base-path.ts reads the base path from here, as it does from Vite in pages.
    define: { 'import.meta.env': JSON.stringify({ BASE_URL: base, PROD: !dev, DEV: dev }) },
    logLevel: 'silent',
    plugins: [dataModules(data)],
  };
  const inlineScripts: BrowserCode['inlineScripts'] = {};
  for (const entry of await find(root, `src/islands/**/*${inlineSuffix}`)) {
    const result = await bundle({ ...common, entryPoints: [entry], format: 'iife', write: false });
    const code = result.outputFiles?.[0]?.text.trim() ?? '';
    inlineScripts[basename(entry, inlineSuffix)] = { code };
  }

  const lazy = (await Promise.all(lazySuffixes.map((suffix) => find(root, `src/islands/**/*${suffix}`)))).flat();
  const islandModules: BrowserCode['islandModules'] = {};
  const result = await bundle({
    ...common,
    entryPoints: lazy,
    format: 'esm',
    // No shared chunks: each island is one request, which matters more on a bad network than the few hundred bytes
    // of helpers (locales, strings) that two islands both carry.
    splitting: false,
    outdir: outDir,
    entryNames: dev ? '[name]' : '[name]-[hash]',
    // WebAssembly a module imports (the QR scanner's decoder) becomes a hashed file beside it, fetched from our origin.
    loader: { '.wasm': 'file' },
    assetNames: '[name]-[hash]',
    publicPath: joinBase(base, `/${islandDirectory}`),
    metafile: true,
  });
  for (const [output, meta] of Object.entries(result.metafile?.outputs ?? {})) {
    if (!meta.entryPoint) continue;
    islandModules[moduleName(meta.entryPoint)] = joinBase(base, `/${islandDirectory}${basename(output)}`);
  }
  return { inlineScripts, islandModules };
}

import { join, matchesGlob, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type DataStore, type Loader, type LoaderContext } from 'astro/loaders';
import { toPosix, writeVariantFiles, type ScriptVariant } from './script-variant-files.ts';

type GlobOptions = Parameters<typeof glob>[0];
type DataEntry = ReturnType<DataStore['values']>[number];

/** A view of the collection's store that lists only some entries, so that two glob() loaders can share it. */
function partOfStore(store: DataStore, owns: (entry: DataEntry) => boolean): DataStore {
  const part: Partial<DataStore> = {
    entries: () => store.entries().filter(([, entry]) => owns(entry)),
    values: () => store.values().filter(owns),
    keys: () =>
      store
        .entries()
        .filter(([, entry]) => owns(entry))
        .map(([id]) => id),
  };
  return new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(part, key) ?? Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

interface VariantRun {
  variant: ScriptVariant;
  outDir: string;
  load: Loader['load'];
}

/**
 * glob() over the content's locale folders, plus one generated folder per script variant, in one collection:
 * with `variants: [{ from: 'zh', to: 'zh-hant', convert }]`, `zh/mistakes/a.mdx` also gives `zh-hant/mistakes/a.mdx`,
 * rendered through the normal MDX pipeline. Generated files live in Astro's cache folder, never in content/;
 * in dev, a change to a source file regenerates its variants.
 */
export function localizedGlob({ variants = [], ...options }: GlobOptions & { variants?: readonly ScriptVariant[] }): Loader {
  const exclusions = variants.map(({ to }) => `!${to}/**`);
  const main = glob({ ...options, pattern: [...[options.pattern].flat(), ...exclusions] });
  return {
    name: 'localized-glob-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = fileURLToPath(new URL(String(options.base ?? '.'), context.config.root));
      const runs: VariantRun[] = variants.map((variant) => {
        const outDir = fileURLToPath(new URL(`script-variants/${context.collection}/`, context.config.cacheDir));
        const others = variants.filter((other) => other !== variant).map(({ to }) => `!${to}/**`);
        return { variant, outDir, load: glob({ ...options, base: pathToFileURL(outDir), pattern: [...[options.pattern].flat(), ...others] }).load };
      });
      const folderOf = (entry: DataEntry) => join(root, entry.filePath ?? '');
      const ownerOf = (entry: DataEntry) => runs.find((run) => folderOf(entry).startsWith(join(run.outDir, run.variant.to, sep)));
      const sourceOf = (run: VariantRun, path: string) => join(base, run.variant.from, relative(join(run.outDir, run.variant.to), path));
      const syncVariant = async (run: VariantRun) => {
        await writeVariantFiles({ ...run.variant, base, outDir: run.outDir, pattern: options.pattern, root });
        // No watcher: watching is ours, since a source change must regenerate the variant before it reloads.
        const { watcher: _watchedBySources, ...unwatched } = context;
        await run.load({
          ...unwatched,
          store: partOfStore(context.store, (entry) => ownerOf(entry) === run),
          // Schema errors name the source file, which the writer edits, not the generated one.
          parseData: (props) => context.parseData({ ...props, ...(props.filePath ? { filePath: sourceOf(run, props.filePath) } : {}) }),
        });
      };
      await main.load({ ...context, store: partOfStore(context.store, (entry) => !ownerOf(entry)) });
      for (const run of runs) await syncVariant(run);
      watchSources(context, { base, pattern: options.pattern }, runs, syncVariant);
    },
  };
}

function watchSources(
  context: LoaderContext,
  { base, pattern }: Pick<GlobOptions, 'pattern'> & { base: string },
  runs: readonly VariantRun[],
  sync: (run: VariantRun) => Promise<void>,
): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const patterns = [pattern].flat().filter((item) => !item.startsWith('!'));
  const onChange = async (path: string) => {
    // Editors write temporary files next to the source: only files of the collection count.
    const entry = toPosix(relative(base, path));
    if (!patterns.some((item) => matchesGlob(entry, item))) return;
    for (const run of runs.filter(({ variant }) => entry.startsWith(`${variant.from}/`))) {
      try {
        await sync(run);
        // Vite ignores files under node_modules (the cache folder): tell it the generated module changed.
        watcher.emit('change', join(run.outDir, run.variant.to, relative(join(base, run.variant.from), path)));
        logger.info(`Regenerated ${run.variant.to} from ${toPosix(relative(fileURLToPath(context.config.root), path))}`);
      } catch (error) {
        logger.error(error instanceof Error ? error.message : String(error));
      }
    }
  };
  for (const event of ['change', 'add', 'unlink']) watcher.on(event, (path: string) => void onChange(path));
}

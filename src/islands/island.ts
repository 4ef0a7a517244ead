import { islandModules } from 'virtual:kb/browser-code';

/** When the island loader (load-islands.inline.ts) imports an island's module. */
export type IslandWhen = 'now' | 'idle' | 'visible' | 'focus' | `param:${string}` | `stored:${string}` | `origin:${string}`;

/**
 * The attributes that make an element an island: the URL of its module (`src/islands/…/<name>-element.ts`, bundled)
 * and when to load it (several conditions are tried in order; see load-islands.inline.ts). Spread them on the island's root element.
 */
export function islandAttributes(name: string, ...when: [IslandWhen, ...IslandWhen[]]): { 'data-island': string; 'data-island-when': string } {
  const url = islandModules[name];
  if (!url) throw new Error(`src/islands/: there is no island module "${name}" (a file named ${name}-element.ts)`);
  return { 'data-island': url, 'data-island-when': when.join(' ') };
}

/** The URL of a module an island loads itself when the reader asks (`src/islands/…/<name>.lazy.ts`), for a `data-` attribute. */
export function lazyModuleUrl(name: string): string {
  const url = islandModules[name];
  if (!url) throw new Error(`src/islands/: there is no lazy module "${name}" (a file named ${name}.lazy.ts)`);
  return url;
}

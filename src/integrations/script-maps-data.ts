import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildScriptMaps } from '../lib/chinese-script/fold-map.ts';
import { packScriptMaps, type PackedScriptMaps } from '../lib/chinese-script/script-map.ts';
import { scriptVariants } from '../lib/locales.ts';

/**
 * The maps search folds queries with (src/lib/chinese-script/script-map.ts), built from every character the written
 * content and UI strings of each variant's source locale use (zh): a Traditional query then finds the Simplified index,
 * and results on /zh-hant/ show in Traditional. Runs once per build, before the browser code is bundled; packed (unpackScriptMaps
 * in the browser).
 */
export function getScriptMapsData(contentDir: string): PackedScriptMaps {
  const texts: string[] = [];
  for (const { from } of scriptVariants) {
    for (const file of globSync(`${from}/**/*.mdx`, { cwd: contentDir })) texts.push(readFileSync(join(contentDir, file), 'utf8'));
    const strings = JSON.parse(readFileSync(new URL(`../i18n/${from}.json`, import.meta.url), 'utf8')) as Record<string, string>;
    texts.push(...Object.values(strings));
  }
  return packScriptMaps(buildScriptMaps(texts));
}

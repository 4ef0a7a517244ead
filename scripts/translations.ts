// The translator's worklist (docs/translations.md): `npm run translations` lists, per file, the segments up to date,
// outdated (with the Chinese diff), unconfirmed and missing; `-- --accept FILE[#id]` records, after review, that the
// English translates today's Chinese; `-- --strict` exits 1 while anything needs work (as the strict build fails).
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { getLanguageName, translationPairs } from '../src/lib/locales.ts';
import { findTranslationFile, readTranslationFiles, writeAcceptance } from '../src/lib/translation/content-files.ts';
import { formatWorklist, isAllCurrent } from '../src/lib/translation/report.ts';

const { values } = parseArgs({
  options: {
    accept: { type: 'string', multiple: true, default: [] },
    strict: { type: 'boolean', default: false },
    content: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
  },
});
const contentDir = values.content;
const prefix = `${relative(process.cwd(), contentDir) || '.'}/`;

function accept(targets: readonly string[]): void {
  const files = readTranslationFiles(contentDir);
  // Which segments to accept per file; undefined: the whole file.
  const chosen = new Map<(typeof files)[number], Set<string> | undefined>();
  for (const target of targets) {
    if (target === 'all') {
      for (const file of files) chosen.set(file, undefined);
      continue;
    }
    const [name = '', id] = target.split('#');
    const file = findTranslationFile(files, contentDir, name);
    if (!file) {
      const [pair] = translationPairs;
      const example = files[1]?.target ?? files[0]?.target ?? (pair && `${pair.target}/introduction.mdx`);
      throw new Error(`--accept ${target}: no translated file is called ${name}${example ? ` (try ${prefix}${example})` : ''}`);
    }
    if (id !== undefined && !file.sourceSegments.some((segment) => segment.id === id)) {
      throw new Error(`--accept ${target}: ${prefix}${file.source} has no segment ${id} (it has ${file.sourceSegments.map((s) => s.id).join(', ')})`);
    }
    if (id !== undefined && !file.translated.has(id))
      throw new Error(`--accept ${target}: the ${getLanguageName(file.pair.target)} has no ${id} yet; translate it first`);
    const ids = chosen.has(file) ? chosen.get(file) : new Set<string>();
    if (id === undefined) chosen.set(file, undefined);
    else if (ids) chosen.set(file, ids.add(id));
  }
  for (const [file, ids] of chosen) {
    writeAcceptance(contentDir, file, ids);
    console.log(
      `accepted ${ids ? [...ids].map((id) => `${prefix}${file.target}#${id}`).join(', ') : `${prefix}${file.target} (every translated segment)`} → ${prefix}${file.lockFile}`,
    );
  }
}

try {
  if (values.accept.length > 0) accept(values.accept);
  const files = readTranslationFiles(contentDir);
  console.log(formatWorklist(files, prefix));
  if (values.strict && !isAllCurrent(files)) {
    console.error('\nSome translations need work (see above). Review each, then run npm run translations -- --accept FILE#id.');
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}

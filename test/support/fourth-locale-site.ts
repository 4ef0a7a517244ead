import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { dump, load } from 'js-yaml';
import { defaultLocale } from '../../src/lib/locales.ts';
import { buildSite } from './build-site.ts';
import { copyProject } from './project-copy.ts';
import { fixtureContentDir } from './fixture-site.ts';
import { getTempRoot } from './temp.ts';

const root = new URL('../../', import.meta.url).pathname;
/** test/fixtures/fourth-locale/: the added locale's row, strings, content and glossary sides. */
export const fourthLocaleFixture = new URL('../fixtures/fourth-locale/', import.meta.url).pathname;
const fixture = fourthLocaleFixture;

/** The added locale, as test/fixtures/fourth-locale/locale.json gives its row of the locale table. */
export const fourthLocale = (JSON.parse(readFileSync(join(fixture, 'locale.json'), 'utf8')) as { id: string; row: Record<string, unknown> }).id;

const tableEnd = '} as const satisfies Record<string, LocaleDefinition>;';

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/**
 * Adds the locale as docs/adding-a-locale.md says, to a copy of the project and of the fixture site's content: a row in
 * src/lib/locales.ts, a strings file (and the new locale's name in the others), content files and a glossary side.
 * Nothing else of src/ changes: that is what the build proves.
 */
function addLocale(project: string, content: string): void {
  const { id, row } = readJson<{ id: string; row: Record<string, unknown> }>(join(fixture, 'locale.json'));
  const table = join(project, 'src/lib/locales.ts');
  const source = readFileSync(table, 'utf8');
  if (!source.includes(tableEnd)) throw new Error(`src/lib/locales.ts: the locale table no longer ends with "${tableEnd}"; update ${import.meta.url}`);
  writeFileSync(table, source.replace(tableEnd, `  ${JSON.stringify(id)}: ${JSON.stringify(row)},\n${tableEnd}`));

  writeFileSync(join(project, `src/i18n/${id}.json`), `${JSON.stringify(getFourthLocaleStrings(), null, 2)}\n`);
  for (const [locale, added] of Object.entries(readJson<Record<string, Record<string, string>>>(join(fixture, 'strings-of-other-locales.json')))) {
    const file = join(project, `src/i18n/${locale}.json`);
    writeFileSync(file, `${JSON.stringify({ ...readJson<Record<string, string>>(file), ...added }, null, 2)}\n`);
  }

  cpSync(fixtureContentDir, content, { recursive: true });
  cpSync(join(fixture, 'content'), content, { recursive: true });
  const sides = load(readFileSync(join(fixture, 'glossary-sides.yaml'), 'utf8')) as Record<string, unknown>;
  const terms = load(readFileSync(join(content, 'glossary.yaml'), 'utf8')) as { id: string }[];
  writeFileSync(join(content, 'glossary.yaml'), dump(terms.map((term) => ({ ...term, [id]: sides[term.id] }))));
}

/**
 * The added locale's strings file: the fixture's French strings over the default locale's (so that a key added to the
 * site later needs no French here), and French's `_many` plural form wherever only `_other` is given.
 */
export function getFourthLocaleStrings(): Record<string, string> {
  const strings: Record<string, string> = {
    ...readJson<Record<string, string>>(join(root, `src/i18n/${defaultLocale}.json`)),
    ...readJson<Record<string, string>>(join(fixture, `${fourthLocale}.json`)),
  };
  for (const [key, value] of Object.entries(strings)) if (key.endsWith('_other')) strings[key.replace(/_other$/, '_many')] ??= value;
  return strings;
}

async function prepareAndBuild(dir: string): Promise<{ dist: string; contentDir: string }> {
  const project = join(dir, 'project');
  const contentDir = join(dir, 'content');
  copyProject(project);
  addLocale(project, contentDir);
  const result = await buildSite({ CONTENT_DIR: contentDir, BASE_PATH: '/' }, 'fourth-locale', dir, project);
  if (result.status !== 0) throw new Error(`The fourth-locale build failed:\n${result.output}`);
  return { dist: result.outDir, contentDir };
}

/**
 * Builds the fixture site with a fourth locale (test/fixtures/fourth-locale/) once per test run, whichever test file asks
 * first (in the run's temporary root), and returns its dist/ and content. Test files run in several processes: the first to create the folder builds,
 * the others wait for its result. Only the files that test this build pay for it.
 */
export async function getFourthLocaleSite(): Promise<{ dist: string; contentDir: string }> {
  // KB_TESTS_KEEP_BUILDS (test/support/fixture-site.ts) keeps this build too, for the next runs.
  // Set but empty is not set: the build goes under the run's temporary root, not into a relative folder.
  const keepDir = process.env.KB_TESTS_KEEP_BUILDS || undefined;
  const dir = join(keepDir ?? getTempRoot(), 'fourth-locale-site');
  if (keepDir) mkdirSync(keepDir, { recursive: true });
  const done = join(dir, 'done.json');
  try {
    mkdirSync(dir);
  } catch {
    // Another test file is building it: wait for its result (a build takes a minute or so on a busy machine).
    for (let waited = 0; !existsSync(done); waited += 1) {
      if (waited > 600) throw new Error(`The fourth-locale build in ${dir} did not finish within 5 minutes`);
      await sleep(500);
    }
    const result = readJson<{ dist?: string; contentDir?: string; error?: string }>(done);
    if (result.error !== undefined || !result.dist || !result.contentDir) throw new Error(result.error ?? 'The fourth-locale build failed');
    return { dist: result.dist, contentDir: result.contentDir };
  }
  try {
    const built = await prepareAndBuild(dir);
    writeFileSync(done, JSON.stringify(built));
    return built;
  } catch (error) {
    writeFileSync(done, JSON.stringify({ error: String(error) }));
    throw error;
  }
}

/** The locales' folders of the built site, e.g. for a check that the added one is there. */
export function listLocaleFolders(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

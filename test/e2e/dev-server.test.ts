import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { searchRuntimePath } from '../../src/lib/search/bundle-path.ts';
import { openPage } from '../support/browser.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { findUniqueWord, fixture, searchWords } from '../support/fixture-content.ts';
import { fixtureContentDir } from '../support/fixture-site.ts';
import { readResults } from '../support/search-results.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { t } from '../support/ui-strings.ts';

// `npm run dev` on the fixture site, with the fixture's build as its last build: what a developer trying a change sees.
const browser = useSharedBrowser();
const english = findUniqueWord('en', searchWords.en);
const page = `/en/mistakes/${fixture.getMistake('en', 1).slug}/`;
let server: DevServer | undefined;

const origin = () => {
  if (!server) throw new Error('the dev server is not started yet');
  return server.origin;
};

beforeAll(async () => {
  server = await startDevServer({ contentDir: fixtureContentDir, outDir: inject('fixtureDist') });
}, 240_000);

afterAll(async () => {
  await server?.close();
}, 30_000);

describe('npm run dev', () => {
  it("runs the build's island code and searches the last build's index", async () => {
    const { page: tab, foreignRequests } = await openPage(browser());
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await tab.goto(`${origin()}${page}`);
    // The search island is the esbuild bundle the build ships, not its source through Vite.
    const island = (await tab.locator('kb-search[data-island]').first().getAttribute('data-island')) ?? '';
    expect(island).toMatch(/^\/_astro\/search-element\.js$/);

    await tab.locator('#search-panel-input').fill(searchWords.en);
    const { hits } = await readResults(tab, '.search--panel');
    expect(new URL(hits[0]?.href ?? '', origin()).pathname).toBe(`/en/mistakes/${english.mistake.slug}/`);
    expect(requested).toContain(island);
    expect(requested).toContain(`${searchRuntimePath}pagefind.js`);
    expect(requested.filter((path) => path.startsWith('/src/islands/') && path.endsWith('.ts'))).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('says, where there is no index yet, that it is being built and how to get search', async () => {
    const { page: tab } = await openPage(browser());
    await tab.route(`**${searchRuntimePath}pagefind.js`, (route) => route.fulfill({ status: 404, body: '' }));
    await tab.goto(`${origin()}${page}`);
    await tab.locator('#search-panel-input').fill(searchWords.en);
    const { status } = await readResults(tab, '.search--panel');
    expect(status).toBe(t('en', 'search.devError'));
  });
});

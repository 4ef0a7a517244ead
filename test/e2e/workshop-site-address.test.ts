import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { decodeQrOnScreen, decodeQrSvg } from '../support/qr-svg.ts';
import { useSharedBrowser } from '../support/shared-browser.ts';
import { builtOrigin } from '../support/workshop-room.ts';

// The fixture sites are built for one address (SITE_URL unset: http://localhost:4321, the address a forgotten SITE_URL
// leaves) and served from another (127.0.0.1 on a random port), at the root and under /kb/: as a site deployed with the
// wrong SITE_URL, or copied to another host. Every code a room scans or a handout prints must lead where the page is.
const sites = [
  ['the root', inject('fixtureUrl')],
  ['a sub-path', inject('fixtureSubPathUrl')],
] as const;
const browser = useSharedBrowser();

describe('codes that point where the site is served', () => {
  it.each(sites)('the room’s QR code and typed address lead to the self-check where the page is served, at %s', async (_where, url) => {
    expect(new URL(url).origin).not.toBe(builtOrigin);
    const { page, foreignRequests } = await openPage(browser());
    await page.goto(`${url}/en/workshop/`);
    const target = `${url}/en/self-check/`;
    const qr = page.getByRole('img', { name: 'QR code of the self-check’s address' });
    await expect.poll(async () => decodeQrSvg(await qr.evaluate((svg) => svg.outerHTML))).toEqual([target]);
    expect(await decodeQrOnScreen(qr)).toEqual([target]);
    const address = target.replace(/^http:\/\//, '');
    expect(await page.getByText('Or type this address:').textContent()).toBe(`Or type this address: ${address}`);
    expect(await page.getByRole('link', { name: address }).evaluate((link) => (link as HTMLAnchorElement).href)).toBe(target);
    expect(foreignRequests).toEqual([]);
  });

  it.each(sites)('a printed mistake page’s QR code leads to its short link where the page is served, at %s', async (_where, url) => {
    const { page } = await openPage(browser());
    await page.goto(`${url}/zh/mistakes/${await firstMistakeSlug(url)}/`);
    await page.emulateMedia({ media: 'print' });
    const qr = page.locator('.handout-qr svg');
    const target = `${url}/zh/1/`;
    await expect.poll(async () => decodeQrSvg(await qr.evaluate((svg) => svg.outerHTML))).toEqual([target]);
    expect(await decodeQrOnScreen(qr)).toEqual([target]);
    expect(await page.locator('.handout-qr figcaption').textContent()).toContain(target);
  });

  it('draws nothing in the browser where the page is served from the address it was built for: no script is fetched', async () => {
    const { page } = await openPage(browser());
    const scripts: string[] = [];
    page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)));
    // The same build, asked for under the address it was built for (the host header is all a static server sees).
    await page.route(`${builtOrigin}/**`, async (route) =>
      route.fulfill({ response: await route.fetch({ url: route.request().url().replace(builtOrigin, inject('fixtureUrl')) }) }),
    );
    await page.goto(`${builtOrigin}/en/mistakes/${await firstMistakeSlug(inject('fixtureUrl'))}/`, { waitUntil: 'networkidle' });
    expect(scripts.filter((path) => path.includes('site-qr'))).toEqual([]);
  });
});

/** The slug mistake 1's short link leads to, read from the short link page itself. */
async function firstMistakeSlug(url: string): Promise<string> {
  const html = await (await fetch(`${url}/zh/1/`)).text();
  const slug = /mistakes\/([\w-]+)\//.exec(html)?.[1];
  if (!slug) throw new Error(`${url}/zh/1/ does not lead to a mistake`);
  return slug;
}

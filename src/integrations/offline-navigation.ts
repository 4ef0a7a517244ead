// Runs inside the service worker: workbox-build copies these functions into sw.js as source text, so they may use
// nothing from outside themselves (no imports, no constants of this module), only what a worker has.

interface NavigationError {
  request: Request;
}

/**
 * A Workbox plugin for the navigation route: when a page is neither on the network nor in the offline copy, answer as the
 * host would online. A folder's address without its slash (`/en/search`) is redirected to the folder when the copy has
 * it; any other missing path gets the 404 page of its language (`/zh/404.html`, `/zh-tw/404.html`), or the site-wide one.
 */
export const offlineNavigation = {
  handlerDidError: async ({ request }: NavigationError): Promise<Response | undefined> => {
    if (request.mode !== 'navigate') return undefined;
    const scope = new URL((self as unknown as { registration: { scope: string } }).registration.scope);
    const url = new URL(request.url);
    if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return undefined;
    const path = url.pathname.slice(scope.pathname.length);
    // Precached files are keyed with a revision in their query: match them whatever it is.
    const find = (file: string) => caches.match(new URL(file, scope).href, { ignoreSearch: true });
    if (path && !path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) {
      const folder = (await find(`${path}/index.html`)) ?? (await find(`${path}/`));
      if (folder) return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
    }
    const prefix = path.split('/')[0];
    const page = (prefix && path.includes('/') ? await find(`${prefix}/404.html`) : undefined) ?? (await find('404.html'));
    if (!page) return undefined;
    return new Response(await page.blob(), { status: 404, statusText: 'Not Found', headers: page.headers });
  },
};

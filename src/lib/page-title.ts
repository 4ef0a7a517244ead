/** Longest `<title>` search results show in full; a page's own title that would not fit with the site's name goes alone. */
export const maxTitleLength = 70;

/**
 * The `<title>` of a page: its own title, then the site's short name, unless the title already names the site
 * (home pages) or the two together would be cut in search results.
 * @example getPageTitle('Segmenting by assets', 'Segmentation mistakes') // 'Segmenting by assets · Segmentation mistakes'
 */
export function getPageTitle(title: string, siteShortName: string, { namesSite = false } = {}): string {
  const suffixed = `${title} · ${siteShortName}`;
  return namesSite || suffixed.length > maxTitleLength ? title : suffixed;
}

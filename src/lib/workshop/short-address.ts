/**
 * Returns an address as people type it: without the scheme (a phone's browser adds it) and without a `www.`.
 * @example toShortAddress('https://www.kb.example.org/kb/en/self-check/') // 'kb.example.org/kb/en/self-check/'
 */
export function toShortAddress(url: string): string {
  const { host, pathname, search, hash } = new URL(url);
  return `${host.replace(/^www\./, '')}${pathname}${search}${hash}`;
}

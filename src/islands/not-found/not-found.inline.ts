// The site-wide 404 page holds every language, and a host that knows no other (GitHub Pages, Netlify) answers every
// missing path with it. This keeps only the language of the path asked for (`/zh/nope/` → 简体, `/zh-tw/nope/` → 繁體),
// and all of them elsewhere. Each part names its path prefixes in `data-not-found-prefixes`.
const base = document.currentScript?.dataset.base ?? '/';
const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : '';
const prefix = path.includes('/') ? path.split('/')[0] : undefined;
const parts = [...document.querySelectorAll<HTMLElement>('[data-not-found-prefixes]')];
const chosen = parts.filter((part) => prefix !== undefined && part.dataset.notFoundPrefixes?.split(' ').includes(prefix));
if (chosen.length > 0) {
  for (const part of parts) part.hidden = !chosen.includes(part);
  const lang = chosen[0]?.lang;
  if (lang) document.documentElement.lang = lang;
  const title = chosen.find((part) => part.dataset.title)?.dataset.title;
  if (title) document.title = title;
}

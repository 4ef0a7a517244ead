// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphAnchors } from './src/lib/paragraph-anchors.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { useTranslations } from './src/i18n/index.ts';

// Deployers set SITE_URL (canonical and hreflang URLs are absolute) and BASE_PATH (to serve from a sub-path).
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.OUT_DIR ?? './dist',
  // Tests build fixture sites side by side; each needs its own content cache.
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  markdown: { processor: satteri({ hastPlugins: [paragraphAnchors({ base, permalinkLabel: (locale) => useTranslations(locale)('permalink.label') })] }) },
  // Order matters: the service worker precaches the search index, so it is written last.
  integrations: [mdx(), searchIndex(), serviceWorker()],
  devToolbar: { enabled: false },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphAnchors } from './src/integrations/markdown/paragraph-anchors.ts';
import { glossaryLinks } from './src/integrations/markdown/glossary-links.ts';
import { getGlossaryTermForms } from './src/integrations/markdown/glossary-terms.ts';
import { translationNotices } from './src/integrations/markdown/translation-notices.ts';
import { browserCode } from './src/integrations/browser-code/index.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { builtPages } from './src/integrations/built-pages.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';
import { translationCheck } from './src/integrations/translation-check.ts';
import { getScriptMapsData } from './src/integrations/script-maps-data.ts';
import { getSynonymsData } from './src/integrations/synonyms-data.ts';
import { useTranslations } from './src/i18n/index.ts';

// Deployers set SITE_URL (canonical and hreflang URLs are absolute) and BASE_PATH (to serve from a sub-path).
const sitePlaceholder = 'http://localhost:4321';
const site = process.env.SITE_URL ?? sitePlaceholder;
const base = process.env.BASE_PATH ?? '/';
// Tests build fixture content with the real pipeline (src/content.config.ts reads the same variable).
const contentDir = process.env.CONTENT_DIR ?? './content';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.OUT_DIR ?? './dist',
  // Tests build fixture sites side by side, each in a copy of the project with node_modules linked: each needs its own
  // content cache, and its own Vite dependency cache (by default node_modules/.vite, where two builds re-optimizing at
  // once failed with ENOTEMPTY).
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  vite: process.env.CACHE_DIR ? { cacheDir: `${process.env.CACHE_DIR}/vite` } : {},
  // No code blocks in the article, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      hastPlugins: [
        paragraphAnchors({ base, permalinkLabel: (locale) => useTranslations(locale)('permalink.label') }),
        glossaryLinks({ base, termsFor: getGlossaryTermForms(contentDir) }),
        // Last: it reads the ids the anchor plugin gave and writes links with the base path itself.
        translationNotices({
          base,
          contentDir,
          strings: (locale) => ({ text: useTranslations(locale)('translation.outdated'), link: useTranslations(locale)('translation.readOriginal') }),
        }),
      ],
    }),
  },
  // No `security.csp`: each page's Content-Security-Policy is written by the one pass over the built pages (builtPages,
  // src/lib/csp.ts spells it), from the inline code the page really holds.
  // Order matters: the search index reads the pages; builtPages finishes them and writes the deploy rules; the service
  // worker precaches the finished site.
  integrations: [
    siteUrlWarning({ siteUrl: process.env.SITE_URL, placeholder: sitePlaceholder }),
    translationCheck({ contentDir, mode: process.env.TRANSLATIONS }),
    mdx(),
    browserCode({ data: () => ({ 'script-maps': getScriptMapsData(contentDir), synonyms: getSynonymsData(contentDir) }) }),
    searchIndex(),
    devSearchIndex(),
    builtPages(),
    serviceWorker(),
  ],
  devToolbar: { enabled: false },
});

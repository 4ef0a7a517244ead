// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphAnchors } from './src/integrations/markdown/paragraph-anchors.ts';
import { glossaryLinks } from './src/integrations/markdown/glossary-links.ts';
import { getGlossaryTermForms } from './src/integrations/markdown/glossary-terms.ts';
import { browserCode } from './src/integrations/browser-code/index.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { deployHeaders } from './src/integrations/deploy-headers.ts';
import { pagePolicies } from './src/integrations/page-policies.ts';
import { getScriptMapsData } from './src/integrations/script-maps-data.ts';
import { contentSecurityPolicy } from './src/lib/csp.ts';
import { useTranslations } from './src/i18n/index.ts';

// Deployers set SITE_URL (canonical and hreflang URLs are absolute) and BASE_PATH (to serve from a sub-path).
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// Tests build fixture content with the real pipeline (src/content.config.ts reads the same variable).
const contentDir = process.env.CONTENT_DIR ?? './content';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.OUT_DIR ?? './dist',
  // Tests build fixture sites side by side; each needs its own content cache.
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // No code blocks in the article, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      hastPlugins: [
        paragraphAnchors({ base, permalinkLabel: (locale) => useTranslations(locale)('permalink.label') }),
        glossaryLinks({ base, termsFor: getGlossaryTermForms(contentDir) }),
      ],
    }),
  },
  // Astro hashes every script and style it writes into each page's policy; the rest of the policy is ours.
  security: { csp: { directives: [...contentSecurityPolicy] } },
  // Order matters: pages' policies are narrowed first; the service worker precaches the search index, and the headers
  // file reads the finished pages.
  integrations: [mdx(), browserCode({ data: () => ({ 'script-maps': getScriptMapsData(contentDir) }) }), pagePolicies(), searchIndex(), devSearchIndex(), serviceWorker(), deployHeaders()],
  devToolbar: { enabled: false },
});

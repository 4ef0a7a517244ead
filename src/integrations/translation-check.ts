import type { AstroIntegration } from 'astro';
import { checkTranslations } from '../lib/translation/build-check.ts';

/**
 * The drift guard at the start of every build and dev server: in strict mode (TRANSLATIONS=strict) an outdated English
 * segment stops the build before any page is rendered, rather than after the content is loaded a minute in; by default
 * it is a warning, and the pages mark each outdated paragraph (src/integrations/markdown/translation-notices.ts).
 */
export function translationCheck({ contentDir, mode }: { contentDir: string; mode: string | undefined }): AstroIntegration {
  return {
    name: 'kb:translation-check',
    hooks: {
      'astro:config:setup': () => checkTranslations(contentDir, mode),
    },
  };
}

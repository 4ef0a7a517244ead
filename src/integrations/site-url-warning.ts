import type { AstroIntegration } from 'astro';

/** What embeds the site's address (SITE_URL) at build time, for the warning below; update it with any new place. */
export const siteUrlPlaces = [
  'canonical and hreflang links',
  'sitemap.xml and robots.txt',
  'the printed “Online at …” address',
  'the handouts’ QR codes',
  'the workshop room’s QR code and typed address',
] as const;

/**
 * The warning of a production build without SITE_URL, or undefined when it is set: every absolute address then points
 * at the placeholder. The QR codes and the room's address are redrawn in the browser where the page is served from
 * elsewhere, but not without JavaScript, and the rest not at all.
 */
export function getSiteUrlWarning(siteUrl: string | undefined, placeholder: string): string | undefined {
  if (siteUrl) return undefined;
  return `SITE_URL is not set: ${siteUrlPlaces.join(', ')} point to ${placeholder}. Build with SITE_URL=https://your.site (see docs/deploy.md).`;
}

/** Warns once per `astro build` (never in dev, where the placeholder is the dev server's address) when SITE_URL is unset. */
export function siteUrlWarning({ siteUrl, placeholder }: { siteUrl: string | undefined; placeholder: string }): AstroIntegration {
  return {
    name: 'kb:site-url-warning',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const warning = command === 'build' ? getSiteUrlWarning(siteUrl, placeholder) : undefined;
        if (warning) logger.warn(warning);
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { parseSiteUrl } from '../lib/site-url.ts';

/**
 * Stops `astro build` (however it is started) when SITE_URL is missing or not
 * a root address, before anything is written; dev, check and preview go on
 * with the local preview address.
 */
export function siteUrlGuard(): AstroIntegration {
  return {
    name: 'atlas:site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') parseSiteUrl(process.env.SITE_URL);
      },
    },
  };
}

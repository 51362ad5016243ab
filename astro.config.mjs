// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import atlasBuild from './src/integrations/atlas-build.ts';
import { arqueroWithoutEval } from './src/integrations/arquero-without-eval.ts';
import { fileURLToPath } from 'node:url';
import { siteUrlGuard } from './src/integrations/site-url.ts';
import { PREVIEW_ORIGIN } from './src/lib/site-url.ts';

export default defineConfig({
  // Canonical addresses need the public origin: SITE_URL, which a build requires (siteUrlGuard; README "Deploy").
  site: process.env.SITE_URL || PREVIEW_ORIGIN,
  trailingSlash: 'always',
  // siteUrlGuard: no build without the public address. atlasBuild: releases, _headers, sitemap, link and accessibility
  // checks, Pagefind index — so `astro build` alone yields the whole site.
  integrations: [siteUrlGuard(), mdx(), atlasBuild()],
  build: {
    format: 'directory',
    // Stylesheets as files: cacheable, and no inline <style> for a strict CSP.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [
      // Arquero without `new Function`, so /explore/ keeps the strict CSP (src/lib/explore/arquero-without-eval.ts).
      arqueroWithoutEval(),
      {
        // The explorer uses no Arrow: keep Arquero's Arrow dependency out of the browser bundle only.
        name: 'atlas:no-arrow-in-browser',
        enforce: 'pre',
        resolveId(id, _importer, options) {
          if (id === '@uwdata/flechette' && !options?.ssr) return fileURLToPath(new URL('./src/lib/explore/no-arrow.ts', import.meta.url));
          return null;
        },
      },
    ],
    // Arquero goes through Vite in the build too, so the plugin above reaches its imports (the first view is computed as the browser computes it).
    ssr: { noExternal: ['arquero'] },
    build: {
      // Never inline scripts or assets into HTML: a strict CSP allows scripts from files only.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Harmless: emitted once per MDX file that imports an .astro component.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});

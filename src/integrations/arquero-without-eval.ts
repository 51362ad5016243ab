import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STAND_IN = fileURLToPath(new URL('../lib/explore/arquero-unroll.ts', import.meta.url));

/**
 * A Vite plugin that gives Arquero's own modules a loop unroller made of
 * closures instead of `new Function` (src/lib/explore/arquero-unroll.ts). Used by
 * the site build and by Vitest, so the build, the tests and the browser all run
 * Arquero the same way.
 */
export function arqueroWithoutEval(): Plugin {
  return {
    name: 'atlas:arquero-without-eval',
    enforce: 'pre',
    resolveId(id, importer) {
      if (importer && /[\\/]arquero[\\/]src[\\/]/.test(importer) && /(^|\/)util\/unroll\.js$/.test(id)) return STAND_IN;
      return null;
    },
  };
}

/**
 * Build the site: check data → Astro build (with the checks and the Pagefind index
 * of src/integrations/atlas-build.ts) → publish as dist/.
 *   npm run build
 */
import { BuildError, buildSite } from './lib/site-build.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  await buildSite();
} catch (error) {
  console.error(`✗ build failed; the previous dist/ (if any) is unchanged.\n${error instanceof BuildError ? `${error.message}\nHint: ${error.hint}` : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
}

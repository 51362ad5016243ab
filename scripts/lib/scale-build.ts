/**
 * One build of the scale benchmark, in its own process so the data and content
 * folders (ATLAS_DATA_DIR, ATLAS_CONTENT_DIR) are read fresh. Prints its timings as JSON.
 *   node scripts/lib/scale-build.ts OUT_DIR CACHE_DIR
 */
import { buildSite } from './site-build.ts';

const [outDir, cacheDir] = process.argv.slice(2);
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A local measurement: the site is served from this machine, so its address is the preview one unless given.
process.env.SITE_URL ||= 'http://localhost:4321';
const timings = await buildSite({ outDir: outDir!, cacheDir, dataDir: process.env.ATLAS_DATA_DIR!, log: () => undefined });
console.log(JSON.stringify(timings));

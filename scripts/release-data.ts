/**
 * Cut an immutable, versioned release of the data.
 *   npm run data:release                 release with today's date
 *   npm run data:release -- --dry-run    say what kind of release it would be
 *   npm run data:release -- --date=2026-12-01
 */
import path from 'node:path';
import { ReleaseError, releaseData } from './lib/release.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const date = process.argv.find((a) => a.startsWith('--date='))?.slice(7) ?? new Date().toISOString().slice(0, 10);
const site = process.env.SITE_URL?.replace(/\/$/, '');
try {
  releaseData({ dataDir: path.resolve('data'), date, homepage: site ? `${site}/data/` : undefined, dryRun: process.argv.includes('--dry-run') });
} catch (error) {
  console.error(`✗ ${error instanceof ReleaseError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
}

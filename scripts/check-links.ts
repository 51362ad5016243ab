/**
 * Check the links of a built site: every internal link and #anchor must
 * resolve (exit 1 otherwise); external links are listed for review, never fetched.
 *   npm run check:links [-- --external]
 */
import path from 'node:path';
import { checkLinks } from '../src/lib/quality/links.ts';
import { listFiles, readPages } from '../src/lib/quality/site-files.ts';

const root = path.resolve(process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? 'dist');
const { broken, external } = checkLinks(readPages(root), listFiles(root));
if (process.argv.includes('--external')) {
  console.log('External links (not fetched; review by hand):');
  for (const e of external) console.log(`  ${e.scheme.padEnd(22)} ${e.href}  (${e.pages.length} page${e.pages.length === 1 ? '' : 's'})`);
}
const byScheme = Object.groupBy(external, (e) => e.scheme);
console.log(`External links: ${external.length} (${Object.entries(byScheme).map(([k, v]) => `${v!.length} ${k}`).join(', ')}); run with --external to list them.`);
if (broken.length) {
  console.error(`✗ ${broken.length} broken internal link${broken.length === 1 ? '' : 's'}:`);
  for (const b of broken) console.error(`  - ${b.page}: ${b.href} — ${b.reason}`);
  process.exit(1);
}
console.log('✓ every internal link and anchor resolves.');

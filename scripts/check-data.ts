/**
 * Validate every dataset in data/, every released file against its checksum,
 * and the MDX pages in content/ against the data; print all problems at once.
 *   npm run check:data
 * Exits 1 when anything is wrong, so the build stops before publishing.
 */
import { CONTENT_DIR, DATA_DIR, checkData, diskReader } from '../src/lib/data/load.ts';
import { formatIssue } from '../src/lib/data/issues.ts';

const issues = checkData(diskReader(DATA_DIR), { content: diskReader(CONTENT_DIR) });
if (issues.length) {
  console.error(`✗ data/ has ${issues.length} problem${issues.length === 1 ? '' : 's'}:`);
  for (const issue of issues) console.error(`  - ${formatIssue(issue)}`);
  console.error('Fix these, then run `npm run check:data` again. Nothing was built.');
  process.exit(1);
}
console.log('✓ data/ is valid.');

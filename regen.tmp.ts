import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkData } from './src/lib/data/load.ts';
import { formatIssue } from './src/lib/data/issues.ts';
import { overlayReader, FIXTURES } from './tests/fixtures/overlay.ts';
for (const name of process.argv.slice(2)) {
  const dir = path.join(FIXTURES, 'bad', name);
  writeFileSync(path.join(dir, 'expected.txt'), checkData(overlayReader(dir)).map(formatIssue).join('\n') + '\n');
}

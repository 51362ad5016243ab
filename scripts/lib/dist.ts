import { statSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../src/lib/quality/site-files.ts';

/** Total bytes of the files under a folder. */
export function dirSize(dir: string): number {
  return listFiles(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
}

/** Number of HTML pages under a folder. */
export function countPages(dir: string): number {
  return listFiles(dir).filter((f) => f.endsWith('.html')).length;
}

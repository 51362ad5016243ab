import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuiltPage } from '../../src/lib/quality/links.ts';

/** Every file of a built site, as site paths ("/data/latest/studies.csv"). */
export function listFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(root, full));
    else out.push(`/${path.relative(root, full).split(path.sep).join('/')}`);
  }
  return out.sort();
}

/** The HTML pages of a built site with their site paths ("/studies/copro/"). */
export function readPages(root: string): BuiltPage[] {
  return listFiles(root)
    .filter((f) => f.endsWith('.html') && !f.startsWith('/pagefind/'))
    .map((f) => ({ path: f.replace(/index\.html$/, ''), html: readFileSync(path.join(root, f), 'utf8') }));
}

/** Total bytes of the files under a folder. */
export function dirSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirSize(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size), 0);
}

/** Number of HTML pages under a folder. */
export function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countPages(path.join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);
}

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BuiltPage } from './links.ts';

/** Every file of a built site, as site paths ("/data/latest/studies.csv"), sorted. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .sort();
}

/** The HTML pages of a built site with their site paths ("/studies/copro/"); Pagefind's own files are not pages. */
export function readPages(root: string): BuiltPage[] {
  return listFiles(root)
    .filter((f) => f.endsWith('.html') && !f.startsWith('/pagefind/'))
    .map((f) => ({ path: f.replace(/index\.html$/, ''), html: readFileSync(path.join(root, f), 'utf8') }));
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { readPages } from '../../src/lib/quality/site-files.ts';

export const DIST = path.resolve('dist');

/** Fail early with a useful message when the site has not been built. */
export function requireBuild(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this for you).');
  }
}

/** The built page at a site path such as /studies/copro/, as a DOM document. */
export function page(sitePath: string): Document {
  const file = path.join(DIST, sitePath, sitePath.endsWith('/') ? 'index.html' : '');
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** Every HTML page in dist/, as site paths ("/studies/copro/"). */
export function allPages(dir = DIST): string[] {
  return readPages(dir).map((p) => p.path);
}

/** The public origin the site in dist/ was built for, read from its robots.txt (SITE_URL at build time). */
export function builtOrigin(): string {
  const robots = readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
  const sitemap = /^Sitemap: (\S+)\/sitemap\.xml$/m.exec(robots)?.[1];
  if (!sitemap) throw new Error('dist/robots.txt names no sitemap: rebuild with `npm run build`.');
  return sitemap;
}

/** Whitespace-normalised text of an element. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

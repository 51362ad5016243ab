import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

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

/** Every HTML file in dist/, as site paths ("/studies/copro/"). */
export function allPages(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === 'pagefind' || name === '_astro') continue;
      out.push(...allPages(full));
    } else if (name.endsWith('.html')) {
      const rel = path.relative(DIST, full).replace(/\\/g, '/');
      out.push(`/${rel.replace(/index\.html$/, '')}`);
    }
  }
  return out.sort();
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

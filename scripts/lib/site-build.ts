import { cpSync, existsSync, readFileSync, readdirSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { CONTENT_DIR, DATA_DIR, checkData, diskReader } from '../../src/lib/data/load.ts';
import { formatIssue } from '../../src/lib/data/issues.ts';
import { checkLinks } from '../../src/lib/quality/links.ts';
import { checkA11y } from '../../src/lib/quality/a11y-static.ts';
import { headersFile } from '../../src/lib/security.ts';
import { robotsTxt, sitemapPaths, sitemapXml } from '../../src/lib/sitemap.ts';
import { SITE_ORIGIN } from '../../src/lib/site.ts';
import { parseSiteUrl } from '../../src/lib/site-url.ts';
import { listFiles, readPages } from './dist.ts';
import { overBudget } from './weight.ts';

/** Timings of one build, in milliseconds, by step. */
export interface BuildTimings {
  checkData: number;
  astro: number;
  index: number;
  links: number;
  total: number;
}

export class BuildError extends Error {}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

/** Copy every data release to /data/<version>/ and the latest to /data/latest/: stable download addresses. */
export function publishReleases(dataDir: string, siteDir: string): void {
  const index = JSON.parse(readFileSync(path.join(dataDir, 'releases', 'index.json'), 'utf8')) as { releases: { version: string }[] };
  for (const { version } of index.releases) cpSync(path.join(dataDir, 'releases', version), path.join(siteDir, 'data', version), { recursive: true });
  const latest = index.releases.at(-1);
  if (latest) cpSync(path.join(dataDir, 'releases', latest.version), path.join(siteDir, 'data', 'latest'), { recursive: true });
}

/** Index the built pages with Pagefind's Node API; the index covers <main data-pagefind-body> only. */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new BuildError(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new BuildError(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new BuildError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/**
 * Build the site in steps: validate the data, build with Astro into a temporary
 * folder, check its links, index it, then swap it into place. A failure at any step leaves the
 * previous dist/ untouched, so a broken build publishes nothing.
 */
export async function buildSite({ root = process.cwd(), outDir = 'dist', dataDir = DATA_DIR, cacheDir = undefined as string | undefined, log = console.log } = {}): Promise<BuildTimings> {
  const start = performance.now();
  const [issues, checkMs] = await timed(() => checkData(diskReader(dataDir), { content: diskReader(CONTENT_DIR) }));
  if (issues.length) {
    throw new BuildError(`data/ has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was built:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
  }
  log(`✓ data checked (${checkMs.toFixed(0)} ms)`);
  // Before Astro starts: a build without the public address would write a guess into every page.
  try {
    parseSiteUrl(process.env.SITE_URL);
  } catch (error) {
    throw new BuildError(error instanceof Error ? error.message : String(error));
  }

  const final = path.resolve(root, outDir);
  // The temporary folders sit beside the target, so the final rename stays on one file system.
  const temp = path.join(path.dirname(final), `.dist-building-${process.pid}`);
  const old = path.join(path.dirname(final), `.dist-old-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  try {
    const [, astroMs] = await timed(() => build({ root, outDir: temp, logLevel: 'warn', ...(cacheDir ? { cacheDir } : {}) }));
    log(`✓ astro build (${(astroMs / 1000).toFixed(1)} s)`);
    publishReleases(dataDir, temp);
    const topLevel = readdirSync(temp, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    writeFileSync(path.join(temp, '_headers'), headersFile(topLevel));
    const pages = readPages(temp);
    writeFileSync(path.join(temp, 'sitemap.xml'), sitemapXml(sitemapPaths(pages.map((p) => p.path)), SITE_ORIGIN));
    writeFileSync(path.join(temp, 'robots.txt'), robotsTxt(SITE_ORIGIN));
    const [{ broken }, linksMs] = await timed(() => checkLinks(pages, listFiles(temp)));
    if (broken.length) {
      throw new BuildError(`${broken.length} broken internal link${broken.length === 1 ? '' : 's'}; nothing was published:\n${broken.map((b) => `  - ${b.page}: ${b.href} — ${b.reason}`).join('\n')}`);
    }
    log(`✓ links and anchors checked (${linksMs.toFixed(0)} ms)`);
    const a11y = checkA11y(pages);
    if (a11y.length) {
      throw new BuildError(`${a11y.length} accessibility problem${a11y.length === 1 ? '' : 's'}; nothing was published:\n${a11y.map((i) => `  - ${i.page} [${i.rule}]: ${i.detail}`).join('\n')}`);
    }
    log(`✓ page structure checked for accessibility (${pages.length} pages)`);
    const heavy = overBudget(temp, pages.map((p) => p.path));
    if (heavy.length) throw new BuildError(`${heavy.length} page${heavy.length === 1 ? '' : 's'} over budget; nothing was published:\n${heavy.map((h) => `  - ${h}`).join('\n')}`);
    log('✓ byte budgets kept on every page');
    const [{ pages: indexed }, indexMs] = await timed(() => indexSite(temp));
    log(`✓ search index: ${indexed} pages (${(indexMs / 1000).toFixed(1)} s)`);
    if (existsSync(final)) renameSync(final, old);
    renameSync(temp, final);
    rmSync(old, { recursive: true, force: true });
    const total = performance.now() - start;
    log(`✓ built ${path.relative(root, final) || '.'}/ in ${(total / 1000).toFixed(1)} s`);
    return { checkData: checkMs, astro: astroMs, links: linksMs, index: indexMs, total };
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { channel } from 'node:diagnostics_channel';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { DATA_DIR } from '../lib/data/load.ts';
import { checkA11y } from '../lib/quality/a11y-static.ts';
import { checkLinks, type BuiltPage } from '../lib/quality/links.ts';
import { listFiles, readPages } from '../lib/quality/site-files.ts';
import { headersFile } from '../lib/security.ts';
import { robotsTxt, sitemapPaths, sitemapXml } from '../lib/sitemap.ts';

/** The steps this integration adds to every `astro build`, in order. */
export type BuildStep = 'files' | 'links' | 'a11y' | 'index';

/** A finished step, as published on BUILD_STEPS: what it did and how long it took. */
export interface BuildStepReport {
  step: BuildStep;
  ms: number;
  summary: string;
}

/**
 * Where the steps report their timings. A diagnostics channel is process-wide, so
 * scripts/lib/site-build.ts and the benchmark hear it although Astro loads this
 * module through its own config loader (a second module instance).
 */
export const BUILD_STEPS = 'co-production-atlas:build-step';

/** A failure of a build step: what happened (message) and what to do (hint), as Astro prints errors. */
export class BuildError extends Error {
  hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.name = 'BuildError';
    this.hint = hint;
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Copy every data release to /data/<version>/ and the latest to /data/latest/: stable download addresses. */
export function publishReleases(dataDir: string, siteDir: string): void {
  const index = JSON.parse(readFileSync(path.join(dataDir, 'releases', 'index.json'), 'utf8')) as { releases: { version: string }[] };
  for (const { version } of index.releases) cpSync(path.join(dataDir, 'releases', version), path.join(siteDir, 'data', version), { recursive: true });
  const latest = index.releases.at(-1);
  if (latest) cpSync(path.join(dataDir, 'releases', latest.version), path.join(siteDir, 'data', 'latest'), { recursive: true });
}

/** Write the files a host reads beside the pages: `_headers`, `sitemap.xml` and `robots.txt`. */
export function writeHostFiles(siteDir: string, origin: string): void {
  const topLevel = readdirSync(siteDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  writeFileSync(path.join(siteDir, '_headers'), headersFile(topLevel));
  const pages = readPages(siteDir).map((p) => p.path);
  writeFileSync(path.join(siteDir, 'sitemap.xml'), sitemapXml(sitemapPaths(pages), origin));
  writeFileSync(path.join(siteDir, 'robots.txt'), robotsTxt(origin));
}

/** Fail when an internal link or #anchor of the pages leads nowhere on the site. */
export function assertLinks(pages: readonly BuiltPage[], files: readonly string[]): number {
  const { broken } = checkLinks(pages, files);
  if (broken.length) {
    throw new BuildError(
      `${plural(broken.length, 'broken internal link')}; nothing was published:\n${broken.map((b) => `  - ${b.page}: ${b.href} — ${b.reason}`).join('\n')}`,
      'Fix the link in the page or its data, or add the page or #anchor it points to.',
    );
  }
  return pages.length;
}

/** Fail on structural accessibility problems (language, headings, labels, captions, names). */
export function assertA11y(pages: readonly BuiltPage[]): number {
  const issues = checkA11y(pages);
  if (issues.length) {
    throw new BuildError(
      `${plural(issues.length, 'accessibility problem')}; nothing was published:\n${issues.map((i) => `  - ${i.page} [${i.rule}]: ${i.detail}`).join('\n')}`,
      'See src/lib/quality/a11y-static.ts for what each rule asks of a page.',
    );
  }
  return pages.length;
}

/**
 * Wait for a Pagefind call, but not forever: when Pagefind's process dies (it
 * panics, for instance, when pagefind/ already exists as a file), its Node API
 * never answers and the build would hang.
 */
function answered<T>(call: Promise<T>, what: string, ms: number, hint: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BuildError(`Pagefind did not answer within ${ms / 1000} s while it ${what}; its process may have stopped.`, hint)), ms);
  });
  call.catch(() => undefined); // Rejected by close() after a timeout; the timeout already reported it.
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}

/** Index the built pages with Pagefind's Node API; the index covers <main data-pagefind-body> only. */
export async function indexSite(siteDir: string, { timeoutMs = 120_000 } = {}): Promise<number> {
  const output = path.join(siteDir, 'pagefind');
  const hint = 'Pagefind writes its index to pagefind/ in the output folder; make sure nothing else (such as public/pagefind) takes that name.';
  if (existsSync(output)) throw new BuildError(`${output} exists before Pagefind ran; the search index cannot be written there.`, hint);
  try {
    const { index, errors } = await answered(pagefind.createIndex({}), 'started', timeoutMs, hint);
    if (!index) throw new BuildError(`Pagefind could not start: ${errors.join('; ')}`, hint);
    const added = await answered(index.addDirectory({ path: siteDir }), 'read the pages', timeoutMs, hint);
    if (added.errors.length) throw new BuildError(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`, hint);
    const written = await answered(index.writeFiles({ outputPath: output }), 'wrote the index', timeoutMs, hint);
    if (written.errors.length) throw new BuildError(`Pagefind could not write its index: ${written.errors.join('; ')}`, hint);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * The site's post-build steps as an Astro integration, so a plain `astro build`
 * (what static hosts' Astro presets run) yields the whole site: data releases,
 * `_headers`, sitemap and robots.txt; then the link and accessibility checks,
 * which fail the build; then the Pagefind index. `npm run build` wraps this in
 * a data check and an atomic swap into dist/ (scripts/lib/site-build.ts).
 */
export default function atlasBuild({ dataDir = DATA_DIR }: { dataDir?: string } = {}): AstroIntegration {
  let origin = 'http://localhost:4321';
  const steps = channel(BUILD_STEPS);
  return {
    name: 'co-production-atlas:build',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = config.site.replace(/\/$/, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const step = async (name: BuildStep, run: () => number | Promise<number>, summary: (n: number) => string) => {
          const start = performance.now();
          const n = await run();
          const report: BuildStepReport = { step: name, ms: performance.now() - start, summary: summary(n) };
          logger.info(`✓ ${report.summary} (${report.ms.toFixed(0)} ms)`);
          steps.publish(report);
        };
        await step(
          'files',
          () => {
            publishReleases(dataDir, siteDir);
            writeHostFiles(siteDir, origin);
            return 0;
          },
          () => 'data releases, _headers, sitemap.xml and robots.txt written',
        );
        const pages = readPages(siteDir);
        await step('links', () => assertLinks(pages, listFiles(siteDir)), (n) => `links and anchors of ${plural(n, 'page')} checked`);
        await step('a11y', () => assertA11y(pages), (n) => `page structure of ${plural(n, 'page')} checked for accessibility`);
        await step('index', () => indexSite(siteDir), (n) => `search index: ${plural(n, 'page')}`);
      },
    },
  };
}

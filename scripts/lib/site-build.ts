import { existsSync, lstatSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import path from 'node:path';
import { build } from 'astro';
import { CONTENT_DIR, DATA_DIR, checkData, diskReader } from '../../src/lib/data/load.ts';
import { formatIssue } from '../../src/lib/data/issues.ts';
import { parseSiteUrl } from '../../src/lib/site-url.ts';
import { readPages } from '../../src/lib/quality/site-files.ts';
import { overBudget } from './weight.ts';
import { BUILD_STEPS, BuildError, type BuildStepReport } from '../../src/integrations/atlas-build.ts';

export { BuildError };

/** Timings of one build, in milliseconds, by step. */
export interface BuildTimings {
  checkData: number;
  /** Astro's own work: rendering every page and bundling. */
  astro: number;
  /** Releases, _headers, sitemap (the integration's first step). */
  files: number;
  links: number;
  a11y: number;
  index: number;
  total: number;
}

/**
 * What a running build keeps beside its output, named by its process id:
 * `.dist-building-<pid>` while it builds, `.dist-link-<pid>` for a moment while
 * it publishes. Published builds are `.dist-<pid>-<n>` (see publish()).
 */
const TEMPORARY = /^\.dist-(?:building|link)-(\d+)$/;

/** Whether a process id belongs to a running process. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Remove what interrupted builds (killed, so unable to clean up) left beside
 * `final`: temporary folders of processes that no longer run. Returns their names.
 */
export function removeStaleBuilds(final: string): string[] {
  const parent = path.dirname(final);
  if (!existsSync(parent)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    const pid = Number(TEMPORARY.exec(name)?.[1] ?? NaN);
    if (Number.isNaN(pid) || alive(pid)) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

let published = 0;
const PUBLISHED = /^\.dist-\d+-\d+$/;

/**
 * Publish a finished build: `final` (dist/) is a symbolic link to a folder
 * beside it, replaced with one rename(2), so there is never a moment without a
 * dist/, and a failure before that rename leaves the previous site in place.
 * The previous copy stays until the next publish, so a reader (a server) that
 * resolved dist/ just before the switch still finds its files.
 * Over a plain dist/ folder (an older build), the folder is moved aside first:
 * a link cannot replace a folder in one step, so only that first switch has a gap.
 */
export function publish(built: string, final: string): void {
  const parent = path.dirname(final);
  let previous = isLink(final) ? path.basename(readlinkSync(final)) : undefined;
  const target = `.dist-${process.pid}-${++published}`;
  renameSync(built, path.join(parent, target));
  const link = path.join(parent, `.dist-link-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(target, link, 'dir');
  if (existsSync(final) && !isLink(final)) {
    previous = `.dist-${process.pid}-0`;
    rmSync(path.join(parent, previous), { recursive: true, force: true });
    renameSync(final, path.join(parent, previous));
  }
  renameSync(link, final);
  for (const name of readdirSync(parent)) {
    if (PUBLISHED.test(name) && name !== target && name !== previous) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

/** Remove `temp` if the process is interrupted, then let the signal end it as it would have. */
function cleanUpOnSignal(temp: string): () => void {
  const handler = (signal: NodeJS.Signals) => {
    rmSync(temp, { recursive: true, force: true });
    stop();
    process.kill(process.pid, signal);
  };
  const stop = () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return stop;
}

/**
 * Build the site: validate the data, then `astro build` into a temporary folder
 * (its integration, src/integrations/atlas-build.ts, writes the releases and host
 * files, checks links and accessibility and indexes the pages), then publish it
 * as dist/. A failure or an interruption at any step leaves the previous dist/
 * as it was and no temporary folder behind.
 */
export async function buildSite({ root = process.cwd(), outDir = 'dist', dataDir = DATA_DIR, cacheDir = undefined as string | undefined, log = console.log } = {}): Promise<BuildTimings> {
  const start = performance.now();
  // The MDX pages of the site being built: its content/ folder (ATLAS_CONTENT_DIR for the scale benchmark), if it has one.
  const contentDir = root === process.cwd() ? CONTENT_DIR : path.join(root, 'content');
  const issues = checkData(diskReader(dataDir), existsSync(contentDir) ? { content: diskReader(contentDir) } : {});
  if (issues.length) {
    throw new BuildError(`data/ has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was built:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`, 'Fix the data files named above; `npm run check:data` lists the same problems.');
  }
  const checkMs = performance.now() - start;
  log(`✓ data checked (${checkMs.toFixed(0)} ms)`);
  // Before Astro starts: a build without the public address would write a guess into every page.
  try {
    parseSiteUrl(process.env.SITE_URL);
  } catch (error) {
    throw new BuildError(error instanceof Error ? error.message : String(error), 'Set SITE_URL to the public address, e.g. SITE_URL=https://atlas.example.org npm run build.');
  }

  const final = path.resolve(root, outDir);
  for (const name of removeStaleBuilds(final)) log(`✓ removed ${name}, left by an interrupted build`);
  // The temporary folder sits beside the target, so publishing stays on one file system.
  const temp = path.join(path.dirname(final), `.dist-building-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  const steps: Partial<Record<BuildStepReport['step'], number>> = {};
  const onStep = (message: unknown) => {
    const report = message as BuildStepReport;
    steps[report.step] = report.ms;
    log(`✓ ${report.summary} (${report.ms.toFixed(0)} ms)`);
  };
  subscribe(BUILD_STEPS, onStep);
  const stopWatching = cleanUpOnSignal(temp);
  try {
    const astroStart = performance.now();
    await build({ root, outDir: temp, logLevel: 'warn', ...(cacheDir ? { cacheDir } : {}) });
    const stepsMs = Object.values(steps).reduce((a, b) => a + b, 0);
    const astroMs = performance.now() - astroStart - stepsMs;
    // Byte budgets, before anything is published: a page that outgrew them stops the build (P12).
    const heavy = overBudget(temp, readPages(temp).map((p) => p.path));
    if (heavy.length) throw new BuildError(`${heavy.length} page${heavy.length === 1 ? '' : 's'} over budget; nothing was published:\n${heavy.map((h) => `  - ${h}`).join('\n')}`, 'See src/lib/quality/budgets.ts; `npm run bench` shows the weight of every page type.');
    log('✓ byte budgets kept on every page');
    publish(temp, final);
    const total = performance.now() - start;
    log(`✓ built ${path.relative(root, final) || '.'}/ in ${(total / 1000).toFixed(1)} s`);
    return { checkData: checkMs, astro: astroMs, files: steps.files ?? 0, links: steps.links ?? 0, a11y: steps.a11y ?? 0, index: steps.index ?? 0, total };
  } finally {
    unsubscribe(BUILD_STEPS, onStep);
    stopWatching();
    rmSync(temp, { recursive: true, force: true });
  }
}

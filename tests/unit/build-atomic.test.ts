import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildError, buildSite, publish, removeStaleBuilds } from '../../scripts/lib/site-build.ts';
import { GOOD } from '../fixtures/overlay.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const INTEGRATION = path.join(REPO, 'src/integrations/atlas-build.ts');

const PAGE = (body: string, title = 'Fixture') => `---
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>${title}</title></head>
  <body><main id="content" data-pagefind-body>${body}</main></body>
</html>
`;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A minimal Astro site in a temporary folder, built with the site's own build
 * integration and the good data fixture; `files` adds or replaces files in it.
 */
function fixtureSite(files: Record<string, string> = {}): { root: string; dist: string; data: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-site-'));
  made.push(root);
  symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const data = path.join(root, 'data');
  cpSync(GOOD, data, { recursive: true });
  mkdirSync(path.join(data, 'releases'));
  writeFileSync(path.join(data, 'releases', 'index.json'), '{ "releases": [] }\n');
  const all: Record<string, string> = {
    'package.json': '{ "type": "module" }\n',
    'astro.config.mjs': `import atlasBuild from ${JSON.stringify(INTEGRATION)};\nexport default { site: 'https://atlas.example.org', trailingSlash: 'always', build: { format: 'directory' }, integrations: [atlasBuild({ dataDir: ${JSON.stringify(data)} })] };\n`,
    'src/pages/index.astro': PAGE('<h1>Fixture</h1><p>A page to build, check and index. <a href="/about/">About</a></p>'),
    'src/pages/about.astro': PAGE('<h1>About</h1><p>Back <a href="/">home</a>.</p>', 'About'),
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return { root, dist: path.join(root, 'dist'), data };
}

/** A previous site in dist/ that a failed build must leave alone. */
function previousSite(dist: string): void {
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), 'previous good site');
}

/** Names of the build's own folders beside dist/ (temporary, published, links). */
const buildFolders = (root: string) => readdirSync(root).filter((n) => n.startsWith('.dist-'));

/** A process id that is certainly not running: one of a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

const quiet = { log: () => undefined };

describe('a failed build publishes nothing', () => {
  it('stops at bad data with every problem listed, and leaves the previous site untouched', async () => {
    const { root, dist, data } = fixtureSite();
    writeFileSync(path.join(data, 'findings.csv'), readFileSync(path.join(data, 'findings.csv'), 'utf8').replace(',SE,refugees', ',XX,refugees'));
    previousSite(dist);
    const logs: string[] = [];
    await expect(buildSite({ root, dataDir: data, log: (s) => logs.push(s) })).rejects.toThrow(BuildError);
    await expect(buildSite({ root, dataDir: data, ...quiet })).rejects.toThrow('data/findings.csv, line 2, column "countries": found "XX"');
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('previous good site');
    expect(logs).toEqual([]);
    expect(buildFolders(root)).toEqual([]);
  });

  it.each([
    ['Astro (a page throws while rendering)', { 'src/pages/broken.astro': '---\nthrow new Error("deliberate failure while rendering");\n---\n' }, 'deliberate failure while rendering'],
    ['the link check', { 'src/pages/index.astro': PAGE('<h1>Fixture</h1><p><a href="/nowhere/">A broken link</a></p>') }, '1 broken internal link; nothing was published'],
    ['the accessibility check', { 'src/pages/index.astro': PAGE('<h1>Fixture</h1><h3>Skipped a level</h3><p><a href="/about/">About</a></p>') }, '1 accessibility problem; nothing was published'],
    ['the search index (Pagefind cannot write pagefind/)', { 'public/pagefind': 'a file where Pagefind writes its folder' }, 'Pagefind'],
  ])('stops at %s, leaves the previous site untouched and no temporary folder', async (_stage, files, message) => {
    const { root, dist, data } = fixtureSite(files);
    previousSite(dist);
    await expect(buildSite({ root, dataDir: data, ...quiet })).rejects.toThrow(message);
    expect(lstatSync(dist).isSymbolicLink()).toBe(false);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('previous good site');
    expect(buildFolders(root)).toEqual([]);
  });
});

describe('publishing a build', () => {
  it('yields the whole site from the integration and swaps it in as dist/, replacing the previous one', async () => {
    const { root, dist, data } = fixtureSite();
    previousSite(dist);
    const logs: string[] = [];
    const timings = await buildSite({ root, dataDir: data, log: (s) => logs.push(s) });
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    for (const file of ['index.html', 'about/index.html', '_headers', 'sitemap.xml', 'robots.txt', 'pagefind/pagefind.js']) expect(existsSync(path.join(dist, file)), file).toBe(true);
    expect(readFileSync(path.join(dist, 'sitemap.xml'), 'utf8')).toContain('<loc>https://atlas.example.org/about/</loc>');
    expect(logs.some((l) => l.startsWith('✓ search index: 2 pages'))).toBe(true);
    expect(timings.index).toBeGreaterThan(0);
    const first = readlinkSync(dist);
    // The previous site stays beside the new one until the next build, for readers in flight.
    expect(buildFolders(root).sort()).toEqual([`.dist-${process.pid}-0`, first].sort());
    expect(readFileSync(path.join(root, `.dist-${process.pid}-0`, 'index.html'), 'utf8')).toBe('previous good site');

    await buildSite({ root, dataDir: data, ...quiet });
    const second = readlinkSync(dist);
    expect(second).not.toBe(first);
    expect(buildFolders(root).sort()).toEqual([first, second].sort());
  });

  it('never leaves a moment without dist/ while it switches', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'atlas-swap-'));
    made.push(root);
    const dist = path.join(root, 'dist');
    const shared = new Int32Array(new SharedArrayBuffer(8));
    // A second thread looks for dist/index.html as fast as it can while this one publishes.
    const watcher = new Worker(
      `const { existsSync } = require('node:fs'); const { workerData } = require('node:worker_threads');
       const flags = new Int32Array(workerData.buffer);
       while (Atomics.load(flags, 0) === 0) { if (!existsSync(workerData.file)) Atomics.add(flags, 1, 1); }`,
      { eval: true, workerData: { buffer: shared.buffer, file: path.join(dist, 'index.html') } },
    );
    const build = (n: number) => {
      const dir = path.join(root, `.dist-building-${process.pid}`);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'index.html'), `build ${n}`);
      return dir;
    };
    publish(build(0), dist);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Builds come minutes apart; a millisecond between switches still gives the watcher hundreds of switches to catch,
    // while a reader has to stall across two whole switches (the copy before the previous is deleted) to miss one.
    for (let n = 1; n <= 300; n++) {
      publish(build(n), dist);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    Atomics.store(shared, 0, 1);
    await new Promise((resolve) => watcher.on('exit', resolve));
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('build 300');
    expect(Atomics.load(shared, 1)).toBe(0);
    expect(buildFolders(root)).toHaveLength(2);
  });

  it('removes temporary folders of builds that were killed, never those of a running build or the published one', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'atlas-stale-'));
    made.push(root);
    const dead = deadPid();
    for (const name of [`.dist-building-${dead}`, `.dist-${dead}-2`, `.dist-building-${process.pid}`]) mkdirSync(path.join(root, name));
    symlinkSync(`.dist-${dead}-2`, path.join(root, `.dist-link-${dead}`), 'dir');
    symlinkSync(`.dist-${dead}-2`, path.join(root, 'dist'), 'dir');
    expect(removeStaleBuilds(path.join(root, 'dist')).sort()).toEqual([`.dist-building-${dead}`, `.dist-link-${dead}`]);
    expect(buildFolders(root).sort()).toEqual([`.dist-${dead}-2`, `.dist-building-${process.pid}`]);
  });

  it('cleans up its temporary folder when interrupted (SIGINT), leaving the previous site', async () => {
    const { root, dist } = fixtureSite();
    previousSite(dist);
    const child = spawn(process.execPath, [path.join(REPO, 'scripts/build.ts')], { cwd: root, stdio: 'ignore', env: { ...process.env, ATLAS_DATA_DIR: path.join(root, 'data') } });
    const temp = path.join(root, `.dist-building-${child.pid}`);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    for (let i = 0; i < 600 && !existsSync(temp); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(temp)).toBe(true);
    child.kill('SIGINT');
    const { code, signal } = await exited;
    expect(signal ?? code).toBe('SIGINT');
    expect(existsSync(temp)).toBe(false);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('previous good site');
  });
});

describe('a plain `astro build`', () => {
  it('yields the search index, sitemap and _headers through the integration', () => {
    const { root } = fixtureSite();
    const result = spawnSync(process.execPath, [path.join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(result.status, result.stderr).toBe(0);
    for (const file of ['_headers', 'sitemap.xml', 'robots.txt', 'pagefind/pagefind.js']) expect(existsSync(path.join(root, 'dist', file)), file).toBe(true);
  });

  it('is what the site itself is configured with', async () => {
    const { default: config } = (await import('../../astro.config.mjs')) as { default: { integrations: { name: string }[] } };
    expect(config.integrations.map((i) => i.name)).toContain('co-production-atlas:build');
  });
});

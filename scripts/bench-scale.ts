/**
 * Scale benchmark: build a SYNTHETIC corpus of 10, 100 and 1,000 extra studies
 * (10 findings each) in a temporary folder and report how the cost grows.
 *   npm run bench:scale [-- --sizes=10,100,1000]
 * Never touches data/ or dist/. Prints a table; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSyntheticCorpus } from './lib/synthetic.ts';
import { countPages, dirSize } from './lib/dist.ts';
import { kb, printTable } from './lib/table.ts';
import { serveStatic } from './lib/static-server.ts';
import { launch } from './lib/chromium.ts';
import type { BuildTimings } from './lib/site-build.ts';

const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '10,100,1000').split(',').map(Number);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const rows: (string | number)[][] = [];
const browser = await launch();
for (const n of sizes) {
  const tmp = mkdtempSync(path.join(tmpdir(), `atlas-scale-${n}-`));
  try {
    const { dataDir, contentDir } = writeSyntheticCorpus(tmp, n);
    const out = path.join(tmp, 'dist');
    process.stdout.write(`building ${n} synthetic studies… `);
    const started = Date.now();
    const stdout = execFileSync(process.execPath, ['scripts/lib/scale-build.ts', out, path.join(tmp, 'cache')], {
      env: { ...process.env, ATLAS_DATA_DIR: dataDir, ATLAS_CONTENT_DIR: contentDir },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const t = JSON.parse(stdout.trim().split('\n').at(-1)!) as BuildTimings;
    console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
    const pages = countPages(out);
    const { url, server } = await serveStatic(out, { gzip: true });
    const page = await browser.newPage();
    await page.goto(`${url}/search/`, { waitUntil: 'networkidle' });
    const latency = (await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const t0 = performance.now(); await pf.init(); const init = performance.now() - t0;
      const times = [];
      for (const q of ['co-production', 'trust', 'samskaping', 'municipality', 'synthetic finding']) {
        const s = performance.now(); const r = await pf.search(q); await Promise.all(r.results.slice(0, 10).map((x) => x.data())); times.push(performance.now() - s);
      }
      return { init, times };
    })()`)) as { init: number; times: number[] };
    await page.close();
    server.close();
    rows.push([n, pages, Math.round(t.checkData), Math.round(t.astro / 1000), Math.round(t.links + t.a11y), Math.round(t.index / 1000), Math.round(t.total / 1000), Math.round(pages / (t.total / 1000)), kb(dirSize(out)) / 1024 > 1 ? `${(dirSize(out) / 1024 / 1024).toFixed(1)} MB` : `${kb(dirSize(out))} KB`, `${(dirSize(path.join(out, 'pagefind')) / 1024 / 1024).toFixed(1)} MB`, Math.round(latency.times[0]!), Math.round(median(latency.times))]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
await browser.close();
printTable('Scale benchmark: real data plus N SYNTHETIC studies × 10 findings', ['extra studies', 'pages', 'check data ms', 'Astro s', 'links+a11y ms', 'index s', 'total s', 'pages/s', 'dist/', 'index', 'first query ms', 'median query ms'], rows);
console.log('Queries: co-production, trust, samskaping, municipality, "synthetic finding"; each loads its first 10 results. Run on this machine (2 cores).');

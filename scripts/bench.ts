/**
 * Performance benchmark: prints figures, asserts nothing but the byte budgets.
 *   npm run bench [-- --lighthouse-runs=3] [-- --no-build]
 * 1. build time by step; 2. bytes per page type (HTML, CSS, JS; raw and gzip);
 * 3. in Chromium over a gzipping server: requests and bytes transferred per page
 *    type, the Pagefind index and what a typical query fetches; 4. Lighthouse.
 */
import path from 'node:path';
import type { Server } from 'node:http';
import { buildSite } from './lib/site-build.ts';
import { pageWeight } from './lib/weight.ts';
import { countPages, dirSize } from './lib/dist.ts';
import { kb, printTable } from './lib/table.ts';
import { BUDGETS, jsBudget } from '../src/lib/quality/budgets.ts';
import { serveStatic } from './lib/static-server.ts';
import { launch } from './lib/chromium.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const DIST = path.resolve('dist');
const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['studies index', '/studies/'],
  ['study', '/studies/copro/'],
  ['findings index', '/findings/'],
  ['finding', '/findings/iop-tbs-helps/'],
  ['country', '/countries/de/'],
  ['theme', '/themes/governance-contracts/'],
  ['comparison (regimes)', '/compare/welfare-regimes/'],
  ['comparison (cities)', '/compare/oslo-berlin/'],
  ['pair page', '/compare/no-de/'],
  ['compare tool', '/compare/'],
  ['glossary term', '/glossary/iop/'],
  ['SDG page', '/sdg/'],
  ['data catalog', '/data/'],
  ['dataset', '/data/findings/'],
  ['explorer', '/explore/'],
  ['search', '/search/?q=co-production'],
];


// 1. Build
let failed = false;
if (!process.argv.includes('--no-build')) {
  const t = await buildSite({ log: () => undefined });
  printTable('Build time (ms)', ['step', 'time'], [
    ['check data', Math.round(t.checkData)],
    ['Astro build (pages and bundles)', Math.round(t.astro)],
    ['releases, _headers, sitemap', Math.round(t.files)],
    ['link check', Math.round(t.links)],
    ['accessibility check', Math.round(t.a11y)],
    ['Pagefind index', Math.round(t.index)],
    ['total', Math.round(t.total)],
  ]);
}
const pages = countPages(DIST);
console.log(`\n${pages} HTML pages; dist/ ${kb(dirSize(DIST))} KB; Pagefind index ${kb(dirSize(path.join(DIST, 'pagefind')))} KB.`);

// 2. Static weight and budgets
const rows = PAGE_TYPES.map(([name, p]) => {
  const w = pageWeight(DIST, p.split('?')[0]!);
  const budget = jsBudget(w.path);
  const ok = w.html.gz + w.css.gz <= BUDGETS.htmlCssGz && w.js.gz <= budget.bytes;
  if (!ok) failed = true;
  return [name, kb(w.html.raw), kb(w.html.gz), kb(w.css.raw), kb(w.css.gz), kb(w.js.raw), kb(w.js.gz), `${kb(budget.bytes)} ${ok ? '✓' : '✗'}`];
});
printTable('Bytes per page type (KB; gzip level 9)', ['page', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'JS budget'], rows);
console.log(`Budgets: HTML + CSS ≤ ${kb(BUDGETS.htmlCssGz)} KB gz on every page; JS ≤ ${kb(BUDGETS.contentJsGz)} KB gz on content pages, ${kb(BUDGETS.explorerJsGz)} KB gz on the explorer.`);

// 3. In Chromium over a gzipping server
const { url, server } = await serveStatic(DIST, { gzip: true });
const browser = await launch();
const measured: (string | number)[][] = [];
for (const [name, p] of PAGE_TYPES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: { url: string; type: string; bytes: Promise<number> }[] = [];
  page.on('requestfinished', (r) => requests.push({ url: r.url(), type: r.resourceType(), bytes: r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize) }));
  await page.goto(url + p, { waitUntil: 'networkidle' });
  if (p.startsWith('/search/')) await page.waitForSelector('#search-results li', { timeout: 10_000 }).catch(() => undefined);
  const sizes = await Promise.all(requests.map((r) => r.bytes));
  const sum = (pred: (r: (typeof requests)[number]) => boolean) => kb(requests.reduce((n, r, i) => n + (pred(r) ? sizes[i]! : 0), 0));
  measured.push([name, requests.length, sum(() => true), sum((r) => r.type === 'script'), sum((r) => r.url.includes('/pagefind/')), sum((r) => r.type === 'fetch' && !r.url.includes('/pagefind/'))]);
  await context.close();
}
printTable('Loaded in Chromium, gzip on (KB transferred, with headers)', ['page', 'requests', 'total', 'scripts', 'search index', 'data (fetch)'], measured);

// A typical query after the search page is ready: what Pagefind fetches for it.
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/search/`, { waitUntil: 'networkidle' });
  const before: Promise<number>[] = [];
  page.on('requestfinished', (r) => before.push(r.sizes().then((s) => s.responseBodySize)));
  const t0 = Date.now();
  await page.getByLabel('Search studies, findings, comparisons and terms').fill('trust-based governance');
  await page.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 10_000 });
  const ms = Date.now() - t0;
  const bytes = (await Promise.all(before)).reduce((a, b) => a + b, 0);
  console.log(`\nTypical query ("trust-based governance") after the search page loaded: ${kb(bytes)} KB fetched, results after ${ms} ms (includes the 250 ms typing debounce).`);
  await context.close();
}
await browser.close();

// 4. Lighthouse, where it runs here
try {
  const { default: lighthouse } = await import('lighthouse');
  const runs = Number(flag('lighthouse-runs') ?? 1);
  const port = 9300 + Math.floor(Math.random() * 500);
  const chrome = await launch({ args: [`--remote-debugging-port=${port}`] });
  const scores: (string | number)[][] = [];
  for (const [name, p] of PAGE_TYPES.filter(([n]) => ['home', 'study', 'comparison (regimes)', 'dataset', 'explorer', 'search'].includes(n))) {
    const all: number[][] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url + p, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const c = result!.lhr.categories;
      all.push(['performance', 'accessibility', 'best-practices', 'seo'].map((k) => Math.round((c[k]?.score ?? 0) * 100)));
    }
    const median = (i: number) => all.map((a) => a[i]!).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
    scores.push([name, median(0), median(1), median(2), median(3)]);
  }
  await chrome.close();
  printTable(`Lighthouse (mobile, gzip on; median of ${runs} run${runs === 1 ? '' : 's'})`, ['page', 'performance', 'accessibility', 'best practices', 'SEO'], scores);
} catch (error) {
  console.log(`\nLighthouse did not run here: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}
(server as Server).close();
if (failed) {
  console.error('\n✗ a page is over its byte budget (see ✗ above).');
  process.exit(1);
}

/**
 * Performance benchmark: prints figures, asserts nothing but the byte budgets.
 *   npm run bench [-- --lighthouse-runs=3] [-- --no-build] [-- --dist=PATH]
 * 1. build time by step; 2. bytes per page type (HTML, CSS, JS; raw and gzip);
 * 3. in Chromium over a gzipping server: requests, bytes, JavaScript and layout
 *    shift per page type, and the interactive pages against their targets;
 * 4. what a search query fetches; 5. Lighthouse (median of 3 runs by default).
 * --dist=PATH measures another built site (say, a copy of an older build) without building.
 */
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { buildSite } from './lib/site-build.ts';
import { pageWeight } from './lib/weight.ts';
import { countPages, dirSize } from './lib/dist.ts';
import { kb, printTable } from './lib/table.ts';
import { BUDGETS, jsBudget } from '../src/lib/quality/budgets.ts';
import { serveStatic } from './lib/static-server.ts';
import { bodyBytes, launch } from './lib/chromium.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A local measurement: the site is served from this machine, so its address is the preview one unless given.
process.env.SITE_URL ||= 'http://localhost:4321';
const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const DIST = path.resolve(flag('dist') ?? 'dist');
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
  ['search', '/search/'],
  ['search with a query', '/search/?q=co-production'],
];
/** The interactive pages and what the issue asks of them before any interaction (issue 14). */
const TARGETS: { name: string; jsKiB: number }[] = [
  { name: 'explorer', jsKiB: 15 },
  { name: 'compare tool', jsKiB: 15 },
  { name: 'search', jsKiB: 40 },
  { name: 'search with a query', jsKiB: 40 },
];
const MAX_CLS = 0.05;
const LIGHTHOUSE_PAGES = ['home', 'study', 'comparison (regimes)', 'dataset', 'explorer', 'compare tool', 'search with a query'];

// 1. Build
let failed = false;
if (!process.argv.includes('--no-build') && !flag('dist')) {
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
console.log(`\n${DIST === path.resolve('dist') ? 'dist/' : DIST}: ${pages} HTML pages, ${kb(dirSize(DIST))} KB; Pagefind index ${kb(dirSize(path.join(DIST, 'pagefind')))} KB.`);

// 2. Static weight and budgets
const unique = PAGE_TYPES.filter(([, p]) => !p.includes('?'));
const rows = unique.map(([name, p]) => {
  const w = pageWeight(DIST, p);
  const budget = jsBudget(w.path);
  const ok = w.html.gz + w.css.gz <= BUDGETS.htmlCssGz && w.js.gz <= budget.bytes;
  if (!ok) failed = true;
  return [name, kb(w.html.raw), kb(w.html.gz), kb(w.css.raw), kb(w.css.gz), kb(w.js.raw), kb(w.js.gz), `${kb(budget.bytes)} ${ok ? '✓' : '✗'}`];
});
printTable('Bytes per page type (KB; gzip level 9; JS = the scripts the HTML loads and their static imports)', ['page', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'JS budget'], rows);
console.log(`Budgets (src/lib/quality/budgets.ts): HTML + CSS ≤ ${kb(BUDGETS.htmlCssGz)} KB gz on every page; JS ≤ ${kb(BUDGETS.contentJsGz)} KB gz on content pages, ${kb(BUDGETS.explorerJsGz)} KB on the explorer, ${kb(BUDGETS.compareJsGz)} KB on the compare tool, ${kb(BUDGETS.searchJsGz)} KB on the search page.`);

// 3. In Chromium over a gzipping server
const { url, server } = await serveStatic(DIST, { gzip: true });
const browser = await launch();

interface Load {
  requests: number;
  total: number;
  scripts: number;
  index: number;
  data: number;
  cls: number;
}

/** Load a page without touching it; bytes are bodies as transferred (gzip), layout shift as Chromium reports it. */
async function load(browser: Browser, address: string, width: number): Promise<Load> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const requests: { url: string; type: string; bytes: Promise<number> }[] = [];
  // On the context, not the page: a page's events miss what its workers fetch (Pagefind's worker script).
  context.on('requestfinished', (r) => requests.push({ url: r.url(), type: r.resourceType(), bytes: bodyBytes(r) }));
  await page.goto(address, { waitUntil: 'networkidle' });
  if (address.includes('/search/?')) await page.waitForSelector('#search-results li', { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  const cls = (await page.evaluate(() => (window as unknown as { __cls: number }).__cls)) as number;
  const sizes = await Promise.all(requests.map((r) => r.bytes));
  const sum = (pred: (r: (typeof requests)[number]) => boolean) => requests.reduce((n, r, i) => n + (pred(r) ? sizes[i]! : 0), 0);
  const isScript = (r: (typeof requests)[number]) => r.type === 'script' || /\.m?js(\?|$)/.test(r.url);
  const result = {
    requests: requests.length,
    total: sum(() => true),
    scripts: sum(isScript),
    index: sum((r) => r.url.includes('/pagefind/') && !isScript(r)),
    data: sum((r) => r.type === 'fetch' && !r.url.includes('/pagefind/')),
    cls,
  };
  await context.close();
  return result;
}

const loads = new Map<string, { wide: Load; narrow: Load }>();
for (const [name, p] of PAGE_TYPES) loads.set(name, { wide: await load(browser, url + p, 1280), narrow: await load(browser, url + p, 375) });
const cls = (l: { wide: Load; narrow: Load }) => Math.max(l.wide.cls, l.narrow.cls);
printTable(
  'Loaded in Chromium at 1280 px, gzip on, no interaction (KB of bodies as transferred; layout shift: the larger of 1280 and 375 px)',
  ['page', 'requests', 'total', 'JS', 'search index', 'data (fetch)', 'layout shift'],
  PAGE_TYPES.map(([name]) => {
    const l = loads.get(name)!;
    return [name, l.wide.requests, kb(l.wide.total), kb(l.wide.scripts), kb(l.wide.index), kb(l.wide.data), cls(l).toFixed(3)];
  }),
);
printTable(
  `The interactive pages before any interaction (issue 14: JS within target, layout shift < ${MAX_CLS})`,
  ['page', 'JS on load KB gz', 'target', 'layout shift', 'met'],
  TARGETS.map(({ name, jsKiB }) => {
    const l = loads.get(name)!;
    const js = Math.max(l.wide.scripts, l.narrow.scripts);
    return [name, kb(js), `≤ ${jsKiB}`, cls(l).toFixed(3), js <= jsKiB * 1024 && cls(l) < MAX_CLS ? '✓' : '✗'];
  }),
);

// 4. Search queries after the search page is ready: what Pagefind fetches for each.
{
  const rows: (string | number)[][] = [];
  for (const query of ['trust-based governance', 'Denmark']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/search/`, { waitUntil: 'networkidle' });
    // Pagefind loads on first use: focusing the box starts it; count the query alone.
    await page.getByLabel('Search studies, findings, comparisons and terms').focus();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const fetched: { url: string; bytes: Promise<number> }[] = [];
    context.on('requestfinished', (r) => fetched.push({ url: r.url(), bytes: bodyBytes(r) }));
    const t0 = Date.now();
    await page.getByLabel('Search studies, findings, comparisons and terms').fill(query);
    // Results are shown when the first page of them is in the list (the old page filled the list all at once).
    await page.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? '') && document.querySelectorAll('#search-results > li').length > 0, undefined, { timeout: 10_000 });
    const ms = Date.now() - t0;
    // Let any fragment still on its way arrive (a load state would have been reached long before).
    await page.waitForTimeout(1000);
    const pagefind = fetched.filter((f) => f.url.includes('/pagefind/'));
    const bytes = (await Promise.all(pagefind.map((f) => f.bytes))).reduce((a, b) => a + b, 0);
    const fragments = pagefind.filter((f) => f.url.includes('/fragment/')).length;
    const shown = await page.locator('#search-results > li').count();
    const status = (await page.locator('#search-status').innerText()).trim();
    rows.push([`"${query}"`, kb(bytes), pagefind.length, fragments, shown, ms, status]);
    await context.close();
  }
  printTable('Bytes per query, after the search page is ready (KB as transferred; time includes the 250 ms typing debounce)', ['query', 'KB', 'requests', 'fragments', 'results shown', 'ms', 'status'], rows);
}
await browser.close();

// 5. Lighthouse, where it runs here
try {
  const { default: lighthouse } = await import('lighthouse');
  const runs = Number(flag('lighthouse-runs') ?? 3);
  const port = 9300 + Math.floor(Math.random() * 500);
  const chrome = await launch({ args: [`--remote-debugging-port=${port}`] });
  const scores: (string | number)[][] = [];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [name, p] of PAGE_TYPES.filter(([n]) => LIGHTHOUSE_PAGES.includes(n))) {
    const all: { perf: number[]; a11y: number[]; bp: number[]; seo: number[]; cls: number[]; tbt: number[]; lcp: number[] } = { perf: [], a11y: [], bp: [], seo: [], cls: [], tbt: [], lcp: [] };
    let failures = 0;
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url + p, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const lhr = result?.lhr;
      // A run that errored has no score: leave it out and say so, rather than counting it as 0.
      if (!lhr || lhr.runtimeError || lhr.categories.performance?.score == null) {
        failures++;
        continue;
      }
      const c = lhr.categories;
      all.perf.push(Math.round(c.performance!.score! * 100));
      all.a11y.push(Math.round((c.accessibility?.score ?? 0) * 100));
      all.bp.push(Math.round((c['best-practices']?.score ?? 0) * 100));
      all.seo.push(Math.round((c.seo?.score ?? 0) * 100));
      all.cls.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
      all.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
      all.lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
    }
    if (!all.perf.length) {
      scores.push([name, 'failed', '', '', '', '', '', '', `${failures} failed`]);
      continue;
    }
    scores.push([name, median(all.perf), `${Math.min(...all.perf)}–${Math.max(...all.perf)}`, median(all.a11y), median(all.bp), median(all.seo), median(all.cls).toFixed(3), Math.round(median(all.tbt)), Math.round(median(all.lcp)), failures ? `${failures} failed` : '']);
  }
  await chrome.close();
  printTable(`Lighthouse (mobile, gzip on; median of ${runs} run${runs === 1 ? '' : 's'})`, ['page', 'performance', 'range', 'accessibility', 'best practices', 'SEO', 'CLS', 'TBT ms', 'LCP ms', 'note'], scores);
} catch (error) {
  console.log(`\nLighthouse did not run here: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}
(server as Server).close();
if (failed) {
  console.error('\n✗ a page is over its byte budget (see ✗ above).');
  process.exit(1);
}

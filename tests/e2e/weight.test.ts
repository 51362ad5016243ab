import path from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { bodyBytes } from '../../scripts/lib/chromium.ts';
import { BUDGETS } from '../../src/lib/quality/budgets.ts';
import { requireBuild } from '../build/helpers.ts';
import { launch } from './browser.ts';

/*
 * The interactive pages as a reader's browser gets them, over gzip as a host
 * serves them, before any interaction: the JavaScript they fetch and how far
 * their content moves while it loads (cumulative layout shift).
 */
requireBuild();
let browser: Browser;
let server: Server;
let base: string;
beforeAll(async () => {
  ({ url: base, server } = await serveStatic(path.resolve('dist'), { gzip: true }));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Load a page without touching it: JavaScript bytes as transferred, and layout shift. */
async function load(address: string, width: number): Promise<{ js: number; cls: number; scripts: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const scripts: { url: string; bytes: Promise<number> }[] = [];
  // On the context, not the page: a page's events miss what its workers fetch (Pagefind's worker script).
  context.on('requestfinished', (r) => {
    if (r.resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url())) scripts.push({ url: r.url(), bytes: bodyBytes(r) });
  });
  await page.goto(base + address, { waitUntil: 'networkidle' });
  if (address.includes('?q=')) await page.waitForSelector('#search-results li', { timeout: 10_000 });
  await page.waitForTimeout(500);
  const cls = (await page.evaluate(() => (window as unknown as { __cls: number }).__cls)) as number;
  const js = (await Promise.all(scripts.map((s) => s.bytes))).reduce((a, b) => a + b, 0);
  await context.close();
  return { js, cls, scripts: scripts.map((s) => new URL(s.url).pathname) };
}

describe.each([1280, 375])('at %i px wide, before any interaction', (width) => {
  it.each([
    ['/explore/', BUDGETS.explorerJsGz],
    ['/compare/', BUDGETS.compareJsGz],
    ['/compare/se-dk/', BUDGETS.contentJsGz],
    ['/studies/', BUDGETS.listJsGz],
    ['/search/', BUDGETS.searchJsGz],
    ['/search/?q=co-production', BUDGETS.searchJsGz],
  ])('%s loads within its JavaScript budget and shifts by less than 0.05', async (address, budget) => {
    const { js, cls, scripts } = await load(address, width);
    expect(js, `JavaScript as transferred: ${scripts.join(', ')}`).toBeLessThanOrEqual(budget);
    expect(cls, 'cumulative layout shift').toBeLessThan(0.05);
  });
});

describe('the search page loads Pagefind when it needs it', () => {
  it('not with a bare /search/, but on the first focus of the search box', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.getByLabel('Search studies, findings, comparisons and terms').focus();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => requests.includes('/pagefind/pagefind.js'), { timeout: 10_000 }).toBe(true);
    await context.close();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAtlas } from '../../src/lib/data/load.ts';
import { explorerData } from '../../src/lib/explore/data.ts';
import { TABLE_ROWS, statusText } from '../../src/lib/explore/render.ts';
import { parseExploreState } from '../../src/lib/explore/state.ts';
import { allowedValues, exploreView, prepare } from '../../src/lib/explore/view.ts';
import { open } from './browser.ts';
import { poll, useBrowser } from './setup.ts';

const { base, browser } = useBrowser();

// What each view should say, computed in Node from the published data by the same pure functions
// (tests/unit/explore.test.ts checks those against the atlas): the browser must show exactly this.
const atlas = getAtlas();
const data = explorerData(atlas);
const prepared = prepare(data);
const allowed = allowedValues(data, prepared);
const expected = (search: string) => {
  const { state } = parseExploreState(search, allowed);
  const view = exploreView(prepared, allowed, state);
  return { status: statusText(state, view), rows: view.rows };
};
const TRUST = 'Trust and trust-based governance';
const count = (table: 'findings', key: 'country', value: string) => data[table].filter((r) => r[key].includes(value)).length;

describe('the explorer in Chromium', () => {
  it('opens with its first view drawn, and loads its code and data only when the reader starts', async () => {
    const context = await browser().newContext();
    const requests: string[] = [];
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const { page, log } = await open(context, `${base}/explore/`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#explore-status').innerText()).toBe(expected('').status);
    expect(expected('').status).toMatch(new RegExp(`^${atlas.findings.length} findings selected`));
    expect(await page.locator('#explore-results figure svg[role="img"]').count()).toBe(2); // wide and narrow, drawn at build time
    expect(await page.locator('#explore-table-wrap tbody tr').count()).toBe(Math.min(atlas.findings.length, TABLE_ROWS));
    expect(requests.filter((p) => p.endsWith('.js'))).toHaveLength(1);
    expect(requests).not.toContain('/explore/data.json');

    await page.getByRole('checkbox', { name: /^Norway \(/ }).check();
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toBe(expected('?country=Norway').status);
    expect(requests).toContain('/explore/data.json');
    expect(page.url()).toBe(`${base}/explore/?country=Norway`);
    // Facet counts: with Norway chosen, Sweden's box says how many findings choosing it would add to the selection.
    expect(await page.getByRole('checkbox', { name: /^Sweden \(/ }).evaluate((box) => (box as HTMLInputElement).labels?.[0]?.textContent)).toBe(`Sweden (${count('findings', 'country', 'Sweden')})`);
    expect(log.consoleErrors).toEqual([]);
    expect(await log.csp()).toEqual([]);
    await context.close();
  });

  it('filters, shares its URL, reopens it to the same view, and downloads the view', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const { page, log } = await open(context, `${base}/explore/`);
    await page.getByRole('checkbox', { name: new RegExp(`^${TRUST} \\(`) }).check();
    await page.getByRole('checkbox', { name: /^Social-democratic \(/ }).check();
    await page.getByLabel('Group by').selectOption('country');
    const search = `?regime=Social-democratic&theme=${encodeURIComponent(TRUST)}&group=country`;
    const want = expected(search);
    expect(want.rows.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toBe(want.status);
    expect(await page.locator('#explore-table-wrap tbody tr').count()).toBe(Math.min(want.rows.length, TABLE_ROWS));
    const firstSource = (want.rows[0]!.sources as string[])[0]!;
    expect(await page.locator(`#explore-table-wrap a[href="/sources/#source-${firstSource}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('#explore-results figure svg[role="img"]').count()).toBe(2);
    // Grouped by country, the chart's data table joins each country's context indicators.
    expect(await page.locator('#explore-results figure details.chart-data th').allTextContents()).toContain('Public social expenditure, % of GDP');
    const shared = page.url();
    expect(shared).toContain('regime=Social-democratic');
    expect(shared).toContain('group=country');

    const reopened = await context.newPage();
    await reopened.goto(shared);
    await expect.poll(() => reopened.locator('#explore-status').innerText(), poll).toBe(want.status);
    expect(await reopened.getByRole('checkbox', { name: new RegExp(`^${TRUST} \\(`) }).isChecked()).toBe(true);

    const [download] = await Promise.all([reopened.waitForEvent('download'), reopened.getByRole('link', { name: 'CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.trim().split('\n')).toHaveLength(want.rows.length + 1);
    expect(csv).toContain(String(want.rows[0]!.id));
    const [json] = await Promise.all([reopened.waitForEvent('download'), reopened.getByRole('link', { name: 'JSON' }).click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toHaveLength(want.rows.length);

    await page.goBack();
    await expect.poll(() => page.getByLabel('Group by').inputValue(), poll).toBe('theme');
    expect(log.consoleErrors).toEqual([]);
    expect(await log.csp()).toEqual([]);
    await context.close();
  });

  it('cross-tabulates, and charts an indicator\'s values by country', async () => {
    const context = await browser().newContext();
    const { page, log } = await open(context, `${base}/explore/`);
    await page.getByLabel('Cross-tabulate by').selectOption('country');
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toBe(expected('?cross=country').status);
    expect(await page.locator('#explore-results h2').innerText()).toBe('Findings by theme and country');
    await page.getByLabel('Data', { exact: true }).selectOption('indicators');
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toMatch(/^\d+ indicator values selected: Public social expenditure, 5 countries or cities\.$/);
    expect(await page.getByLabel('Group by').isVisible()).toBe(false);
    await page.getByLabel('Indicator').selectOption('Population aged 65 and over');
    await expect.poll(() => page.locator('#explore-results h2').innerText(), poll).toBe('Population aged 65 and over (% of population), by country or city');
    expect(page.url()).toBe(`${base}/explore/?table=indicators&indicator=Population+aged+65+and+over`);
    expect(log.consoleErrors).toEqual([]);
    expect(await log.csp()).toEqual([]);
    await context.close();
  });

  it('ignores hostile URL parameters with a visible notice, writing their names as text, never as HTML', async () => {
    const context = await browser().newContext();
    const { page } = await open(context, `${base}/explore/?theme=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&table=%3Cb%3E&%3Cimg%20src%3Dy%3E=1`);
    await expect.poll(() => page.locator('#explore-notice').isVisible(), poll).toBe(true);
    expect(await page.locator('#explore-notice').innerText()).toBe('Ignored 3 unknown parts of the address (table, theme, <img src=y>).');
    expect(await page.locator('#explorer img, #explorer b').count()).toBe(0);
    await context.close();
  });

  it('is usable with the keyboard alone', async () => {
    const context = await browser().newContext();
    const { page } = await open(context, `${base}/explore/`);
    await page.getByLabel('Data', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toMatch(/studies selected/);
    await page.getByRole('checkbox', { name: /^Denmark \(/ }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toBe(expected('?table=studies&country=Denmark').status);
    await context.close();
  });

  it('without JavaScript shows the first view and says what needs JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const { page } = await open(context, `${base}/explore/`);
    expect(await page.locator('#explore-form').isVisible()).toBe(false);
    expect(await page.getByText('Filtering and grouping need JavaScript.').isVisible()).toBe(true);
    expect(await page.locator('#explore-results figure svg[role="img"]').first().isVisible()).toBe(true);
    expect(await page.locator('#explore-table-wrap tbody tr').count()).toBe(Math.min(atlas.findings.length, TABLE_ROWS));
    expect(await page.locator('#explore-csv').getAttribute('href')).toBe('/explore/atlas-findings-view.csv');
    await context.close();
  });
});

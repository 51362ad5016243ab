import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { open } from './browser.ts';
import { poll, useBrowser } from './setup.ts';

const { base, browser } = useBrowser();

describe('the explorer in Chromium', () => {
  it('opens with its first view drawn, and loads its code and data only when the reader starts', async () => {
    const context = await browser().newContext();
    const requests: string[] = [];
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const { page, log } = await open(context, `${base}/explore/`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#explore-status').innerText()).toBe('14 findings selected, in 6 groups by theme.');
    expect(await page.locator('#explore-results figure svg[role="img"]').count()).toBe(2); // wide and narrow, drawn at build time
    expect(await page.locator('#explore-table-wrap tbody tr').count()).toBe(14);
    expect(requests.filter((p) => p.endsWith('.js'))).toHaveLength(1);
    expect(requests).not.toContain('/explore/data.json');

    await page.getByRole('checkbox', { name: /^Norway \(/ }).check();
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toBe('7 findings selected (Norway), in 5 groups by theme.');
    expect(requests).toContain('/explore/data.json');
    expect(page.url()).toBe(`${base}/explore/?country=Norway`);
    expect(await page.getByRole('checkbox', { name: /^Sweden \(/ }).evaluate((box) => (box as HTMLInputElement).labels?.[0]?.textContent)).toBe('Sweden (6)');
    expect(log.consoleErrors).toEqual([]);
    expect(await log.csp()).toEqual([]);
    await context.close();
  });

  it('filters, shares its URL, reopens it to the same view, and downloads the view', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const { page, log } = await open(context, `${base}/explore/`);
    await page.getByRole('checkbox', { name: 'Trust-based governance' }).check();
    await page.getByRole('checkbox', { name: 'Social-democratic' }).check();
    await page.getByLabel('Group by').selectOption('country');
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toBe('2 findings selected (Social-democratic, Trust-based governance), in 1 group by country.');
    expect(await page.locator('#explore-table-wrap tbody tr').count()).toBe(2);
    expect(await page.locator('#explore-table-wrap a[href="/sources/#source-vinnova-2017-05636"]').count()).toBe(2);
    expect(await page.locator('#explore-results figure svg[role="img"]').count()).toBe(2);
    // Grouped by country, the chart's data table joins each country's context indicators.
    expect(await page.locator('#explore-results figure details.chart-data th').allTextContents()).toContain('Public social expenditure, % of GDP');
    const shared = page.url();
    expect(shared).toContain('regime=Social-democratic');
    expect(shared).toContain('group=country');

    const reopened = await context.newPage();
    await reopened.goto(shared);
    await expect.poll(() => reopened.locator('#explore-status').innerText(), poll).toBe('2 findings selected (Social-democratic, Trust-based governance), in 1 group by country.');
    expect(await reopened.getByRole('checkbox', { name: 'Trust-based governance' }).isChecked()).toBe(true);

    const [download] = await Promise.all([reopened.waitForEvent('download'), reopened.getByRole('link', { name: 'CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.trim().split('\n')).toHaveLength(3);
    expect(csv).toContain('iop-all-tbs-principles');
    const [json] = await Promise.all([reopened.waitForEvent('download'), reopened.getByRole('link', { name: 'JSON' }).click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toHaveLength(2);

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
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toBe('14 findings selected, by theme (6) and country (3).');
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
    await page.getByRole('checkbox', { name: 'Denmark' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toMatch(/^1 study selected \(Denmark\)/);
    await context.close();
  });

  it('without JavaScript shows the first view and says what needs JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const { page } = await open(context, `${base}/explore/`);
    expect(await page.locator('#explore-form').isVisible()).toBe(false);
    expect(await page.getByText('Filtering and grouping need JavaScript.').isVisible()).toBe(true);
    expect(await page.locator('#explore-results figure svg[role="img"]').first().isVisible()).toBe(true);
    expect(await page.locator('#explore-table-wrap tbody tr').count()).toBe(14);
    expect(await page.locator('#explore-csv').getAttribute('href')).toBe('/explore/atlas-findings-view.csv');
    await context.close();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { open } from './browser.ts';
import { poll, useBrowser } from './setup.ts';

const { base, browser } = useBrowser();

describe('the explorer in Chromium', () => {
  it('filters, shares its URL, reopens it to the same view, and downloads the view', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const { page, log } = await open(context, `${base}/explore/`);
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toMatch(/^\d+ findings selected/);
    await page.getByRole('checkbox', { name: 'Trust-based governance' }).check();
    await page.getByRole('checkbox', { name: 'Social-democratic' }).check();
    await page.getByLabel('Group by').selectOption('country');
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toBe('2 findings selected (Social-democratic, Trust-based governance), in 1 group by country.');
    expect(await page.locator('#explore-table-wrap tbody tr').count()).toBe(2);
    expect(await page.locator('#explore-table-wrap a[href="/sources/#source-vinnova-2017-05636"]').count()).toBe(2);
    expect(await page.locator('#explore-chart figure svg[role="img"]').count()).toBe(1);
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

  it('ignores hostile URL parameters with a visible notice, writing their names as plain text, never as HTML', async () => {
    const context = await browser().newContext();
    // The notice echoes parameter names, so the markup goes into a name as well as into values.
    const { page } = await open(context, `${base}/explore/?theme=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&table=%3Cb%3E&%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E=1`);
    await expect.poll(() => page.locator('#explore-notice').isVisible(), poll).toBe(true);
    const notice = page.locator('#explore-notice');
    expect(await notice.innerText()).toContain('Ignored 3 unknown parts');
    expect(await notice.innerText()).toContain('<img src=x onerror=alert(2)>');
    expect(await notice.locator('*').count()).toBe(0);
    expect(await page.locator('#explorer img, #explorer b, main img').count()).toBe(0);
    await context.close();
  });

  it('is usable with the keyboard alone', async () => {
    const context = await browser().newContext();
    const { page } = await open(context, `${base}/explore/`);
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toMatch(/findings selected/);
    await page.getByLabel('Data', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toMatch(/studies selected/);
    await page.getByRole('checkbox', { name: 'Denmark' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#explore-status').innerText(), poll).toMatch(/^1 study selected \(Denmark\)/);
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { open } from './browser.ts';
import { poll, useBrowser } from './setup.ts';

const { base, browser } = useBrowser();

describe('the compare tool', () => {
  it('redraws the chosen pair with charts, keeps it in the URL, and follows back and forward', async () => {
    const context = await browser().newContext();
    const { page, log } = await open(context, `${base}/compare/?a=se&b=dk`);
    await expect.poll(() => page.locator('#compare-status').innerText(), poll).toBe('Showing Sweden and Denmark.');
    expect(await page.locator('#compare-view figure[data-chart] svg[role="img"]').count()).toBe(3);
    await page.getByLabel('Second').selectOption('liberal');
    await expect.poll(() => page.url(), poll).toContain('?a=se&b=liberal');
    await expect.poll(() => page.locator('#compare-status').innerText(), poll).toBe('Showing Sweden and Liberal regime.');
    expect(await page.locator('#compare-view [data-side="liberal"]').innerText()).toContain('No study in the atlas.');
    await page.goBack();
    await expect.poll(() => page.locator('#compare-status').innerText(), poll).toBe('Showing Sweden and Denmark.');
    expect(await page.getByLabel('Second').inputValue()).toBe('dk');
    expect(log.consoleErrors).toEqual([]);
    expect(await log.csp()).toEqual([]);
    await context.close();
  });

  it('ignores an unknown side and hostile parameter names with a notice that shows them as clipped plain text', async () => {
    const context = await browser().newContext();
    // Names are what the notice echoes: markup, a right-to-left override and 5,000 characters.
    const rtl = encodeURIComponent('Data\u202e moc.elpmaxe-live ot devom');
    const { page } = await open(context, `${base}/compare/?a=%3Cb%3Ex&b=de&%3Cb%3Ebold%3C%2Fb%3E=1&${rtl}=1&${'z'.repeat(5000)}=1`);
    await expect.poll(() => page.locator('#compare-notice').isVisible(), poll).toBe(true);
    const notice = page.locator('#compare-notice');
    expect(await notice.locator('*').count()).toBe(0);
    const text = await notice.innerText();
    expect(text).toContain('<b>bold</b>');
    expect(text).toContain('Data moc.elpmaxe-live ot devom');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(text.length).toBeLessThan(300);
    expect(await page.locator('#compare-view b, main b').count()).toBe(0);
    await context.close();
  });

  it('without JavaScript offers every pair as a static page', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const { page } = await open(context, `${base}/compare/`);
    await page.getByRole('link', { name: 'Norway and Germany' }).click();
    await page.waitForURL(`${base}/compare/no-de/`);
    expect(await page.locator('h1').innerText()).toBe('Norway and Germany compared');
    expect(await page.locator('figure[data-chart] svg').count()).toBeGreaterThan(0);
    await context.close();
  });
});

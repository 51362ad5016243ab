import { describe, expect, it } from 'vitest';
import { getAtlas } from '../../src/lib/data/load.ts';
import { displayTitle } from '../../src/lib/data/study.ts';
import { open } from './browser.ts';
import { poll, useBrowser } from './setup.ts';

const { base, browser } = useBrowser();

describe('the compare navigator', () => {
  it('opens the static page of the chosen pair, and moves from pair to pair, with back and forward', async () => {
    const context = await browser().newContext();
    const { page, log } = await open(context, `${base}/compare/`);
    await page.getByLabel('First').selectOption('se');
    await page.getByLabel('Second').selectOption('dk');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(`${base}/compare/se-dk/`);
    expect(await page.locator('h1').innerText()).toBe('Sweden and Denmark compared');
    expect(await page.locator('figure[data-chart] svg[role="img"]').count()).toBe(6); // three charts, wide and narrow
    // The pair page carries the navigator, set to its own pair.
    expect(await page.getByLabel('First').inputValue()).toBe('se');
    await page.getByLabel('Second').selectOption('liberal');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(`${base}/compare/se-liberal/`);
    // The liberal side lists the UK's studies.
    const uk = getAtlas().studies.filter((st) => st.countries.some((c) => !c.superseded && c.value === 'GB'));
    expect(await page.locator('[data-side="liberal"]').innerText()).toContain(displayTitle(uk[0]!));
    await page.goBack();
    await page.waitForURL(`${base}/compare/se-dk/`);
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
    expect(await page.locator('main b').count()).toBe(0);
    await context.close();
  });

  it('asks for two different sides instead of going nowhere', async () => {
    const context = await browser().newContext();
    const { page } = await open(context, `${base}/compare/?a=no&b=no`);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => page.locator('#compare-status').innerText(), poll).toBe('Choose two different countries or regimes.');
    expect(page.url()).toBe(`${base}/compare/?a=no&b=no`);
    await context.close();
  });

  it('starts from the pair in its address and reports unknown parameters as text, never as HTML', async () => {
    const context = await browser().newContext();
    const { page } = await open(context, `${base}/compare/?a=dk&b=%3Cb%3Ex&%3Cimg%20src%3Dx%3E=1`);
    await expect.poll(() => page.locator('#compare-notice').isVisible(), poll).toBe(true);
    expect(await page.locator('#compare-notice').innerText()).toBe('Ignored 2 unknown parts of the address (<img src=x>, b).');
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(await page.getByLabel('First').inputValue()).toBe('dk');
    expect(await page.getByLabel('Second').inputValue()).toBe('de');
    await context.close();
  });

  it('without JavaScript hides the menus and leads to every pair through links', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const { page } = await open(context, `${base}/compare/`);
    expect(await page.locator('#compare-form').isVisible()).toBe(false);
    expect(await page.getByText('each comparison is its own page').isVisible()).toBe(true);
    expect(await page.locator('.pair-index a').count()).toBe(56); // every pair, listed under both of its sides
    await page.getByRole('link', { name: 'Norway and Germany' }).click();
    await page.waitForURL(`${base}/compare/no-de/`);
    expect(await page.locator('h1').innerText()).toBe('Norway and Germany compared');
    expect(await page.locator('figure[data-chart] svg').count()).toBeGreaterThan(0);
    expect(await page.locator('#compare-form').isVisible()).toBe(false);
    expect(await page.getByText('Every other pair is listed on the Compare page.').isVisible()).toBe(true);
    await context.close();
  });
});

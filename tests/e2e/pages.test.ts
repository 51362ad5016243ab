import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { allPages, requireBuild } from '../build/helpers.ts';
import { axe, launch, open } from './browser.ts';

requireBuild();
const base = inject('baseURL');
const pages = allPages().filter((p) => p !== '/404.html');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('every page in Chromium, %s theme', (colorScheme) => {
  it.each(pages)('%s: loads without console errors, off-site requests or CSP violations, and passes axe (WCAG 2.2 AA)', async (path) => {
    const context = await browser.newContext({ colorScheme });
    try {
      const { page, log } = await open(context, base + path);
      expect(log.consoleErrors).toEqual([]);
      expect(log.offsite).toEqual([]);
      expect(log.failed).toEqual([]);
      expect(await log.csp()).toEqual([]);
      expect(await axe(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  it('a study page shows its facts, findings and sources', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const { page } = await open(context, `${base}/studies/iop-winding-down/`);
      await expect(page.locator('dd[data-fact="amount"]').innerText()).resolves.toContain('SEK 75,000');
      expect(await page.locator('.findings > li').count()).toBe(5);
      expect(await page.locator('#sources + ol > li').count()).toBeGreaterThan(2);
    } finally {
      await context.close();
    }
  });
});

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await open(context, `${base}/studies/copro/`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    } finally {
      await context.close();
    }
  });

  it('focus is visible on links', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await open(context, `${base}/`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).toBe('solid');
    } finally {
      await context.close();
    }
  });
});

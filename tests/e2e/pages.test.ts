import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { DIST, builtOrigin, requireBuild } from '../build/helpers.ts';
import { axe, launch, open } from './browser.ts';
import { pageType, pagesByType } from './sample.ts';

requireBuild();
const base = inject('baseURL');
// Walk the sitemap, as a crawler would, plus the 404 page.
const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
const everyPage = [...[...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]!.slice(builtOrigin().length)), '/404.html'];
// Every page type, and of the many-page types the first, last and longest pages.
const pages = pagesByType(everyPage);
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('opens every type of page the sitemap lists', () => {
  expect(new Set(pages.map(pageType))).toEqual(new Set(everyPage.map(pageType)));
  expect(pages.length).toBeLessThan(everyPage.length);
});

describe('on a phone, 375 px wide', () => {
  it.each(pages)('%s does not scroll sideways', async (path) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
    try {
      const { page } = await open(context, base + path, { allowStatus: path === '/404.html' ? 404 : undefined });
      // Closed <details> hide their content from layout; open them so a wide table inside counts too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const wide = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        // Content inside its own scroller (the navigation strip, a wide table's wrapper) scrolls there, not the page.
        const scrolled = (el: Element) => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (/auto|scroll|hidden|clip/.test(getComputedStyle(p).overflowX)) return true;
          return false;
        };
        const culprits = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > limit + 1 && !scrolled(el))
          .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`);
        return { scroll: document.documentElement.scrollWidth, limit, culprits: [...new Set(culprits)].slice(0, 5) };
      });
      expect(wide.culprits).toEqual([]);
      expect(wide.scroll).toBeLessThanOrEqual(wide.limit);
    } finally {
      await context.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('every type of page in Chromium, %s theme', (colorScheme) => {
  it.each(pages)('%s: loads without console errors, off-site requests or CSP violations, and passes axe (WCAG 2.2 AA)', async (path) => {
    const context = await browser.newContext({ colorScheme });
    try {
      const { page, log } = await open(context, base + path, { allowStatus: path === '/404.html' ? 404 : undefined });
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

/** One page of each type, for the checks that do not need every page. */
const PAGE_TYPES = ['/', '/studies/', '/studies/copro/', '/findings/', '/findings/iop-tbs-helps/', '/countries/de/', '/themes/motives/', '/compare/', '/compare/no-de/', '/compare/welfare-regimes/', '/compare/oslo-berlin/', '/glossary/', '/glossary/iop/', '/sdg/', '/data/', '/data/findings/', '/explore/', '/search/', '/sources/', '/about/'];

describe('without JavaScript', () => {
  it.each(PAGE_TYPES)('%s reads completely: heading, content, no script-only gaps', async (path) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const { page } = await open(context, base + path);
      expect(await page.locator('h1').count()).toBe(1);
      const main = await page.locator('main').innerText();
      expect(main.length).toBeGreaterThan(200);
      expect(main).not.toContain('Loading');
    } finally {
      await context.close();
    }
  });

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
  /** Tab through the page and return the elements that took focus. */
  const tabStops = async (path: string, presses: number) => {
    const context = await browser.newContext();
    const { page } = await open(context, base + path);
    const stops: string[] = [];
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}`;
      }));
    }
    await context.close();
    return stops;
  };

  it('reaches the search box, the filters and every filter control on the search page', async () => {
    const stops = await tabStops('/search/', 40);
    expect(stops).toContain('input#site-search-q[name=q]');
    expect(stops).toContain('input#search-q[name=q]');
    expect(stops).toContain('summary');
  });

  it('reaches both choices of the compare tool', async () => {
    const stops = await tabStops('/compare/', 30);
    expect(stops).toContain('select#compare-a[name=a]');
    expect(stops).toContain('select#compare-b[name=b]');
  });

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

/** Pages that between them show every chart of the site (the first page that carries each), plus the sampled pages with charts. */
const chartPages = (() => {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const path of everyPage) {
    if (path === '/404.html') continue;
    const html = readFileSync(`${DIST}${path}index.html`, 'utf8');
    // Pair pages draw the same three indicator charts for every pair: one of them stands for all.
    const ids = [...html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1]!.replace(/^compare-[a-z-]+?-(long-term|population|public)/, 'compare-pair-$1'));
    if (ids.some((id) => !seen.has(id))) out.add(path);
    ids.forEach((id) => seen.add(id));
  }
  return [...out].sort();
})();

describe.each([1280, 375])('chart labels at %i px', (width) => {
  it.each(chartPages)('%s: every label of every chart lies inside its chart, and no two labels overlap', async (path) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    try {
      const { page } = await open(context, base + path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const clipped = await page.evaluate(() => {
        const out: string[] = [];
        for (const svg of document.querySelectorAll<SVGSVGElement>('figure[data-chart] svg')) {
          const box = svg.getBoundingClientRect();
          if (!box.width) continue; // the render for the other width is hidden
          for (const text of svg.querySelectorAll('text')) {
            const r = text.getBoundingClientRect();
            if (!r.width || !text.textContent?.trim()) continue;
            if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
              out.push(`${svg.closest('figure')!.getAttribute('data-chart')}: "${text.textContent.trim()}"`);
            }
          }
        }
        // Labels of one group (an axis's ticks, a series of value labels) must not overlap each other; rotated labels are skipped, as their boxes overlap by design.
        for (const g of document.querySelectorAll('figure[data-chart] svg g')) {
          const texts = [...g.children].filter((t) => t.tagName === 'text' && !/rotate/.test(t.getAttribute('transform') ?? '') && t.getBoundingClientRect().width > 0);
          const boxes = texts.map((t) => t.getBoundingClientRect());
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i]!, boxes[j]!];
              if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) {
                out.push(`${g.closest('figure')!.getAttribute('data-chart')}: "${texts[i]!.textContent}" overlaps "${texts[j]!.textContent}"`);
              }
            }
          }
        }
        return out;
      });
      expect(clipped).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('in print', () => {
  const briefs = everyPage.filter((p) => /^\/briefs\/[a-z-]+\/$/.test(p));

  it.each(briefs)('%s prints on at most two A4 pages', async (path) => {
    const context = await browser.newContext();
    try {
      const { page } = await open(context, base + path);
      const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(2);
    } finally {
      await context.close();
    }
  });

  it.each(PAGE_TYPES)('%s prints without navigation, search or buttons, and writes out link addresses', async (path) => {
    const context = await browser.newContext();
    try {
      const { page } = await open(context, base + path);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('.site-header, .site-nav, .site-search, .skip-link, button, .site-footer')]
          .filter((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0)
          .map((el) => el.className || el.tagName),
      );
      expect(shown).toEqual([]);
      const external = page.locator('main a[href^="http"]:not(.url)').first();
      if (await external.count()) {
        const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
        expect(after).toContain('http');
      }
    } finally {
      await context.close();
    }
  });
});

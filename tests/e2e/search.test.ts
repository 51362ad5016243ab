import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { getAtlas } from '../../src/lib/data/load.ts';
import { findingTags, studyTags } from '../../src/lib/search-tags.ts';
import { displayTitle } from '../../src/lib/data/study.ts';
import { requireBuild } from '../build/helpers.ts';
import { launch, open } from './browser.ts';
import { poll } from './setup.ts';


requireBuild();
const base = inject('baseURL');
const atlas = getAtlas();
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

/** Run Pagefind in the page and return every indexed page of one type, with its filters. */
async function indexed(page: Page, type: string): Promise<{ url: string; filters: Record<string, string[]> }[]> {
  // A string expression, so Vitest does not rewrite the dynamic import meant for the browser.
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const search = await pf.search(null, { filters: { type: { any: [${JSON.stringify(type)}] } } });
    return Promise.all(search.results.map(async (r) => { const d = await r.data(); return { url: d.url, filters: d.filters }; }));
  })()`);
}

/** The addresses of every result for a query, best first. */
async function ranked(page: Page, query: string): Promise<string[]> {
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const search = await pf.search(${JSON.stringify(query)});
    return Promise.all(search.results.map(async (r) => (await r.data()).url));
  })()`);
}

const sorted = (o: Record<string, string[] | undefined>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v?.length).map(([k, v]) => [k, [...v!].sort()]).sort());

describe('the search index', () => {
  it('holds every study page with its filters', async () => {
    const { page } = await open(context, `${base}/search/`);
    const studies = await indexed(page, 'Study');
    expect(studies.map((s) => s.url).sort()).toEqual(atlas.studies.map((s) => `/studies/${s.id}/`).sort());
    for (const s of atlas.studies) {
      const hit = studies.find((r) => r.url === `/studies/${s.id}/`)!;
      expect(sorted(hit.filters)).toEqual(sorted({ ...studyTags(s, atlas), type: ['Study'] }));
    }
    await page.close();
  });

  it('holds every finding page with its filters', async () => {
    const { page } = await open(context, `${base}/search/`);
    const findings = await indexed(page, 'Finding');
    expect(findings.map((f) => f.url).sort()).toEqual(atlas.findings.map((f) => `/findings/${f.id}/`).sort());
    for (const f of atlas.findings) {
      const hit = findings.find((r) => r.url === `/findings/${f.id}/`)!;
      expect(sorted(hit.filters)).toEqual(sorted({ ...findingTags(f, atlas), type: ['Finding'] }));
    }
    await page.close();
  });

  it('leaves out the pages that only lead elsewhere: the search page, the list of all source addresses, the 404 page', async () => {
    const { page } = await open(context, `${base}/search/`);
    for (const query of ['search', 'sources', 'filters', 'page not found']) {
      const urls = await ranked(page, query);
      expect(urls.filter((u) => /^\/(search|sources)\/$|^\/404/.test(u)), query).toEqual([]);
    }
    await page.close();
  });

  it('ranks a study’s own page above the catalogues that list it', async () => {
    const { page } = await open(context, `${base}/search/`);
    const catalogues = ['/studies/', '/findings/', '/organisations/'];
    // Studies with a distinctive English title of a few words: the search a reader who saw it cited would type.
    const sample = atlas.studies.map((s) => ({ id: s.id, title: displayTitle(s) })).filter((s) => s.title.split(' ').length >= 4).slice(0, 8);
    for (const study of sample) {
      const urls = await ranked(page, study.title);
      const own = urls.indexOf(`/studies/${study.id}/`);
      expect(own, study.title).toBeGreaterThanOrEqual(0);
      for (const c of catalogues) if (urls.includes(c)) expect(own, `${study.title}: ${c}`).toBeLessThan(urls.indexOf(c));
    }
    await page.close();
  });

  it('gives excerpts that keep words apart and leave out the citation blocks', async () => {
    const { page } = await open(context, `${base}/search/`);
    const excerpts: string[] = await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.init();
      const out = [];
      for (const q of ['co-creation', 'trust', 'volunteers', 'elderly care', 'Freie Wohlfahrtspflege']) {
        const search = await pf.search(q);
        for (const r of search.results.slice(0, 10)) out.push((await r.data()).excerpt.replace(/<\\/?mark>/g, ''));
      }
      return out;
    })()`);
    expect(excerpts.length).toBeGreaterThan(30);
    const prose = excerpts.map((e) => e.replace(/https?:\/\/\S+/g, ' '));
    expect(prose.filter((e) => /Copy citation|Download: BibTeX/.test(e))).toEqual([]);
    // A footnote marker or a sentence glued to the next word: "care[1]In", "services.The".
    expect(prose.filter((e) => /\]\p{L}|[a-z][.;:][A-Z][a-z]/u.test(e))).toEqual([]);
    await page.close();
  });

  it('holds every glossary term', async () => {
    const { page } = await open(context, `${base}/search/`);
    const terms = await indexed(page, 'Glossary term');
    expect(terms.map((t) => t.url).sort()).toEqual(atlas.glossary.map((t) => `/glossary/${t.id}/`).sort());
    await page.close();
  });
});

describe('searching in Chromium', () => {
  const results = (page: Page) => page.locator('#search-results > li');

  it('finds the IOP study by "trust-based governance"; the study can be cited in BibTeX and links to target 17.17', async () => {
    const { page, log } = await open(context, `${base}/search/`);
    await page.getByLabel('Search studies, findings, comparisons and terms').fill('trust-based governance');
    await expect.poll(() => page.locator('#search-status').innerText(), poll).toMatch(/\d+ results? for “trust-based governance”/);
    const link = page.locator('#search-results a[href="/studies/iop-winding-down/"]');
    await expect.poll(() => page.locator('#search-results > li').count(), poll).toBeGreaterThan(0);
    // Every result is reachable: more are shown ten at a time.
    while (!(await link.count()) && (await page.locator('#search-more').isVisible())) {
      const before = await page.locator('#search-results > li').count();
      await page.locator('#search-more').click();
      await expect.poll(() => page.locator('#search-results > li').count(), poll).toBeGreaterThan(before);
    }
    await link.click();
    await page.waitForURL(`${base}/studies/iop-winding-down/`);
    const bib = await page.request.get(`${base}${await page.locator('a[download$=".bib"]').getAttribute('href')}`);
    expect(await bib.text()).toMatch(/^@techreport\{/);
    expect(await page.locator('a[href="/sdg/#target-17-17"]').count()).toBeGreaterThan(0);
    expect(log.consoleErrors).toEqual([]);
    expect(await log.csp()).toEqual([]);
    await page.close();
  });

  it.each([
    ['samskabelse', '/studies/aau-samskabelse/'],
    ['samskaping', '/glossary/co-creation/'],
    ['idéburet offentligt partnerskap', '/glossary/iop/'],
    ['Freie Wohlfahrtspflege', '/glossary/freie-wohlfahrtspflege/'],
  ])('an original-language term, %s, finds %s', async (query, url) => {
    const { page } = await open(context, `${base}/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(async () => page.locator(`#search-results a[href="${url}"]`).count(), poll).toBeGreaterThan(0);
    await page.close();
  });

  it('applies a filter, keeps it in a shareable URL, and restores it from that URL', async () => {
    const { page } = await open(context, `${base}/search/?q=co-production`);
    await expect.poll(() => results(page).count(), poll).toBeGreaterThan(0);
    await page.locator('details.filters summary').click();
    await page.getByRole('checkbox', { name: 'Finding', exact: true }).check();
    await expect.poll(() => page.url(), poll).toContain('type=Finding');
    await expect.poll(async () => (await page.locator('.result-meta').allInnerTexts()).every((t) => t.startsWith('Finding')), poll).toBe(true);
    const shared = page.url();
    const again = await context.newPage();
    await again.goto(shared);
    await expect.poll(() => again.getByRole('checkbox', { name: 'Finding', exact: true }).isChecked(), poll).toBe(true);
    await expect.poll(async () => again.locator('#search-results > li').count(), poll).toBe(await results(page).count());
    await again.close();
    await page.close();
  });

  it('shows ten results at first and the rest ten at a time, fetching a fragment only for each result it shows', async () => {
    const { page, log } = await open(context, `${base}/search/`);
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
    });
    await page.getByLabel('Search studies, findings, comparisons and terms').fill('co-production');
    await expect.poll(() => page.locator('#search-status').innerText(), poll).toMatch(/^\d+ results for “co-production”\.$/);
    const total = Number((await page.locator('#search-status').innerText()).split(' ')[0]);
    expect(total).toBeGreaterThan(20);
    await expect.poll(() => results(page).count(), poll).toBe(10);
    expect(fragments).toHaveLength(10);
    const more = page.getByRole('button', { name: /^Show 10 more \(11–20 of \d+\)$/ });
    await more.click();
    await expect.poll(() => results(page).count(), poll).toBe(20);
    // Focus moves to the first new result, so a keyboard reader continues from there.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[10])).toBe(true);
    for (let shown = 20; shown < total; shown = Math.min(shown + 10, total)) {
      await page.locator('#search-more').click();
      await expect.poll(() => results(page).count(), poll).toBe(Math.min(shown + 10, total));
    }
    expect(await page.locator('#search-more').isVisible()).toBe(false);
    expect(new Set(fragments).size).toBe(total);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it('says when nothing matches, and points to the filters and the glossary', async () => {
    const { page } = await open(context, `${base}/search/?q=xylophone`);
    await expect.poll(() => page.locator('#search-status').innerText(), poll).toContain('No results for “xylophone”');
    expect(await page.locator('#search-status a[href="/glossary/"]').count()).toBe(1);
    await page.close();
  });

  it('ignores unknown or hostile URL parameters with a visible notice, never writing them as HTML', async () => {
    const { page, log } = await open(context, `${base}/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&country=%3Cscript%3E&%3Cimg%20src%3Dy%3E=1`);
    await expect.poll(() => page.locator('#search-notice').isVisible(), poll).toBe(true);
    expect(await page.locator('#search-notice').innerText()).toBe('Ignored 2 unknown parts of the address (country, <img src=y>).');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.getByLabel('Search studies, findings, comparisons and terms').inputValue()).toBe('<img src=x onerror=alert(1)>');
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it.each(['__proto__', 'constructor', 'toString'])('survives the parameter name %s: the query is applied and results appear', async (name) => {
    const { page, log } = await open(context, `${base}/search/?${name}=1&q=samskaping`);
    await expect.poll(() => results(page).count(), poll).toBeGreaterThan(0);
    expect(await page.getByLabel('Search studies, findings, comparisons and terms').inputValue()).toBe('samskaping');
    expect(await page.locator('#search-notice').innerText()).toContain(name);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it('the header search box sends the query to the search page', async () => {
    const { page } = await open(context, `${base}/studies/copro/`);
    await page.getByRole('searchbox', { name: 'Search the atlas' }).fill('samskaping');
    await page.getByRole('searchbox', { name: 'Search the atlas' }).press('Enter');
    await page.waitForURL(/\/search\/\?q=samskaping/);
    await expect.poll(() => results(page).count(), poll).toBeGreaterThan(0);
    await page.close();
  });
});

describe('Cite this', () => {
  it('copies the APA reference with the copy button', async () => {
    const ctx = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = await open(ctx, `${base}/studies/cocreation-journey/`);
    const button = page.getByRole('button', { name: 'Copy citation' });
    await button.click();
    await expect.poll(() => page.locator('.copy-status').innerText(), poll).toBe('Citation copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('https://doi.org/10.18261/nwr.9.3.1');
    await ctx.close();
  });

  it('hides the copy button without JavaScript, leaving the reference and downloads', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(ctx, `${base}/studies/cocreation-journey/`);
    expect(await page.getByRole('button', { name: 'Copy citation' }).count()).toBe(0);
    expect(await page.locator('.apa').innerText()).toContain('Nordic Welfare Research');
    await ctx.close();
  });
});

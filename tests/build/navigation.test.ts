import { beforeAll, describe, expect, it } from 'vitest';
import { getAtlas } from '../../src/lib/data/load.ts';
import { COUNTRIES, THEMES } from '../../src/schemas/vocab.ts';
import { allPairs } from '../../src/lib/compare/pair.ts';
import { publicUrl } from '../../src/lib/public-url.ts';
import { allPages, page, requireBuild, text } from './helpers.ts';

beforeAll(requireBuild);
const atlas = getAtlas();
const pages = new Set(allPages());

/** Internal links of a built page, as site paths without fragments. */
const linksOf = (path: string) =>
  [...page(path).querySelectorAll('main a[href^="/"], header a[href^="/"]')].map((a) => a.getAttribute('href')!.split('#')[0]!).filter((h) => h.endsWith('/'));

describe('country profiles', () => {
  it.each(Object.keys(COUNTRIES))('/countries/%s/ exists, links only to existing pages, and lists every finding about the country', (code) => {
    const path = `/countries/${code.toLowerCase()}/`;
    expect(pages.has(path)).toBe(true);
    for (const href of linksOf(path)) expect(pages.has(href), href).toBe(true);
    const listed = [...page(path).querySelectorAll('#findings ~ section a[href^="/findings/"]')].map((a) => a.getAttribute('href'));
    const expected = atlas.findings.filter((f) => f.countries.includes(code as keyof typeof COUNTRIES)).map((f) => `/findings/${f.id}/`);
    expect([...new Set(listed)].sort()).toEqual(expected.sort());
  });

  it("marks the country's own terms with their language", () => {
    const doc = page('/countries/dk/');
    expect(doc.querySelector('#terms ~ ul i[lang="da"]')).not.toBeNull();
    expect(text(doc.querySelector('#terms ~ ul'))).toContain('samskabelse');
  });

  it('shows the indicators next to the other countries, highlighting its own', () => {
    const doc = page('/countries/de/');
    expect(doc.querySelectorAll('[data-indicator-matrix] thead th.highlight')).toHaveLength(1);
    expect(text(doc.querySelector('[data-indicator-matrix] thead th.highlight'))).toBe('Germany');
  });
});

describe('theme pages', () => {
  it.each(Object.keys(THEMES))('/themes/%s/ exists, links only to existing pages, and lists every finding tagged with it', (theme) => {
    const path = `/themes/${theme}/`;
    expect(pages.has(path)).toBe(true);
    for (const href of linksOf(path)) expect(pages.has(href), href).toBe(true);
    const doc = page(path);
    const listed = [...doc.querySelectorAll('[data-finding]')].map((li) => li.getAttribute('data-finding'));
    const tagged = atlas.findings.filter((f) => f.themes.includes(theme as keyof typeof THEMES));
    expect([...new Set(listed)].sort()).toEqual(tagged.map((f) => f.id).sort());
    // Side by side: each finding appears under each of its countries, with its study and a source link.
    for (const f of tagged) {
      for (const c of f.countries) {
        const li = doc.querySelector(`section[data-country="${c}"] li[data-finding="${f.id}"]`);
        expect(li, `${f.id} under ${c}`).not.toBeNull();
        expect(li!.querySelector(`a[href="/studies/${f.study_id}/"]`)).not.toBeNull();
        expect(li!.querySelector(`a[href="${publicUrl(atlas.source(f.source_ids[0]!).url)}"]`)).not.toBeNull();
      }
    }
  });
});

describe('compare pages', () => {
  it('every pair of countries or regimes has a static page that works without JavaScript', () => {
    for (const [a, b] of allPairs()) {
      const doc = page(`/compare/${a}-${b}/`);
      expect(doc.querySelectorAll('[data-side]')).toHaveLength(2);
      expect(doc.querySelectorAll('figure[data-chart] svg[role="img"]').length).toBeGreaterThan(0);
    }
    expect(pages.has('/compare/no-de/')).toBe(true);
  });

  it('/compare/ links to every static pair, under each of its two sides', () => {
    const links = [...page('/compare/').querySelectorAll('.pair-index a')].map((a) => a.getAttribute('href'));
    for (const [a, b] of allPairs()) expect(links.filter((href) => href === `/compare/${a}-${b}/`), `${a}-${b}`).toHaveLength(2);
  });
});

describe('from the home page', () => {
  it('a reader reaches every finding in at most three clicks, through a country or a theme', () => {
    const reached = new Set<string>();
    const viaCountry = new Set<string>();
    let frontier = [{ path: '/', through: false }];
    for (let depth = 0; depth < 3; depth++) {
      const next: typeof frontier = [];
      for (const { path, through } of frontier) {
        for (const href of linksOf(path)) {
          const isHub = /^\/(countries|themes)\//.test(href);
          const ok = through || isHub;
          if (href.startsWith('/findings/') && href !== '/findings/' && ok) viaCountry.add(href);
          const key = `${href}|${ok}`;
          if (reached.has(key) || !pages.has(href)) continue;
          reached.add(key);
          next.push({ path: href, through: ok });
        }
      }
      frontier = next;
    }
    expect([...viaCountry].sort()).toEqual(atlas.findings.map((f) => `/findings/${f.id}/`).sort());
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAtlas } from '../../src/lib/data/load.ts';
import { getCitable } from '../../src/lib/cite/index.ts';
import { CITATION_FORMATS, toApa, type CitationFormat } from '../../src/lib/cite/format.ts';
import { DIST, allPages, builtOrigin, page, requireBuild, text } from './helpers.ts';

requireBuild();
const SITE_ORIGIN = builtOrigin();
const atlas = getAtlas();
const pages = allPages().filter((p) => p !== '/404.html');

describe('web metadata', () => {
  it.each(pages)('%s: canonical address, description and Open Graph', (path) => {
    const doc = page(path);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(new URL(path, SITE_ORIGIN).href);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(40);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(text(doc.querySelector('title')));
  });

  it('sitemap.xml lists every page, robots.txt points to it', () => {
    const xml = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
    const locs = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual(pages.map((p) => new URL(p, SITE_ORIGIN).href).sort());
    expect(readFileSync(`${DIST}/robots.txt`, 'utf8')).toContain(`Sitemap: ${SITE_ORIGIN}/sitemap.xml`);
  });

  it('the project has a CITATION.cff', () => {
    expect(readFileSync('CITATION.cff', 'utf8')).toMatch(/^cff-version: 1\.2\.0/m);
  });
});

describe.each(atlas.studies.map((s) => [s.id, s] as const))('/studies/%s/', (id, study) => {
  const doc = page(`/studies/${id}/`);

  it('describes itself in schema.org JSON-LD', () => {
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;
    expect(ld['@type']).toBe({ article: 'ScholarlyArticle', report: 'Report', thesis: 'Thesis', project: 'ResearchProject' }[study.type]);
    expect(ld.url).toBe(new URL(`/studies/${id}/`, SITE_ORIGIN).href);
  });

  it('shows its SDG targets, each linking to its anchor on /sdg/', () => {
    const list = doc.querySelector('[data-sdg-list]');
    expect(list).not.toBeNull();
    for (const { target } of atlas.sdgsOf(id)) {
      const anchor = target.code.includes('.') ? `target-${target.code.replace('.', '-')}` : `goal-${target.code}`;
      expect(list!.querySelector(`a[href="/sdg/#${anchor}"]`), target.code).not.toBeNull();
      expect(page('/sdg/').getElementById(anchor)).not.toBeNull();
    }
  });

  it('has a "Cite this" with the APA reference and BibTeX, RIS and CSL-JSON downloads', () => {
    const section = doc.querySelector(`[data-cite="study/${id}"]`)!;
    const item = getCitable(`study/${id}`);
    expect(text(section.querySelector('.apa'))).toBe(toApa(item));
    expect(section.querySelector('button[data-copy]')).not.toBeNull();
    for (const ext of Object.keys(CITATION_FORMATS) as CitationFormat[]) {
      const href = `/cite/study/${id}.${ext}`;
      expect(section.querySelector(`a[href="${href}"]`)).not.toBeNull();
      expect(readFileSync(`${DIST}${href}`, 'utf8')).toBe(CITATION_FORMATS[ext].render(item));
    }
  });
});

describe('/sdg/', () => {
  const doc = page('/sdg/');
  it('gives every goal and target a stable anchor, its official text and its source', () => {
    for (const target of atlas.sdgTargets) {
      const anchor = target.code.includes('.') ? `target-${target.code.replace('.', '-')}` : `goal-${target.code}`;
      const section = doc.getElementById(anchor)!.closest('section')!;
      expect(text(section)).toContain(target.text);
      expect(section.querySelector(`a[href="${target.un_url}"]`)).not.toBeNull();
      expect(section.querySelector('sup.cite a')).not.toBeNull();
    }
  });
  it('lists under 17.17 the studies mapped to it, each with its reason', () => {
    const section = doc.getElementById('target-17-17')!.closest('section')!;
    const ids = [...section.querySelectorAll('[data-study]')].map((li) => li.getAttribute('data-study'));
    expect(ids).toEqual(atlas.sdgLinks.filter((l) => l.code === '17.17').map((l) => l.study_id));
  });
});

describe('glossary', () => {
  it('has a page per term, with each equivalent marked up in its language', () => {
    for (const term of atlas.glossary) {
      const doc = page(`/glossary/${term.id}/`);
      expect(text(doc.querySelector('h1'))).toBe(term.term);
      for (const e of term.equivalents) {
        const span = [...doc.querySelectorAll(`span[lang="${e.lang}"]`)].find((s) => text(s) === e.text);
        expect(span, `${term.id}: ${e.text}`).toBeDefined();
      }
    }
    expect(existsSync(`${DIST}/glossary/index.html`)).toBe(true);
  });
});

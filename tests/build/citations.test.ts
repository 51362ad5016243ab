import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAtlas } from '../../src/lib/data/load.ts';
import { DIST, allPages, page, requireBuild, text } from './helpers.ts';

requireBuild();
const atlas = getAtlas();

describe('citations on the built pages', () => {
  it.each(atlas.studies.map((s) => s.id))('/studies/%s/ carries citation_* tags for reference managers', (id) => {
    const doc = page(`/studies/${id}/`);
    const meta = (name: string) => [...doc.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content'));
    expect(meta('citation_title')).toHaveLength(1);
    expect(meta('citation_title')[0]).toBeTruthy();
    const study = atlas.study(id);
    const journal = study.publishedIn.filter((c) => !c.superseded);
    // A journal is named where the sources name it; where they do not, no tag guesses one.
    expect(meta('citation_journal_title')).toHaveLength(study.type === 'article' && journal.length ? 1 : 0);
    if (study.type !== 'project') {
      // A publication is cited with its authors and DOI; a project as the page it is read on, by that page's publisher (csl.ts).
      expect(meta('citation_doi')).toEqual(study.doi.filter((d) => !d.superseded).slice(0, 1).map((d) => d.value));
      expect(meta('citation_author')).toHaveLength(study.authors.filter((a) => !a.superseded).length);
    }
    // Whatever the sources leave out, a reference manager gets an address to find the work again.
    expect(meta('citation_author').length + meta('citation_technical_report_institution').length + meta('citation_public_url').length).toBeGreaterThan(0);
  });

  it.each(atlas.findings.map((f) => f.id))('/findings/%s/ carries citation_* tags naming the atlas as author', (id) => {
    const doc = page(`/findings/${id}/`);
    expect(doc.querySelector('meta[name="citation_title"]')?.getAttribute('content')).toMatch(/^Finding: /);
    expect(doc.querySelector('meta[name="citation_author"]')?.getAttribute('content')).toBe('Co-production Atlas');
    expect(doc.querySelector('meta[name="citation_publication_date"]')?.getAttribute('content')).toMatch(/^\d{4}/);
  });

  it('every chart links its citation files, and they exist', () => {
    // The explorer's chart is whatever view the reader picks: its address is its permalink, and it has no fixed citation file.
    const charts = allPages().flatMap((p) => [...page(p).querySelectorAll('figure[data-chart]:not([data-chart="explore-view"])')]);
    expect(charts.length).toBeGreaterThan(10);
    for (const figure of charts) {
      const links = [...figure.querySelectorAll('.chart-source a[href^="/cite/chart/"]')].map((a) => a.getAttribute('href')!);
      expect(links.map((l) => l.split('.').pop())).toEqual(['bib', 'ris', 'json']);
      for (const link of links) expect(existsSync(path.join(DIST, link)), link).toBe(true);
    }
  });

  it('/about/ says how to cite the atlas itself, from CITATION.cff, with downloads', () => {
    const doc = page('/about/');
    const box = doc.querySelector('[data-cite="atlas/coproduction-atlas"]');
    expect(text(box?.querySelector('h2'))).toBe('Cite the atlas');
    expect(text(box?.querySelector('.apa'))).toContain('Co-production Atlas contributors');
    for (const ext of ['bib', 'ris', 'json']) expect(existsSync(path.join(DIST, `cite/atlas/coproduction-atlas.${ext}`))).toBe(true);
  });
});

describe('addresses a reader can open', () => {
  // A publisher's internal host or a library's proxy: the data keeps them as read, but no link or citation may send a reader there.
  const BACKEND = /ezproxy|\.prod\.aop\.cambridge\.org/i;

  it('no link on any page leads to a publisher back-end or a library proxy', () => {
    const bad = allPages().flatMap((p) => [...page(p).querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => /^https?:/.test(h) && BACKEND.test(new URL(h).hostname)).map((h) => `${p}: ${h}`));
    expect(bad).toEqual([]);
  });

  it('no citation file gives the address of one', () => {
    const dir = path.join(DIST, 'cite');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => path.join(f.parentPath, f.name));
    expect(files.length).toBeGreaterThan(100);
    const addresses = (f: string) => [...readFileSync(f, 'utf8').matchAll(/https?:\/\/[^\s)}"\\,]+/g)].map((m) => m[0]);
    expect(files.flatMap((f) => addresses(f).filter((a) => BACKEND.test(new URL(a).hostname)).map((a) => `${path.relative(DIST, f)}: ${a}`))).toEqual([]);
  });
});

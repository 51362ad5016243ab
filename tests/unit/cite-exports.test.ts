import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { getCitables } from '../../src/lib/cite/index.ts';
import { toApa, toBibtex, toRis } from '../../src/lib/cite/format.ts';
import { personName, type CslItem } from '../../src/lib/cite/csl.ts';
import { highwireTags } from '../../src/lib/cite/highwire.ts';
import { cffCsl, readCff } from '../../src/lib/cite/cff.ts';
import { citationKey } from '../../src/lib/cite/keys.ts';

const items = getCitables();

describe('citation exports a reference manager takes', () => {
  it('gives every item of every kind a readable BibTeX key, unique across all exports', () => {
    const keys = [...items.values()].map((i) => i['citation-key']!);
    expect(keys.length).toBeGreaterThan(80);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[A-Z][A-Za-z0-9]*_[a-z0-9_]+$/);
    expect(items.get('finding/iop-political-backing')!['citation-key']).toBe('CoProduction2026_finding_iop_political_backing');
  });

  it.each(['study/copro', 'study/cocreation-journey', 'finding/iop-political-backing', 'dataset/studies', 'atlas/coproduction-atlas'])('%s: the BibTeX and RIS exports parse back in citation-js with its key and title', (key) => {
    const item = items.get(key)!;
    const bib = toBibtex(item);
    expect(bib).toMatch(new RegExp(`^@\\w+\\{${item['citation-key']},`));
    const [fromBib] = new Cite(bib).data as CslItem[];
    expect(fromBib!['citation-key']).toBe(item['citation-key']);
    expect(fromBib!.title).toBe(item.title);
    const [fromRis] = new Cite(toRis(item)).data as CslItem[];
    expect(fromRis!.title).toBe(item.title);
  });

  it('a BibTeX file holding two findings keeps both entries apart', () => {
    const bib = `${toBibtex(items.get('finding/iop-political-backing')!)}\n${toBibtex(items.get('finding/copro-untapped-potential')!)}`;
    expect(new Set((new Cite(bib).data as CslItem[]).map((i) => i['citation-key'])).size).toBe(2);
  });

  it('writes APA as APA does: "Retrieved from" before an address, and the version once', () => {
    const apa = [...items.values()].map(toApa);
    expect(apa.filter((a) => /Retrieved https?:/.test(a))).toEqual([]);
    expect(toApa(items.get('study/copro')!)).toMatch(/Retrieved (?:from|\w+ \d+, \d{4}, from) https:\/\/prosjektbanken/);
    const dataset = toApa(items.get('dataset/studies')!);
    expect(dataset.match(/[Vv]ersion/g)).toHaveLength(1);
    expect(dataset).toContain('[Data set]');
    expect(toApa(items.get([...items.keys()].find((k) => k.startsWith('chart/'))!)!)).toContain('[Chart data]');
  });

  it('cites a publication by its DOI, never by a publisher back-end host', () => {
    const notes = [...items.values()].map((i) => i.note ?? '').join('\n');
    expect(notes).not.toContain('core-varnish');
    expect(items.get('finding/aau-embedded-exterior')!.note).toContain('https://doi.org/10.1017/S0047279423000624');
  });

  it('splits personal names into family and given names, and leaves organisations whole', () => {
    expect(personName('Lars Skov Henriksen')).toEqual({ family: 'Henriksen', given: 'Lars Skov' });
    expect(personName('Henriksen, Lars Skov')).toEqual({ family: 'Henriksen', given: 'Lars Skov' });
    expect(personName('Ludwig van Beethoven')).toEqual({ family: 'van Beethoven', given: 'Ludwig' });
    expect(personName('Vinnova')).toEqual({ literal: 'Vinnova' });
  });
});

describe('Highwire citation_* tags', () => {
  it('describe a journal article the way Zotero and Google Scholar read it', () => {
    const article: CslItem = { id: 'x', type: 'article-journal', title: 'A title', author: [{ family: 'Ruud', given: 'Kari' }], 'container-title': 'Nordic Welfare Research', volume: '9', issue: '3', page: '210-223', DOI: '10.18261/nwr.9.3.1', issued: { 'date-parts': [[2024, 5, 2]] } };
    expect(highwireTags(article)).toEqual([
      ['citation_title', 'A title'],
      ['citation_author', 'Ruud, Kari'],
      ['citation_publication_date', '2024/05/02'],
      ['citation_journal_title', 'Nordic Welfare Research'],
      ['citation_volume', '9'],
      ['citation_issue', '3'],
      ['citation_firstpage', '210'],
      ['citation_lastpage', '223'],
      ['citation_doi', '10.18261/nwr.9.3.1'],
    ]);
  });
});

describe('"Cite the atlas" from CITATION.cff', () => {
  it('reads the title, authors, version and date the file gives', () => {
    const text = readFileSync('CITATION.cff', 'utf8');
    const cff = readCff(text);
    const item = cffCsl(text, 'https://atlas.example');
    expect(item.title).toBe(cff.title);
    expect(cff.title).toMatch(/^Co-production Atlas/);
    expect(item.version).toBe(/^version: (.+)$/m.exec(text)![1]);
    expect(item.author).toEqual([{ literal: 'Co-production Atlas contributors' }]);
    expect(item.URL).toBe('https://atlas.example/');
    expect(items.get('atlas/coproduction-atlas')!.title).toBe(cff.title);
  });
  it('reads family and given names too', () => {
    const cff = readCff('title: T\nauthors:\n  - family-names: Ruud\n    given-names: Kari\n  - name: Some Group\nversion: 2.0.0\n');
    expect(cff.authors).toEqual([{ family: 'Ruud', given: 'Kari' }, { literal: 'Some Group' }]);
    expect(citationKey({ id: 'x', type: 'dataset', title: 'T', author: cff.authors }, 'atlas', 'x')).toBe('RuudND_atlas_x');
  });
});

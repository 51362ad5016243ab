import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { atlasCsl, basedOn, studyCsl } from '../../src/lib/cite/csl.ts';
import { toApa, toBibtex, toCslJson, toRis } from '../../src/lib/cite/format.ts';
import { getAtlas } from '../../src/lib/data/load.ts';

const atlas = getAtlas();

describe('citation of a study (citation-js, APA 7)', () => {
  it('cites the NTNU article as a journal article with its DOI', () => {
    const csl = studyCsl(atlas.study('cocreation-journey'), atlas);
    expect(toApa(csl)).toBe('Co-creation – The Journey of a Co-creation Project in Pursuit of Change. (2024). Nordic Welfare Research, 9(3), 210–223. https://doi.org/10.18261/nwr.9.3.1');
    const bib = toBibtex(csl);
    expect(bib).toMatch(/^@article\{/);
    expect(bib).toContain('doi = {10.18261/nwr.9.3.1}');
    expect(bib).toContain('pages = {210--223}');
  });

  it('cites a funded project under its funder, in its original title where our English one is a translation', () => {
    const csl = studyCsl(atlas.study('iop-winding-down'), atlas);
    expect(csl.title).toBe('Idéburet offentligt partnerskap (IOP) - framgångsfaktorer och utmaningar');
    expect(csl.language).toBe('sv');
    expect(toApa(csl)).toBe('Vinnova. (2018). Idéburet offentligt partnerskap (IOP) - framgångsfaktorer och utmaningar [Research project]. https://www.vinnova.se/p/ideburet-offentligt-partnerskap-iop---framgangsfaktorer-och-utmaningar/');
    expect(toBibtex(csl)).toContain('note = {Grant or project number 2017-05636}');
  });

  it('writes "n.d." when no date is reported, instead of inventing one', () => {
    expect(toApa(studyCsl(atlas.study('copro'), atlas))).toContain('(n.d.)');
  });
});

describe('citation of the atlas’s own pages and data', () => {
  const csl = atlasCsl({ id: 'chart-x', type: 'dataset', title: 'Public social expenditure, 2016 [Chart data]', path: '/charts/x.csv', sources: ['owid-socx'] }, atlas, 'https://atlas.test');
  it('credits the original sources in a note', () => {
    expect(csl.note).toBe(basedOn(['owid-socx'], atlas));
    expect(csl.note).toContain('Our World in Data (owid/owid-datasets) from OECD SOCX');
    expect(toBibtex(csl)).toContain('Our World in Data');
    expect(toRis(csl)).toMatch(/^N1 {2}- Based on:/m);
  });
  it('names the data version and the full address', () => {
    expect(csl.version).toBe(atlas.version.version);
    expect(csl.URL).toBe('https://atlas.test/charts/x.csv');
  });
});

describe('export formats round-trip', () => {
  const csl = studyCsl(atlas.study('aau-samskabelse'), atlas);
  it('RIS parses back to the same title and address', () => {
    const [back] = new Cite(toRis(csl)).data as { title: string; URL: string }[];
    expect(back!.title).toBe(csl.title);
    expect(back!.URL).toBe(csl.URL);
  });
  it('BibTeX parses back to the same title, with å ø æ intact', () => {
    const [back] = new Cite(toBibtex(csl)).data as { title: string }[];
    expect(back!.title).toBe(csl.title);
    expect(csl.title).toContain('aktører');
  });
  it('CSL-JSON is an array of one item without empty fields', () => {
    const parsed = JSON.parse(toCslJson(csl)) as Record<string, unknown>[];
    expect(parsed).toHaveLength(1);
    expect(Object.values(parsed[0]!).every((v) => v !== undefined && v !== null)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { atlasCsl, basedOn, MAX_LISTED_SOURCES, studyCsl } from '../../src/lib/cite/csl.ts';
import { originalTitleLangs, sourceTitleLang } from '../../src/lib/study/citations.ts';
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
  it('points to the list of sources instead of naming hundreds of them', () => {
    const many = atlas.sources.slice(0, MAX_LISTED_SOURCES + 1).map((s) => s.id);
    const dataset = atlasCsl({ id: 'dataset-x', type: 'dataset', title: 'Findings', path: '/data/findings/', sources: many }, atlas, 'https://atlas.test');
    expect(dataset.note).toBe(`Based on: ${many.length} original sources, listed with their addresses at https://atlas.test/sources/`);
    const few = atlasCsl({ id: 'dataset-y', type: 'dataset', title: 'Findings', path: '/data/findings/', sources: many.slice(0, MAX_LISTED_SOURCES) }, atlas, 'https://atlas.test');
    expect(few.note).toBe(basedOn(many.slice(0, MAX_LISTED_SOURCES), atlas));
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

describe('the language of a source title', () => {
  const titles = originalTitleLangs(atlas.studies);
  it('is the original title’s language when an English page carries a study’s original title', () => {
    expect(sourceTitleLang(atlas.source('usn-openarchive-3007813'), titles)).toBe('nb');
  });
  it('is the page’s language otherwise, and none for English or for our [bracketed] descriptions', () => {
    expect(sourceTitleLang({ title: 'Ny VIVE-rapport', lang: 'da' }, titles)).toBe('da');
    expect(sourceTitleLang({ title: 'A report', lang: 'en' }, titles)).toBeUndefined();
    expect(sourceTitleLang({ title: '[Project page]', lang: 'sv' }, titles)).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { getAtlas } from '../../src/lib/data/load.ts';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { current } from '../../src/lib/data/claims.ts';
import { publicUrl } from '../../src/lib/public-url.ts';
import { DIST, page, requireBuild, text } from './helpers.ts';

beforeAll(requireBuild);
const atlas = getAtlas();

/** Text of the <dd> of a fact in the facts panel; "Not reported" for a fact in the line of facts no source states. */
const fact = (doc: Document, key: string) => {
  const dd = doc.querySelector(`dd[data-fact="${key}"]`);
  if (dd) return text(dd);
  const silent = doc.querySelector('[data-not-reported-list]')?.getAttribute('data-facts')?.split(' ') ?? [];
  return silent.includes(key) ? 'Not reported' : '';
};

/**
 * What each seed document states, as it must read on the built page. The
 * strings are the page's wording of the seed's facts (formatted dates and
 * amounts), so a fact dropped from data/ or from the template fails here.
 */
const SEED_FACTS: Record<string, { facts: Record<string, string[]>; anywhere: string[] }> = {
  'bracke-values-coproduction': {
    facts: {
      host: ['Marie Cederschiöld University'],
      funders: ['Riksbankens Jubileumsfond (The Bank of Sweden Tercentenary Foundation)', 'Bräcke diakoni'],
      start: ['2018'],
      end: ['2021'],
      status: ['Completed', 'Earlier reading: Ongoing'],
      lenses: ['Neo-institutional theory'],
      leaders: ['Ola Segnestam Larsson'],
      programme: ['RJ Flexit'],
      grantYear: ['2017'],
    },
    anywhere: ['Values and co-production in health and social care provided by non-profit organisations', 'Case study', 'Centre for Civil Society Research', '5 January 2022', 'quality, democracy, participation and taking responsibility'],
  },
  'iop-winding-down': {
    facts: {
      grantNumber: ['2017-05636'],
      host: ['Not reported'],
      coordinator: ['Bräcke diakoni'],
      funders: ['Vinnova'],
      amount: ['SEK 75,000', '≈ EUR 7,310 at the 2018 average ECB rate of 10.2583 SEK per EUR (start year)'],
      start: ['January 2018'],
      end: ['November 2018'],
      status: ['Completed', 'Earlier reading: Grant decided'],
    },
    anywhere: [
      'Idéburet offentligt partnerskap (IOP) - framgångsfaktorer och utmaningar',
      'Interviews: 11 key persons',
      'Document analysis',
      'important for being able to handle any conflicts',
      'not least the municipality',
      'should be strengthened through political decisions at local and national level',
      'Every principle of trust-based governance',
      'written by the project group',
      '2 February 2018',
    ],
  },
  copro: {
    facts: {
      countries: ['Norway', 'Germany'],
      programme: ['HELSEVEL – Gode og effektive helse-, omsorgs- og velferdstjenester'],
      grantNumber: ['314525'],
      amount: ['NOK 12,000,000', 'No euro figure: neither the grant year nor the start year is reported'],
      funders: ['Forskningsrådet (Research Council of Norway)'],
      sectors: ['Elderly care', 'Drug and addiction care'],
      host: ['Not reported'],
      leaders: ['Not reported'],
      start: ['Not reported'],
    },
    anywhere: [
      'Samskaping av helse- og velferdstenester mellom lokale myndigheiter og frivillige organisasjonar i Noreg og Tyskland',
      'Literature review: 3 countries (Norway, Germany, United Kingdom)',
      'Survey: more than 500 voluntary organisations',
      'Interviews: 4 municipalities in Norway',
      'Interviews: 2 cities in Germany',
      'Media analysis',
      'dominated by less institutionalised cooperation on single issues',
      'Berlin and Oslo',
      'Tidsskrift for velferdsforskning',
    ],
  },
  'cocreation-journey': {
    facts: {
      publishedIn: ['Nordisk välfärdsforskning | Nordic Welfare Research, vol. 9 (3), pp. 210–223, 2024', 'Peer reviewed'],
      doi: ['10.18261/nwr.9.3.1'],
      authors: ['Not reported'],
      host: ['NTNU, Institutt for sosialt arbeid'],
      lenses: ['Institutional logics', 'Theory of third-order change'],
      countries: ['Norway'],
    },
    anywhere: ['Co-creation – The Journey of a Co-creation Project in Pursuit of Change', 'can be challenging within the prevailing frames of understanding in the public sector', 'third-order change'],
  },
  'aau-samskabelse': {
    facts: {
      host: ['Aalborg Universitet (Aalborg University)'],
      funders: ['VELUX FONDEN (The VELUX Foundation)'],
      amount: ['about DKK 3,300,000', '≈ EUR 444,000 at the 2017 average ECB rate of 7.4386 DKK per EUR (start year)'],
      programme: ["The VELUX Foundation's interdisciplinary programme"],
      end: ['2019', 'December 2020', 'Sources disagree'],
      leaders: ['Morten Frederiksen', 'Tine Rostgaard'],
      sectors: ['Elderly care', 'Refugees and immigrants'],
    },
    anywhere: ['Aalborg Kommune', 'Røde Kors', 'Dansk Flygtningehjælp', 'Ældre Sagen', 'KORA', 'Samskabelse mellem offentlige og frivillige aktører'],
  },
};

describe('study pages in dist/', () => {
  it('exist for every study in the data, and only those', () => {
    const built = readdirSync(path.join(DIST, 'studies'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(built.sort()).toEqual(atlas.studies.map((s) => s.id).sort());
    // The five studies of the seed documents keep the facts checked against them below.
    for (const id of Object.keys(SEED_FACTS)) expect(built).toContain(id);
  });

  describe.each(Object.entries(SEED_FACTS))('/studies/%s/', (id, expected) => {
    const doc = page(`/studies/${id}/`);
    const body = text(doc.querySelector('main'));

    it('carries every fact its seed document states, in the facts panel', () => {
      for (const [key, values] of Object.entries(expected.facts)) {
        for (const value of values) expect(fact(doc, key), `fact "${key}"`).toContain(value);
      }
    });

    it('carries the rest of the seed facts somewhere on the page', () => {
      for (const value of expected.anywhere) expect(body).toContain(value);
    });

    it('cites a source for every fact, and every citation resolves to the Sources section', () => {
      const cites = [...doc.querySelectorAll('sup.cite a')].map((a) => a.getAttribute('href')!);
      expect(cites.length).toBeGreaterThan(5);
      for (const href of cites) expect(doc.querySelector(href), href).not.toBeNull();
      for (const dd of doc.querySelectorAll('dd[data-fact]')) {
        if (dd.querySelector('[data-not-reported]')) continue;
        expect(dd.querySelector('sup.cite'), `fact ${dd.getAttribute('data-fact')} has no citation`).not.toBeNull();
      }
    });

    it('lists each cited source once, numbered in citation order, with its address', () => {
      const list = doc.querySelector('#sources + ol')!;
      const items = [...list.children].filter((li) => li.tagName === 'LI');
      const ids = items.map((li) => li.id.replace(/^source-/, ''));
      expect(new Set(ids).size).toBe(ids.length);
      for (const sid of ids) expect(items.find((li) => li.id === `source-${sid}`)!.querySelector('a')!.getAttribute('href')).toBe(publicUrl(atlas.source(sid).url));
      // A marker links to its source, or to a passage listed under its source.
      const sourceOf = (href: string) => (href.startsWith('#source-') ? href.slice('#source-'.length) : doc.querySelector(href)!.closest('li[id^="source-"]')!.id.slice('source-'.length));
      const firstCited = [...new Set([...doc.querySelectorAll('sup.cite a')].map((a) => sourceOf(a.getAttribute('href')!)))];
      expect(firstCited.sort()).toEqual([...ids].sort());
    });

    it('marks original-language titles with their language', () => {
      for (const claim of atlas.study(id).titleOriginal) {
        const span = [...doc.querySelectorAll('[data-original-title] span[lang]')].find((s) => text(s) === claim.value.text);
        expect(span?.getAttribute('lang')).toBe(claim.value.lang);
      }
    });

    it('shows the findings with their themes', () => {
      for (const finding of atlas.findingsOf(id)) {
        const li = doc.querySelector(`#finding-${finding.id}`);
        expect(text(li)).toContain(finding.statement.slice(0, 40));
        expect(text(li)).toContain('Theme:');
      }
    });

    it('has an English <html lang> and one <h1>', () => {
      expect(doc.documentElement.getAttribute('lang')).toBe('en');
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
    });
  });
});

describe('/studies/ index', () => {
  const doc = page('/studies/');
  it('lists every study in a table with a link to its page', () => {
    const rows = [...doc.querySelectorAll('table[data-studies-table] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-study')).sort()).toEqual(atlas.studies.map((s) => s.id).sort());
    for (const row of rows) expect(row.querySelector('th[scope=row] a')!.getAttribute('href')).toBe(`/studies/${row.getAttribute('data-study')}/`);
  });
  it('shows both end dates where sources disagree, and "Not reported" where they are silent', () => {
    expect(text(doc.querySelector('tr[data-study="aau-samskabelse"]'))).toContain('October 2017 – 2019 or December 2020');
    expect(text(doc.querySelector('tr[data-study="copro"]'))).toContain('Not reported');
  });
});

describe('home page', () => {
  const doc = page('/');
  it('says what the site is and leads to every study', () => {
    expect(text(doc.querySelector('main'))).toContain('co-production');
    // A hundred studies are not listed on the home page: it links the list, and every country, which lists its studies.
    expect(doc.querySelector('main a[href="/studies/"]')).not.toBeNull();
    for (const c of atlas.countries) expect(doc.querySelector(`main a[href="/countries/${c.code.toLowerCase()}/"]`), c.code).not.toBeNull();
    for (const s of atlas.studies) {
      const country = current(s.countries)[0]!.value.toLowerCase();
      expect(page(`/countries/${country}/`).querySelector(`a[href="/studies/${s.id}/"]`), s.id).not.toBeNull();
    }
  });
});

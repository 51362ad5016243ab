import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteCharts } from '../../src/lib/site-charts.ts';
import { specCsv } from '../../src/lib/charts/spec.ts';
import { getAtlas } from '../../src/lib/data/load.ts';
import { DIST, allPages, page, requireBuild, text } from './helpers.ts';

beforeAll(requireBuild);
const specs = siteCharts(getAtlas());

/** Every chart figure of the site's charts on every built page (the explorer's chart follows its view: tests/e2e/explore.test.ts). */
const figures = allPages()
  .flatMap((path) => [...page(path).querySelectorAll('figure[data-chart]')].map((figure) => ({ path, figure, doc: figure.ownerDocument })))
  .filter(({ figure }) => figure.getAttribute('data-chart') !== 'explore-view');

describe('chart figures in dist/', () => {
  it('every chart of the registry appears on some page', () => {
    const placed = new Set(figures.map((f) => f.figure.getAttribute('data-chart')));
    expect([...specs.keys()].filter((id) => !placed.has(id))).toEqual([]);
  });

  it.each(figures.map((f) => [`${f.path} ${f.figure.getAttribute('data-chart')}`, f] as const))('%s: has its accessible name, description, data table, download and source line', (_, { figure, doc }) => {
    const id = figure.getAttribute('data-chart')!;
    const spec = specs.get(id)!;
    const svgs = [...figure.querySelectorAll('svg')];
    expect(svgs).toHaveLength(2); // wide and narrow renders
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      const title = doc.getElementById(svg.getAttribute('aria-labelledby')!);
      const description = doc.getElementById(svg.getAttribute('aria-describedby')!);
      expect(text(title)).toBe(spec.title);
      expect(text(description)).toBe(spec.description);
      expect(figure.contains(title) && figure.contains(description)).toBe(true);
    }
    expect(text(figure.querySelector('.chart-takeaway'))).toBe(spec.takeaway);
    const rows = [...figure.querySelectorAll('details.chart-data tbody tr')];
    expect(rows).toHaveLength(spec.rows.length);
    expect(text(figure.querySelector('details summary'))).toBe('Show data');
    const download = figure.querySelector(`a[href="/charts/${id}.csv"]`);
    expect(download?.hasAttribute('download')).toBe(true);
    expect(readFileSync(`${DIST}/charts/${id}.csv`, 'utf8')).toBe(specCsv(spec));
    // The chart as an image: an existing file that carries the chart's title and the data version.
    expect(figure.querySelector(`a[href="/charts/${id}.svg"]`)?.hasAttribute('download')).toBe(true);
    const image = readFileSync(`${DIST}/charts/${id}.svg`, 'utf8');
    expect(image).toContain(`<title id="t">`);
    const words = image.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(words).toContain(`data version ${getAtlas().version.version}`);
    expect(figure.querySelector(`a[href="#${figure.id}"]`), 'a link to the chart itself').not.toBeNull();
    const sourceLinks = [...figure.querySelectorAll('.chart-source a[href^="/sources/#source-"]')].map((a) => a.getAttribute('href')!.slice('/sources/#source-'.length));
    expect([...sourceLinks].sort()).toEqual([...spec.sources].sort());
    // Each publisher is named once, however many of its pages the chart rests on.
    const publishers = spec.sources.map((id) => getAtlas().source(id).publisher);
    for (const name of new Set(publishers)) expect(text(figure.querySelector('.chart-source')).split(name).length - 1, name).toBe(1);
    expect(text(figure.querySelector('.chart-source'))).toContain(`data version ${getAtlas().version.version}`);
  });

  it('the plotted values in each table are the ones in the data', () => {
    for (const { figure } of figures) {
      const spec = specs.get(figure.getAttribute('data-chart')!)!;
      const cells = [...figure.querySelectorAll('details.chart-data tbody tr')].map((tr) => text(tr.querySelector('th')));
      expect(cells).toEqual(spec.rows.map((r) => String((r as Record<string, unknown>)[spec.columns[0]!.key])));
    }
  });
});

describe('comparison pages', () => {
  it('/compare/oslo-berlin/ says plainly that the Berlin–Oslo paper was not found', () => {
    expect(text(page('/compare/oslo-berlin/').querySelector('main'))).toContain('The Berlin–Oslo comparison itself was not found.');
  });

  it('/compare/oslo-berlin/ sets the cities side by side, saying "Not reported" where a side is silent', () => {
    const doc = page('/compare/oslo-berlin/');
    const rows = [...doc.querySelectorAll('table[data-city-table] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-topic'))).toEqual(['voluntary-sector', 'legal-basis', 'districts', 'elderly-care', 'drug-services', 'funding']);
    expect(text(doc.querySelector('tr[data-topic="elderly-care"]'))).toContain('Not reported');
    expect(text(doc.querySelector('tr[data-topic="drug-services"]'))).toContain('Kirkens Bymisjon');
  });

  it('/compare/welfare-regimes/ places every study under its regime, and flags volunteering rates as not comparable', () => {
    const doc = page('/compare/welfare-regimes/');
    const atlas = getAtlas();
    const inCountry = (code: string) => atlas.studies.filter((s) => s.countries.some((c) => !c.superseded && c.value === code)).length;
    const liberal = doc.querySelector('tr[data-regime="liberal"]');
    expect(text(liberal)).toContain(`United Kingdom ${inCountry('GB')}`);
    expect(liberal!.querySelector('a[href="/countries/gb/#studies"]')).not.toBeNull();
    // CoPro (Norway and Germany) counts under both regimes.
    const nordic = text(doc.querySelector('tr[data-regime="social-democratic"]'));
    const corporatist = text(doc.querySelector('tr[data-regime="conservative-corporatist"]'));
    expect(corporatist).toContain(`Germany ${inCountry('DE')}`);
    expect(nordic).toContain(`Norway ${inCountry('NO')}`);
    expect(text(doc.querySelector('main'))).toContain('Not comparable across countries.');
    expect(doc.querySelectorAll('table[data-indicator="volunteering-rate"] tbody tr').length).toBe(8);
  });

  it('every cited source on a comparison page is listed, and every listed source is cited', () => {
    for (const path of ['/compare/welfare-regimes/', '/compare/oslo-berlin/']) {
      const doc = page(path);
      // A marker links to its source, or to a passage listed under it.
      const sourceOf = (href: string) => (href.startsWith('#source-') ? href.slice('#source-'.length) : doc.querySelector(href)!.closest('li[id^="source-"]')!.id.slice('source-'.length));
      const cited = new Set([...doc.querySelectorAll('sup.cite a')].map((a) => sourceOf(a.getAttribute('href')!)));
      const list = doc.querySelector('#sources ~ ol')!;
      const listed = [...list.children].filter((li) => li.tagName === 'LI').map((li) => li.id.slice('source-'.length));
      expect([...cited].filter((c) => !listed.includes(c)), path).toEqual([]);
      expect(listed.filter((l) => !cited.has(l)), path).toEqual([]);
    }
  });
});

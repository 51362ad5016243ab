import * as Plot from '@observablehq/plot';
import type { Atlas } from '../data/load.ts';
import { THEMES } from '../../schemas/vocab.ts';
import { FONT_SIZE, SEQUENTIAL, WIDTHS, labelAxis } from './palette.ts';
import type { ChartSpec } from './spec.ts';

export interface EvidenceRow {
  theme: string;
  theme_id: string;
  country: string;
  code: string;
  findings: number;
}

/** How many findings there are per theme and country; each cell of the table links to them. */
export function evidenceMatrixChart(atlas: Pick<Atlas, 'findings' | 'countries' | 'isConfirmed'>): ChartSpec<EvidenceRow> {
  // Findings from publications not confirmed as a study's output are left out of the counts (and said to be).
  const confirmed = atlas.findings.filter((f) => atlas.isConfirmed(f));
  const unconfirmed = atlas.findings.length - confirmed.length;
  const rows: EvidenceRow[] = [];
  for (const [themeId, theme] of Object.entries(THEMES)) {
    for (const c of atlas.countries) {
      rows.push({ theme, theme_id: themeId, country: c.name, code: c.code, findings: confirmed.filter((f) => f.themes.includes(themeId as keyof typeof THEMES) && f.countries.includes(c.code)).length });
    }
  }
  const filled = rows.filter((r) => r.findings > 0).sort((a, b) => b.findings - a.findings);
  const top = filled[0];
  const max = Math.max(...rows.map((r) => r.findings));
  const countries = atlas.countries.map((c) => c.name);
  return {
    id: 'evidence-matrix',
    title: 'Evidence matrix: findings by theme and country',
    takeaway: top ? `Most findings concern ${top.theme.toLowerCase()} in ${top.country} (${top.findings}); ${rows.length - filled.length} of ${rows.length} theme–country cells are empty.` : 'No findings yet.',
    description: `Grid of ${Object.keys(THEMES).length} themes by ${countries.length} countries; each cell shows the number of findings about that theme and country, darker for more. ${filled.map((r) => `${r.theme}, ${r.country}: ${r.findings}`).join('; ')}. All other cells: 0.`,
    rows,
    columns: [
      { key: 'theme', label: 'Theme' },
      { key: 'country', label: 'Country' },
      { key: 'findings', label: 'Findings', numeric: true, href: (r) => (r.findings ? `/themes/${r.theme_id}/#country-${r.code.toLowerCase()}` : undefined) },
    ],
    sources: [],
    datasets: ['data/findings.csv'],
    notes: [
      'A finding tagged with several themes or countries counts in each of their cells. The sources of each finding are on its page.',
      ...(unconfirmed ? [`Not counted: ${unconfirmed} finding${unconfirmed === 1 ? '' : 's'} from related publications not confirmed as a study’s output (listed, and marked, on the theme pages).`] : []),
    ],
    plot: (width) => {
      const narrow = width === 'narrow';
      const fontSize = narrow ? 11 : FONT_SIZE;
      const y = labelAxis(Object.values(THEMES), width, { fontSize, share: narrow ? 0.42 : 0.4 });
      return {
        width: WIDTHS[width],
        height: 80 + Object.keys(THEMES).length * (narrow ? 34 : 38),
        marginLeft: y.margin,
        marginTop: narrow ? 40 : 70,
        marginRight: narrow ? 10 : 70,
        style: { fontSize: `${fontSize}px` },
        // On a phone the columns are labelled with the country codes; the table gives the names.
        x: { domain: countries, axis: 'top', label: null, tickRotate: narrow ? 0 : -25, tickFormat: (d: string) => (narrow ? atlas.countries.find((c) => c.name === d)!.code : d) },
        y: { domain: Object.values(THEMES), label: null, tickFormat: y.tickFormat },
        color: { type: 'linear', domain: [0, Math.max(max, 1)], range: [SEQUENTIAL.low, SEQUENTIAL.high] },
        marks: [
          Plot.cell(rows, { x: 'country', y: 'theme', fill: 'findings', inset: 1 }),
          Plot.text(rows, { x: 'country', y: 'theme', text: (r: EvidenceRow) => String(r.findings), fill: (r: EvidenceRow) => (r.findings > max / 2 ? SEQUENTIAL.textOnHigh : SEQUENTIAL.textOnLow) }),
        ],
      };
    },
  };
}

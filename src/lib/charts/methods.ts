import * as Plot from '@observablehq/plot';
import type { Atlas } from '../data/load.ts';
import { ids, current } from '../data/claims.ts';
import { formatNumber } from '../format.ts';
import { METHODS } from '../../schemas/vocab.ts';
import { FONT_SIZE, PRIMARY, WIDTHS, truncateTick } from './palette.ts';
import type { ChartSpec } from './spec.ts';

export interface MethodRow {
  study: string;
  label: string;
  method: string;
  sample: string;
  source_ids: string[];
}

/** The numbers of a sample description for a grid cell: "11 key persons" → "11"; several → "4 · 2"; none → "✓". */
export function shortSample(sample: string): string {
  if (sample === 'size not reported') return '✓';
  return sample.split('; ').map((part) => part.split(' ')[0]).join(' · ');
}

/** Which study used which method, with sample sizes and numbers of places where reported. */
export function methodsChart(atlas: Pick<Atlas, 'studies'>): ChartSpec<MethodRow> {
  const rows: MethodRow[] = [];
  for (const study of atlas.studies) {
    const byMethod = new Map<string, { parts: string[]; sources: Set<string> }>();
    for (const c of current(study.methods)) {
      const m = c.value;
      const entry = byMethod.get(m.method) ?? { parts: [], sources: new Set<string>() };
      const q = m.sampleQualifier === 'more-than' ? '>' : m.sampleQualifier === 'about' ? '≈' : '';
      if (m.sampleN !== undefined) entry.parts.push(`${q}${formatNumber(m.sampleN)} ${m.sampleUnit ?? ''}`.trim());
      if (m.siteN !== undefined) entry.parts.push(`${formatNumber(m.siteN)} ${m.siteUnit ?? ''}`.trim());
      for (const s of ids(c.sources)) entry.sources.add(s);
      byMethod.set(m.method, entry);
    }
    for (const [method, { parts, sources }] of byMethod) {
      rows.push({ study: study.id, label: study.label, method: METHODS[method as keyof typeof METHODS], sample: parts.join('; ') || 'size not reported', source_ids: [...sources] });
    }
  }
  const methods = Object.values(METHODS).filter((m) => rows.some((r) => r.method === m));
  const labels = [...new Set(rows.map((r) => r.label))];
  const sized = rows.filter((r) => r.sample !== 'size not reported');
  return {
    id: 'study-methods',
    title: 'Methods and sample sizes',
    takeaway: `${rows.length} method uses across ${labels.length} studies; ${sized.length} come with a sample size or a number of places.`,
    description: `Grid with one row per study and one column per method (turned on a phone); a filled cell means the study used the method, and its number gives the sample size or number of places where reported, a tick that none is reported. ${rows.map((r) => `${r.label}, ${r.method}: ${r.sample}`).join('; ')}.`,
    rows,
    columns: [
      { key: 'label', label: 'Study', href: (r) => `/studies/${r.study}/` },
      { key: 'method', label: 'Method' },
      { key: 'sample', label: 'Sample or places' },
    ],
    sources: [...new Set(rows.flatMap((r) => r.source_ids))],
    datasets: ['data/studies.json'],
    notes: ['Counts mean different things (interviewees, organisations, municipalities, countries): read each cell with its unit.'],
    plot: (width) => {
      const narrow = width === 'narrow';
      // On a phone the grid turns: methods down the side, studies across, with short labels.
      return {
        width: WIDTHS[width],
        height: narrow ? 90 + methods.length * 32 : 110 + labels.length * 46,
        marginLeft: narrow ? 132 : 190,
        marginTop: narrow ? 110 : 100,
        marginRight: narrow ? 44 : 50,
        style: { fontSize: `${narrow ? 11 : FONT_SIZE - 1}px` },
        x: { domain: narrow ? labels : methods, axis: 'top', label: null, tickRotate: -40, tickFormat: truncateTick(18) },
        y: { domain: narrow ? methods : labels, label: null, tickFormat: truncateTick(19) },
        marks: [
          Plot.cell(rows, { x: narrow ? 'label' : 'method', y: narrow ? 'method' : 'label', fill: PRIMARY, fillOpacity: 0.18, inset: 1 }),
          Plot.text(rows, { x: narrow ? 'label' : 'method', y: narrow ? 'method' : 'label', text: (r: MethodRow) => shortSample(r.sample) }),
        ],
      };
    },
  };
}

import type { Atlas } from '../data/load.ts';
import { screeningFlow } from '../evidence-map/flow.ts';
import { formatList } from '../format.ts';
import { barPlot } from './bar-plot.ts';
import { PRIMARY } from './palette.ts';
import type { ChartSpec } from './spec.ts';

export interface ExclusionRow {
  criterion: string;
  reason: string;
  records: number;
}

/** Records excluded at screening, by the criterion of the protocol that decided. */
export function screeningExclusionsChart(atlas: Pick<Atlas, 'protocol' | 'searchLog' | 'screeningLog' | 'studies'>): ChartSpec<ExclusionRow> {
  const flow = screeningFlow(atlas);
  const rows = flow.excluded.map((e) => ({ criterion: e.criterion, reason: `${e.criterion} ${e.label}`, records: e.count }));
  const total = rows.reduce((n, r) => n + r.records, 0);
  const top = [...rows].sort((a, b) => b.records - a.records)[0];
  return {
    id: 'screening-exclusions',
    title: 'Records excluded at screening, by reason',
    takeaway: top && total ? `${total} of ${flow.screened} screened records were excluded; the most common reason was ${top.reason.toLowerCase().replace(/^e\d /, '')} (${top.records}).` : 'No record was excluded.',
    description: `Bar chart of the records excluded at screening, one bar per exclusion criterion of the protocol: ${formatList(rows.map((r) => `${r.reason}: ${r.records}`))}. ${flow.included} records were included, making ${flow.studiesFromSearch} studies.`,
    rows,
    columns: [
      { key: 'criterion', label: 'Criterion' },
      { key: 'reason', label: 'Reason' },
      { key: 'records', label: 'Records excluded', numeric: true },
    ],
    sources: [],
    datasets: ['data/evidence-map/screening-log.csv'],
    notes: ['A record is excluded for the first criterion it fails, in the protocol’s order; a record of a study already included is a duplicate (E6).'],
    plot: (width) => barPlot(rows.map((r) => ({ label: r.reason, value: r.records, color: PRIMARY })), { width, xLabel: 'records excluded', format: String }),
  };
}

import * as Plot from '@observablehq/plot';
import type { Atlas } from '../data/load.ts';
import { ids, current, disagree } from '../data/claims.ts';
import { displayTitle } from '../data/study.ts';
import { formatList } from '../format.ts';
import { endOf, formatPartialDate, isoDay, startOf } from '../partial-date.ts';
import { ACCENT, FONT_SIZE, PRIMARY, PRIMARY_LIGHT, WIDTHS, narrowTick } from './palette.ts';
import type { ChartSpec } from './spec.ts';

export interface TimelineRow {
  study: string;
  label: string;
  /** "period" for a project's run, "later end" for the stretch only one source gives, "published" for an article's year. */
  kind: 'period' | 'later end' | 'published';
  start: string;
  end: string;
  stated: string;
  source_ids: string[];
}

/** When each study ran (or was published), as the sources date it; both ends where they disagree. */
export function timelineRows(atlas: Pick<Atlas, 'studies'>): { rows: TimelineRow[]; undated: string[] } {
  const rows: TimelineRow[] = [];
  const undated: string[] = [];
  for (const study of atlas.studies) {
    const label = study.label;
    const published = current(study.publishedIn)[0];
    const start = current(study.start)[0];
    const ends = current(study.end);
    if (study.type === 'article' && published) {
      const y = String(published.value.year);
      rows.push({ study: study.id, label, kind: 'published', start: isoDay(startOf(y)), end: isoDay(endOf(y)), stated: `published ${y}`, source_ids: ids(published.sources) });
    } else if (start && ends.length) {
      const sorted = [...ends].sort((a, b) => endOf(a.value).getTime() - endOf(b.value).getTime());
      const first = sorted[0]!;
      rows.push({ study: study.id, label, kind: 'period', start: isoDay(startOf(start.value)), end: isoDay(endOf(first.value)), stated: `${formatPartialDate(start.value)} – ${formatPartialDate(first.value)}`, source_ids: [...new Set([...ids(start.sources), ...ids(first.sources)])] });
      for (const later of sorted.slice(1)) {
        rows.push({ study: study.id, label, kind: 'later end', start: isoDay(endOf(first.value)), end: isoDay(endOf(later.value)), stated: `end given as ${formatPartialDate(later.value)} by another source`, source_ids: ids(later.sources) });
      }
    } else undated.push(displayTitle(study));
  }
  return { rows, undated };
}

/** When each study ran, as a timeline with both ends where the sources disagree. */
export function timelineChart(atlas: Pick<Atlas, 'studies'>): ChartSpec<TimelineRow> {
  const { rows, undated } = timelineRows(atlas);
  const labels = [...new Set(rows.map((r) => r.label))];
  const years = rows.flatMap((r) => [Number(r.start.slice(0, 4)), Number(r.end.slice(0, 4))]);
  const [from, to] = [Math.min(...years), Math.max(...years) + 1];
  const disagreeing = atlas.studies.filter((s) => disagree(s.end)).map((s) => s.label);
  return {
    id: 'study-timeline',
    title: 'When the studies ran',
    takeaway: `The dated studies span ${from} to ${to - 1}${disagreeing.length ? `; for ${formatList(disagreeing)} the sources give two end dates` : ''}.`,
    description:
      `Timeline with one row per study, years ${from} to ${to} on the horizontal axis. Solid bars show the period the sources give for a project; ` +
      `a hatched lighter bar the stretch only a later end date covers; a short bar an article's year of publication. ` +
      `${rows.map((r) => `${r.label}: ${r.stated}`).join('; ')}.` +
      (undated.length ? ` Not dated in the sources: ${formatList(undated)}.` : ''),
    rows,
    columns: [
      { key: 'label', label: 'Study', href: (r) => `/studies/${r.study}/` },
      { key: 'kind', label: 'What the bar shows' },
      { key: 'stated', label: 'As the sources give it' },
      { key: 'start', label: 'Bar from' },
      { key: 'end', label: 'Bar to' },
    ],
    sources: [...new Set(rows.flatMap((r) => r.source_ids))],
    datasets: ['data/studies.json'],
    notes: [
      ...(undated.length ? [`Not shown: ${formatList(undated)} (no start or end date in the sources).`] : []),
      'Dates given only as a year or month are drawn from the first to the last day of that year or month.',
    ],
    legend: [
      { label: 'Project period', color: PRIMARY },
      { label: 'Later end date (sources disagree)', color: PRIMARY_LIGHT },
      { label: 'Article published', color: ACCENT },
    ],
    plot: (width) => ({
      width: WIDTHS[width],
      height: 50 + labels.length * 40,
      marginLeft: width === 'narrow' ? 110 : 210,
      marginBottom: 36,
      style: { fontSize: `${width === 'narrow' ? FONT_SIZE - 1 : FONT_SIZE}px` },
      x: { type: 'utc', domain: [new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to, 0, 1))], grid: true, ticks: width === 'narrow' ? 3 : 6, label: null },
      y: { domain: labels, label: null, tickFormat: narrowTick(width, 15) },
      color: { domain: ['period', 'later end', 'published'], range: [PRIMARY, PRIMARY_LIGHT, ACCENT] },
      marks: [
        Plot.barX(rows, { x1: (r: TimelineRow) => new Date(r.start), x2: (r: TimelineRow) => new Date(r.end), y: 'label', fill: 'kind', insetTop: 6, insetBottom: 6 }),
      ],
    }),
  };
}

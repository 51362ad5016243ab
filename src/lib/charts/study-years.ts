import * as Plot from '@observablehq/plot';
import type { Atlas } from '../data/load.ts';
import { current } from '../data/claims.ts';
import { studyYear } from '../data/study.ts';
import { plural } from '../format.ts';
import { COUNTRIES } from '../../schemas/vocab.ts';
import { FONT_SIZE, PRIMARY, WIDTHS, textWidth } from './palette.ts';
import type { ChartSpec } from './spec.ts';

export interface StudyYearRow {
  country: string;
  year: number;
  studies: number;
  /** Ids of the studies counted, for the table's links and the CSV. */
  study_ids: string[];
}

/** Studies per country and year (the year a project started, or a publication appeared). */
export function studyYearRows(atlas: Pick<Atlas, 'studies'>): { rows: StudyYearRow[]; undated: number; countries: string[] } {
  const cells = new Map<string, StudyYearRow>();
  let undated = 0;
  for (const study of atlas.studies) {
    const year = studyYear(study);
    if (year === null) {
      undated++;
      continue;
    }
    for (const code of new Set(current(study.countries).map((c) => c.value))) {
      const country = COUNTRIES[code];
      const key = `${country}|${year}`;
      const cell = cells.get(key) ?? { country, year, studies: 0, study_ids: [] };
      cell.studies++;
      cell.study_ids.push(study.id);
      cells.set(key, cell);
    }
  }
  const countries: string[] = Object.values(COUNTRIES).filter((c) => [...cells.values()].some((r) => r.country === c));
  const rows = [...cells.values()].sort((a, b) => countries.indexOf(a.country) - countries.indexOf(b.country) || a.year - b.year);
  return { rows, undated, countries };
}

/**
 * When the studies were done, country by country: one small bar chart per
 * country on a shared year axis. (With a few studies this was a timeline, one
 * bar per study; at a hundred studies a count per year is what a reader can take in.)
 */
export function studyYearsChart(atlas: Pick<Atlas, 'studies'>): ChartSpec<StudyYearRow> {
  const { rows, undated, countries } = studyYearRows(atlas);
  const labels = new Map(atlas.studies.map((s) => [s.id, s.label]));
  const years = rows.map((r) => r.year);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  const total = (country: string) => rows.filter((r) => r.country === country).reduce((n, r) => n + r.studies, 0);
  // Studies, not study-country pairs: a study in two countries is one study done in one year.
  const byYear = new Map<number, Set<string>>();
  for (const r of rows) for (const id of r.study_ids) byYear.set(r.year, (byYear.get(r.year) ?? new Set()).add(id));
  const inYears = (a: number, b: number) => new Set([...byYear].filter(([y]) => y >= a && y <= b).flatMap(([, ids]) => [...ids])).size;
  const dated = inYears(from, to);
  let busiest = { from, studies: -1 };
  for (let y = from; y + 4 <= Math.max(to, from + 4); y++) if (inYears(y, y + 4) > busiest.studies) busiest = { from: y, studies: inYears(y, y + 4) };
  const max = Math.max(...rows.map((r) => r.studies));
  return {
    id: 'study-years',
    title: 'When the studies were done',
    takeaway: `The dated studies run from ${from} to ${to}; ${busiest.studies} of the ${dated} were done from ${busiest.from} to ${busiest.from + 4}, the busiest five years.`,
    description:
      `One bar chart per country, years ${from} to ${to} across, the number of studies that started (a project) or appeared (a publication) in each year up. ` +
      `${countries.map((c) => `${c}, ${plural(total(c), 'study', 'studies')}: ${rows.filter((r) => r.country === c).map((r) => `${r.year} ${r.studies}`).join(', ')}`).join('. ')}.`,
    rows,
    columns: [
      { key: 'country', label: 'Country' },
      { key: 'year', label: 'Year', format: (v) => String(v) },
      { key: 'studies', label: 'Studies', numeric: true },
      // The table names the studies; the CSV keeps their ids, the keys of data/studies.json.
      { key: 'study_ids', label: 'Which', format: (v) => (v as string[]).map((id) => labels.get(id) ?? id).join('; ') },
    ],
    sources: [],
    datasets: ['data/studies.json'],
    notes: [
      'A project is placed in the year it started, a publication in the year it appeared; the sources of each date are on the study’s page.',
      'A study in two countries counts in each.',
      ...(undated ? [`Not shown: ${plural(undated, 'study', 'studies')} whose sources give neither a start year nor a year of publication.`] : []),
    ],
    plot: (width) => {
      const narrow = width === 'narrow';
      return {
        width: WIDTHS[width],
        height: 40 + countries.length * (narrow ? 78 : 86),
        marginLeft: 30,
        // Half the last year label sits right of its tick.
        marginRight: Math.ceil(textWidth(String(to + 1), FONT_SIZE) / 2) + 6,
        marginTop: 8,
        marginBottom: 30,
        style: { fontSize: `${FONT_SIZE}px` },
        x: { domain: [from, to + 1], tickFormat: (d: number) => String(d), ticks: narrow ? 4 : 8, label: null },
        y: { domain: [0, max], ticks: 2, grid: true, label: null, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
        fy: { domain: countries, axis: null, padding: 0.35 },
        marks: [
          Plot.rectY(rows, { x1: 'year', x2: (r: StudyYearRow) => r.year + 1, y: 'studies', fy: 'country', fill: PRIMARY, inset: 1 }),
          Plot.text(countries, { fy: (c: string) => c, text: (c: string) => `${c} (${total(c)})`, frameAnchor: 'top-left', dx: 4, dy: -2, fontWeight: 'bold', textAnchor: 'start' }),
          Plot.ruleY([0]),
        ],
      };
    },
  };
}

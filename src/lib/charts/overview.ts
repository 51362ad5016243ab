import * as Plot from '@observablehq/plot';
import type { Atlas } from '../data/load.ts';
import { current, disagree, ids } from '../data/claims.ts';
import { rateYear, roundEur, toEur } from '../data/currency.ts';
import { formatAmount, formatList, formatNumber, formatPartialDate } from '../format.ts';
import { displayTitle } from '../study/facts.ts';
import { METHODS, THEMES } from '../../schemas/vocab.ts';
import type { Study } from '../../schemas/study.ts';
import { FONT_SIZE, WIDTHS } from './palette.ts';
import type { ChartSpec } from './spec.ts';

/** A short label for a study in charts: the label from data/studies.json. */
export function studyLabel(study: Pick<Study, 'label'>): string {
  return study.label;
}

/** First day of a partial date ("2018" → 2018-01-01; "2018-11" → 2018-11-01). */
export function startOf(date: string): Date {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** Last day of a partial date ("2021" → 2021-12-31; "2018-11" → 2018-11-30). */
export function endOf(date: string): Date {
  const [y, m, d] = date.split('-');
  if (d) return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (m) return new Date(Date.UTC(Number(y), Number(m), 0));
  return new Date(Date.UTC(Number(y), 11, 31));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

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
    const label = studyLabel(study);
    const published = current(study.publishedIn)[0];
    const start = current(study.start)[0];
    const ends = current(study.end);
    if (study.type === 'article' && published) {
      const y = String(published.value.year);
      rows.push({ study: study.id, label, kind: 'published', start: iso(startOf(y)), end: iso(endOf(y)), stated: `published ${y}`, source_ids: ids(published.sources) });
    } else if (start && ends.length) {
      const sorted = [...ends].sort((a, b) => endOf(a.value).getTime() - endOf(b.value).getTime());
      const first = sorted[0]!;
      rows.push({ study: study.id, label, kind: 'period', start: iso(startOf(start.value)), end: iso(endOf(first.value)), stated: `${formatPartialDate(start.value)} – ${formatPartialDate(first.value)}`, source_ids: [...new Set([...ids(start.sources), ...ids(first.sources)])] });
      for (const later of sorted.slice(1)) {
        rows.push({ study: study.id, label, kind: 'later end', start: iso(endOf(first.value)), end: iso(endOf(later.value)), stated: `end given as ${formatPartialDate(later.value)} by another source`, source_ids: ids(later.sources) });
      }
    } else undated.push(displayTitle(study));
  }
  return { rows, undated };
}

export function timelineChart(atlas: Pick<Atlas, 'studies'>): ChartSpec<TimelineRow> {
  const { rows, undated } = timelineRows(atlas);
  const labels = [...new Set(rows.map((r) => r.label))];
  const years = rows.flatMap((r) => [Number(r.start.slice(0, 4)), Number(r.end.slice(0, 4))]);
  const [from, to] = [Math.min(...years), Math.max(...years) + 1];
  const disagreeing = atlas.studies.filter((s) => disagree(s.end)).map((s) => studyLabel(s));
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
      { label: 'Project period', color: '#0072B2' },
      { label: 'Later end date (sources disagree)', color: '#56B4E9' },
      { label: 'Article published', color: '#D55E00' },
    ],
    plot: (width) => ({
      width: WIDTHS[width],
      height: 50 + labels.length * 40,
      marginLeft: width === 'narrow' ? 110 : 210,
      marginBottom: 36,
      style: { fontSize: `${width === 'narrow' ? FONT_SIZE - 1 : FONT_SIZE}px` },
      x: { type: 'utc', domain: [new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to, 0, 1))], grid: true, ticks: width === 'narrow' ? 3 : 6, label: null },
      y: { domain: labels, label: null, tickFormat: (d: string) => (width === 'narrow' && d.length > 15 ? `${d.slice(0, 14)}…` : d) },
      color: { domain: ['period', 'later end', 'published'], range: ['#0072B2', '#56B4E9', '#D55E00'] },
      marks: [
        Plot.barX(rows, { x1: (r: TimelineRow) => new Date(r.start), x2: (r: TimelineRow) => new Date(r.end), y: 'label', fill: 'kind', insetTop: 6, insetBottom: 6 }),
      ],
    }),
  };
}

export interface FundingRow {
  study: string;
  label: string;
  amount: string;
  rate: string;
  rate_year: string;
  eur: number;
  source_ids: string[];
}

/** Amounts in their original currency and in euro at the rate of the grant (or start) year. */
export function fundingChart(atlas: Atlas): ChartSpec<FundingRow> {
  const rows: FundingRow[] = [];
  const unconverted: string[] = [];
  const missing: string[] = [];
  for (const study of atlas.studies) {
    const claim = current(study.amount)[0];
    if (!claim) {
      missing.push(studyLabel(study));
      continue;
    }
    const year = rateYear(study);
    // An amount in euro needs no rate (nor a year to pick one).
    const inEur = claim.value.currency === 'EUR';
    const converted = inEur ? toEur(claim.value, year?.year ?? 0, atlas.rates) : year ? toEur(claim.value, year.year, atlas.rates) : undefined;
    if (!converted || (!inEur && !year)) {
      unconverted.push(`${studyLabel(study)} (${formatAmount(claim.value.value, claim.value.currency, claim.value.approx)}; no grant or start year, so no rate applies)`);
      continue;
    }
    rows.push({
      study: study.id,
      label: studyLabel(study),
      amount: formatAmount(claim.value.value, claim.value.currency, claim.value.approx),
      rate: inEur ? 'none needed (amount in euro)' : `${converted.rate.rate.toFixed(4)} ${claim.value.currency} per EUR (${year!.basis})`,
      rate_year: inEur ? '' : String(year!.year),
      eur: roundEur(converted.eur),
      source_ids: [...new Set([...ids(claim.sources), ...(converted.rate.source_id ? [converted.rate.source_id] : [])])],
    });
  }
  rows.sort((a, b) => b.eur - a.eur);
  const eur = (v: number) => `EUR ${formatNumber(v)}`;
  return {
    id: 'study-funding',
    title: 'Funding, converted to euro',
    takeaway: rows.length ? `${formatList(rows.map((r) => `${r.label}: ${r.amount} ≈ ${eur(r.eur)}`))}.` : 'No amount can be converted.',
    description: `Bar chart of grant amounts in euro, one bar per study whose amount and year are reported. Each amount is divided by the average ECB reference rate of its grant year, or of its start year. ${rows.map((r) => `${r.label}: ${r.amount}${r.rate_year ? `, about ${eur(r.eur)} at the ${r.rate_year} rate of ${r.rate}` : ' (in euro)'}`).join('; ')}.`,
    rows,
    columns: [
      { key: 'label', label: 'Study', href: (r) => `/studies/${r.study}/` },
      { key: 'amount', label: 'Amount as reported' },
      { key: 'rate_year', label: 'Rate year' },
      { key: 'rate', label: 'ECB annual average rate' },
      { key: 'eur', label: 'About, in EUR', numeric: true, format: (v) => formatNumber(v as number) },
    ],
    sources: [...new Set(rows.flatMap((r) => r.source_ids))],
    datasets: ['data/studies.json', 'data/exchange-rates.csv'],
    notes: [
      ...(unconverted.length ? [`Not converted: ${formatList(unconverted)}.`] : []),
      ...(missing.length ? [`No amount reported: ${formatList(missing)}.`] : []),
      'Euro figures are rounded to three significant digits.',
    ],
    plot: (width) => ({
      width: WIDTHS[width],
      height: 60 + rows.length * 48,
      marginLeft: width === 'narrow' ? 96 : 170,
      marginRight: width === 'narrow' ? 90 : 120,
      marginBottom: 40,
      style: { fontSize: `${FONT_SIZE}px` },
      x: { grid: true, label: 'EUR', labelAnchor: 'right', labelArrow: 'none', labelOffset: 34, ticks: width === 'narrow' ? 2 : 4, tickFormat: (d: number) => formatNumber(d) },
      y: { domain: rows.map((r) => r.label), label: null, padding: 0.3, tickFormat: (d: string) => (width === 'narrow' && d.length > 14 ? `${d.slice(0, 13)}…` : d) },
      marks: [
        Plot.barX(rows, { x: 'eur', y: 'label', fill: '#0072B2' }),
        Plot.text(rows, { x: 'eur', y: 'label', text: (r: FundingRow) => `≈ ${eur(r.eur)}`, dx: 6, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    }),
  };
}

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
      rows.push({ study: study.id, label: studyLabel(study), method: METHODS[method as keyof typeof METHODS], sample: parts.join('; ') || 'size not reported', source_ids: [...sources] });
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
        x: { domain: narrow ? labels : methods, axis: 'top', label: null, tickRotate: -40, tickFormat: (d: string) => (d.length > 18 ? `${d.slice(0, 17)}…` : d) },
        y: { domain: narrow ? methods : labels, label: null, tickFormat: (d: string) => (d.length > 19 ? `${d.slice(0, 18)}…` : d) },
        marks: [
          Plot.cell(rows, { x: narrow ? 'label' : 'method', y: narrow ? 'method' : 'label', fill: '#0072B2', fillOpacity: 0.18, inset: 1 }),
          Plot.text(rows, { x: narrow ? 'label' : 'method', y: narrow ? 'method' : 'label', text: (r: MethodRow) => shortSample(r.sample) }),
        ],
      };
    },
  };
}

export interface EvidenceRow {
  theme: string;
  theme_id: string;
  country: string;
  code: string;
  findings: number;
}

/** How many findings there are per theme and country; each cell of the table links to them. */
export function evidenceMatrixChart(atlas: Pick<Atlas, 'findings' | 'countries' | 'isConfirmed'>): ChartSpec<EvidenceRow> {
  const rows: EvidenceRow[] = [];
  // Findings from publications not confirmed as a study's output are left out of the counts (and said to be).
  const confirmed = atlas.findings.filter((f) => atlas.isConfirmed(f));
  const unconfirmed = atlas.findings.length - confirmed.length;
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
      return {
        width: WIDTHS[width],
        height: 80 + Object.keys(THEMES).length * (narrow ? 34 : 38),
        marginLeft: narrow ? 124 : 260,
        marginTop: narrow ? 40 : 70,
        marginRight: narrow ? 10 : 70,
        style: { fontSize: `${narrow ? 11 : FONT_SIZE}px` },
        // On a phone the columns are labelled with the country codes; the table gives the names.
        x: { domain: countries, axis: 'top', label: null, tickRotate: narrow ? 0 : -25, tickFormat: (d: string) => (narrow ? atlas.countries.find((c) => c.name === d)!.code : d) },
        y: { domain: Object.values(THEMES), label: null, tickFormat: (d: string) => (narrow && d.length > 18 ? `${d.slice(0, 17)}…` : d) },
        color: { type: 'linear', domain: [0, Math.max(max, 1)], range: ['#f1f5f9', '#0b4f7c'] },
        marks: [
          Plot.cell(rows, { x: 'country', y: 'theme', fill: 'findings', inset: 1 }),
          Plot.text(rows, { x: 'country', y: 'theme', text: (r: EvidenceRow) => String(r.findings), fill: (r: EvidenceRow) => (r.findings > max / 2 ? 'white' : 'black') }),
        ],
      };
    },
  };
}

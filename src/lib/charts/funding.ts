import * as Plot from '@observablehq/plot';
import type { Atlas } from '../data/load.ts';
import { ids, current } from '../data/claims.ts';
import { rateYear, roundEur, toEur } from '../data/currency.ts';
import { formatAmount, formatList, formatNumber, plural } from '../format.ts';
import { FONT_SIZE, PRIMARY, WIDTHS, labelAxis, textWidth } from './palette.ts';
import type { ChartSpec } from './spec.ts';

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
      missing.push(study.label);
      continue;
    }
    const year = rateYear(study);
    // An amount in euro needs no rate (nor a year to pick one).
    const inEur = claim.value.currency === 'EUR';
    const converted = inEur ? toEur(claim.value, year?.year ?? 0, atlas.rates) : year ? toEur(claim.value, year.year, atlas.rates) : undefined;
    if (!converted || (!inEur && !year)) {
      unconverted.push(`${study.label} (${formatAmount(claim.value.value, claim.value.currency, claim.value.approx)}; no grant or start year, so no rate applies)`);
      continue;
    }
    rows.push({
      study: study.id,
      label: study.label,
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
      // With a hundred studies the names would be a wall of text: the studies list shows each study's amount or “Not reported”.
      ...(missing.length ? [`No amount reported for the other ${plural(missing.length, 'study', 'studies')} of ${atlas.studies.length}.`] : []),
      'Euro figures are rounded to three significant digits.',
    ],
    plot: (width) => {
      const y = labelAxis(rows.map((r) => r.label), width);
      // The largest bar's value label runs past the bar's end: room for it, and the x axis label under it.
      const largest = rows.reduce((m, r) => (r.eur > m.eur ? r : m), rows[0] ?? { eur: 0 });
      const valueRoom = Math.ceil(textWidth(`≈ ${eur(largest.eur)}`, FONT_SIZE)) + 12;
      return {
        width: WIDTHS[width],
        height: 60 + rows.length * 48,
        marginLeft: y.margin,
        marginRight: Math.max(40, valueRoom),
        marginBottom: width === 'narrow' ? 10 : 40,
        style: { fontSize: `${FONT_SIZE}px` },
        // On a phone the bars are too short for a readable axis; every bar carries its value.
        x: width === 'narrow' ? { axis: null } : { grid: true, label: 'EUR', labelAnchor: 'right', labelArrow: 'none', labelOffset: 34, ticks: 4, tickFormat: (d: number) => formatNumber(d) },
        y: { domain: rows.map((r) => r.label), label: null, padding: 0.3, tickFormat: y.tickFormat },
        marks: [
          Plot.barX(rows, { x: 'eur', y: 'label', fill: PRIMARY }),
          Plot.text(rows, { x: 'eur', y: 'label', text: (r: FundingRow) => `≈ ${eur(r.eur)}`, dx: 6, textAnchor: 'start' }),
          Plot.ruleX([0]),
        ],
      };
    },
  };
}

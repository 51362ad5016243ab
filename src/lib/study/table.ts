import type { Atlas } from '../data/load.ts';
import { current, disagree, first, studySources } from '../data/claims.ts';
import type { Study } from '../../schemas/study.ts';
import type { ListRecord } from '../study-list/state.ts';
import { rateYear, roundEur, toEur } from '../data/currency.ts';
import { formatAmount, formatList, formatNumber } from '../format.ts';
import { formatPartialDate } from '../partial-date.ts';
import { COUNTRIES, METHODS, SECTORS, STUDY_TYPES } from '../../schemas/vocab.ts';
import { displayTitle } from '../data/study.ts';

/** One row of the /studies/ table; undefined cells are "not reported". */
export interface StudyRow {
  id: string;
  title: string;
  countries: string;
  type: string;
  period?: string;
  funders?: string;
  amount?: string;
  amountEur?: string;
  sectors: string;
  methods?: string;
  /** Findings from the study's own publications and summaries. */
  findings: number;
  /** Findings from related publications not confirmed as the study's output, counted apart. */
  findingsUnconfirmed: number;
}

/** The period as sources give it; both end dates where they disagree. */
function period(start?: string, ends: string[] = []): string | undefined {
  if (!start && !ends.length) return undefined;
  const end = ends.length ? ends.map(formatPartialDate).join(' or ') : 'end not reported';
  return `${start ? formatPartialDate(start) : 'start not reported'} – ${end}`;
}

/** Rows of the studies table, in the order of data/studies.json. */
export function studyRows(atlas: Atlas): StudyRow[] {
  return atlas.studies.map((study) => {
    const funders = atlas.rolesOf(study.id).filter((r) => r.role === 'funder').map((r) => atlas.organisation(r.organisation_id).name_en ?? atlas.organisation(r.organisation_id).name);
    const amount = first(study.amount);
    const year = rateYear(study);
    const eur = amount && year ? toEur(amount, year.year, atlas.rates) : undefined;
    const published = first(study.publishedIn);
    const ends = current(study.end).map((c) => c.value);
    return {
      id: study.id,
      title: displayTitle(study),
      countries: formatList(current(study.countries).map((c) => COUNTRIES[c.value])),
      type: STUDY_TYPES[study.type],
      period: study.type !== 'project' ? (published ? `Published ${published.year}` : undefined) : period(first(study.start), disagree(study.end) ? ends : ends.slice(0, 1)),
      funders: funders.length ? formatList(funders) : undefined,
      amount: amount ? formatAmount(amount.value, amount.currency, amount.approx) : undefined,
      amountEur: eur && year ? `≈ EUR ${formatNumber(roundEur(eur.eur))} (${year.year} rate)` : undefined,
      sectors: formatList(current(study.sectors).map((c) => SECTORS[c.value])),
      methods: study.methods.length ? formatList([...new Set(current(study.methods).map((c) => METHODS[c.value.method]))]) : undefined,
      findings: atlas.findingsOf(study.id).filter((f) => atlas.isConfirmed(f)).length,
      findingsUnconfirmed: atlas.findingsOf(study.id).filter((f) => !atlas.isConfirmed(f)).length,
    };
  });
}

/** The record the /studies/ list filters and sorts on (src/lib/study-list/state.ts). */
export function listRecord(study: Study, atlas: Atlas): ListRecord {
  const funders = atlas.rolesOf(study.id).filter((r) => r.role === 'funder').map((r) => atlas.organisation(r.organisation_id).id);
  const amount = first(study.amount);
  const year = rateYear(study);
  const eur = amount?.currency === 'EUR' ? amount.value : amount && year ? toEur(amount, year.year, atlas.rates)?.eur : undefined;
  const startText = first(study.start);
  const published = first(study.publishedIn)?.year;
  const endText = current(study.end).map((c) => c.value).sort().at(-1);
  const start = startText ? Number(startText.slice(0, 4)) : published;
  return {
    id: study.id,
    title: displayTitle(study),
    countries: [...new Set(current(study.countries).map((c) => c.value))],
    type: study.type,
    sectors: [...new Set(current(study.sectors).map((c) => c.value))],
    funders: [...new Set(funders)],
    langs: [...new Set(studySources(study).map((id) => atlas.source(id).lang))].sort(),
    ...(start !== undefined ? { start } : {}),
    ...(endText ? { end: Number(endText.slice(0, 4)) } : published !== undefined ? { end: published } : {}),
    ...(eur !== undefined ? { eur: Math.round(eur) } : {}),
    findings: atlas.findingsOf(study.id).filter((f) => atlas.isConfirmed(f)).length,
  };
}

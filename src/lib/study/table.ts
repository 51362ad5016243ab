import type { Atlas } from '../data/load.ts';
import { current, disagree, first } from '../data/claims.ts';
import { rateYear, roundEur, toEur } from '../data/currency.ts';
import { formatAmount, formatList, formatNumber } from '../format.ts';
import { formatPartialDate } from '../partial-date.ts';
import { COUNTRIES, METHODS, SECTORS } from '../../schemas/vocab.ts';
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
  findings: number;
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
      type: study.type === 'article' ? 'Article' : 'Project',
      period: study.type === 'article' ? (published ? `Published ${published.year}` : undefined) : period(first(study.start), disagree(study.end) ? ends : ends.slice(0, 1)),
      funders: funders.length ? formatList(funders) : undefined,
      amount: amount ? formatAmount(amount.value, amount.currency, amount.approx) : undefined,
      amountEur: eur && year ? `≈ EUR ${formatNumber(roundEur(eur.eur))} (${year.year} rate)` : undefined,
      sectors: formatList(current(study.sectors).map((c) => SECTORS[c.value])),
      methods: study.methods.length ? formatList([...new Set(current(study.methods).map((c) => METHODS[c.value.method]))]) : undefined,
      findings: atlas.findingsOf(study.id).length,
    };
  });
}

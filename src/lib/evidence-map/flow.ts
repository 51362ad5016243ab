import type { Atlas } from '../data/load.ts';
import { COUNTRIES } from '../../schemas/vocab.ts';

/** A step of the flow from records found to studies included, with how many passed it. */
export interface FlowStep {
  key: string;
  label: string;
  count: number;
}

export interface ScreeningFlow {
  queries: number;
  /** Records the queries returned, counted per query (a page returned twice counts twice). */
  returned: number;
  /** Records screened one by one (the search's own; seed studies apart). */
  screened: number;
  /** Excluded records by the criterion that decided, in the protocol's order. */
  excluded: { criterion: string; label: string; text: string; count: number }[];
  included: number;
  /** Studies the search added (distinct studies of the included records). */
  studiesFromSearch: number;
  /** Seed studies, included before the protocol and screened against it. */
  seeds: number;
  /** Studies in the atlas now. */
  studies: number;
  byCountry: { code: keyof typeof COUNTRIES; name: string; queries: number; returned: number; screened: number; included: number; studies: number }[];
}

const isSeed = (note: string | undefined) => (note ?? '').startsWith('Seed study');

/** The PRISMA-style flow of the evidence map, from the search and screening logs. */
export function screeningFlow(atlas: Pick<Atlas, 'protocol' | 'searchLog' | 'screeningLog' | 'studies'>): ScreeningFlow {
  const records = atlas.screeningLog.filter((r) => !isSeed(r.note));
  const seeds = new Set(atlas.screeningLog.filter((r) => isSeed(r.note)).map((r) => r.study_id));
  const includedRows = records.filter((r) => r.decision === 'included');
  const studiesFromSearch = new Set(includedRows.map((r) => r.study_id).filter((id) => !seeds.has(id)));
  return {
    queries: atlas.searchLog.length,
    returned: atlas.searchLog.reduce((n, q) => n + q.records_seen, 0),
    screened: records.length,
    excluded: atlas.protocol.exclusion.map((c) => ({ criterion: c.id, label: c.label, text: c.text, count: records.filter((r) => r.criterion === c.id).length })),
    included: includedRows.length,
    studiesFromSearch: studiesFromSearch.size,
    seeds: seeds.size,
    studies: atlas.studies.length,
    byCountry: (Object.keys(COUNTRIES) as (keyof typeof COUNTRIES)[]).map((code) => {
      const mine = records.filter((r) => r.country === code);
      const queries = atlas.searchLog.filter((q) => q.country === code);
      return {
        code,
        name: COUNTRIES[code],
        queries: queries.length,
        returned: queries.reduce((n, q) => n + q.records_seen, 0),
        screened: mine.length,
        included: mine.filter((r) => r.decision === 'included').length,
        studies: new Set(mine.filter((r) => r.decision === 'included').map((r) => r.study_id).filter((id) => !seeds.has(id))).size,
      };
    }),
  };
}

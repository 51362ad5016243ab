import { PASSAGE_DATASETS, type PassageDataset } from '../../schemas/passage.ts';
import type { CsvDatasetName, CsvRow } from './datasets.ts';

/**
 * How a row of each passage-bearing CSV dataset is named in data/passages.csv: by its id, or by
 * the columns that make it unique (roles: "study_id/organisation_id/role"). Declared beside
 * PASSAGE_DATASETS's description of the same keys, which the schema documents.
 */
export const PASSAGE_TABLES: { [D in PassageDataset]: { table: CsvDatasetName; key: (row: never) => string } } = {
  organisations: { table: 'organisations', key: (r: CsvRow<'organisations'>) => r.id },
  roles: { table: 'roles', key: (r: CsvRow<'roles'>) => `${r.study_id}/${r.organisation_id}/${r.role}` },
  publications: { table: 'publications', key: (r: CsvRow<'publications'>) => r.id },
  findings: { table: 'findings', key: (r: CsvRow<'findings'>) => r.id },
  regimes: { table: 'regimes', key: (r: CsvRow<'regimes'>) => r.id },
  countries: { table: 'countries', key: (r: CsvRow<'countries'>) => r.code },
  indicators: { table: 'indicators', key: (r: CsvRow<'indicators'>) => r.id },
  'context-facts': { table: 'contextFacts', key: (r: CsvRow<'contextFacts'>) => r.id },
  'sdg-targets': { table: 'sdgTargets', key: (r: CsvRow<'sdgTargets'>) => r.code },
  'sdg-links': { table: 'sdgLinks', key: (r: CsvRow<'sdgLinks'>) => `${r.study_id}/${r.code}` },
};

export function passageKey<D extends PassageDataset>(dataset: D, row: CsvRow<(typeof PASSAGE_TABLES)[D]['table']>): string {
  return (PASSAGE_TABLES[dataset].key as (r: unknown) => string)(row);
}

export const PASSAGE_DATASET_NAMES = Object.keys(PASSAGE_DATASETS) as PassageDataset[];

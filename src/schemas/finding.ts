import { z } from 'astro/zod';
import { cellList, cellOptional, cellRequired, cellText, countryCode, id, oneOf } from './fields.ts';
import { EVIDENCE_TYPES, SECTORS, THEMES } from './vocab.ts';

/** data/findings.csv: what a study found, in our own words. */
export const findingRow = z.object({
  id: cellRequired(id).describe('Stable id of the finding; its permalink.'),
  study_id: cellRequired(id).describe('The study it comes from (data/studies.json).'),
  statement: cellText.describe('The finding, in our own words.'),
  themes: cellList(oneOf(THEMES, 'a theme'), { min: 1 }).describe('Themes, separated by ";".'),
  countries: cellList(countryCode, { min: 1 }).describe('Countries the finding is about.'),
  sectors: cellList(oneOf(SECTORS, 'a sector'), { min: 1 }).describe('Service sectors.'),
  evidence_type: cellRequired(oneOf(EVIDENCE_TYPES, 'an evidence type')).describe('What kind of text the finding rests on.'),
  publication_id: cellOptional(id).describe('The publication it comes from (data/publications.csv), if any.'),
  source_ids: cellList(id, { min: 1 }).describe('Sources stating the finding.'),
  note: cellOptional(z.string()).describe('Caveats for the reader.'),
});
export type Finding = z.output<typeof findingRow>;

import { z } from 'astro/zod';
import { cellYear, cellList, cellOptional, cellRequired, cellText, doi, httpUrl, id, oneOf } from './fields.ts';
import { PUBLICATION_KINDS, PUBLICATION_RELATIONS } from './vocab.ts';

/** data/publications.csv: outputs of the studies and closely related publications. */
export const publicationRow = z.object({
  id: cellRequired(id).describe('Stable id of the publication.'),
  study_id: cellRequired(id).describe('The study it belongs to or relates to.'),
  relation: cellRequired(oneOf(PUBLICATION_RELATIONS, 'a relation')).describe('How it relates to the study.'),
  kind: cellRequired(oneOf(PUBLICATION_KINDS, 'a publication kind')).describe('Journal article or report.'),
  title: cellOptional(z.string()).describe('Title; empty where not found.'),
  authors: cellList(z.string().min(1)).describe('Authors, separated by ";"; empty where not found.'),
  year: cellOptional(cellYear).describe('Year of publication.'),
  venue: cellOptional(z.string()).describe('Journal or series.'),
  doi: cellOptional(doi).describe('DOI, without resolver.'),
  url: cellOptional(httpUrl).describe('Address of the publication or its record.'),
  source_ids: cellList(id, { min: 1 }).describe('Sources describing the publication.'),
  note: cellOptional(cellText).describe('Notes, e.g. why the link to the study is unconfirmed.'),
});
export type Publication = z.output<typeof publicationRow>;

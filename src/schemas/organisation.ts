import { z } from 'astro/zod';
import { cellList, cellOptional, cellRequired, cellText, countryCode, id, oneOf } from './fields.ts';
import { ORGANISATION_TYPES, ROLES } from './vocab.ts';

/** data/organisations.csv: organisations that take part in the studies. */
export const organisationRow = z.object({
  id: cellRequired(id).describe('Stable id of the organisation.'),
  name: cellText.describe('Name in the original language, as the source gives it.'),
  name_en: cellOptional(z.string()).describe('English name where a source gives one.'),
  type: cellRequired(oneOf(ORGANISATION_TYPES, 'an organisation type')).describe('Our classification of the organisation.'),
  country: cellRequired(countryCode).describe('Country (ISO 3166-1 alpha-2).'),
  source_ids: cellList(id, { min: 1 }).describe('Sources naming the organisation.'),
  note: cellOptional(z.string()).describe('Notes.'),
});
export type Organisation = z.output<typeof organisationRow>;

/** data/roles.csv: the role an organisation plays in a study. */
export const roleRow = z.object({
  study_id: cellRequired(id).describe('The study (data/studies.json).'),
  organisation_id: cellRequired(id).describe('The organisation (data/organisations.csv).'),
  role: cellRequired(oneOf(ROLES, 'a role')).describe('Role of the organisation in the study.'),
  source_ids: cellList(id, { min: 1 }).describe('Sources stating the role.'),
  note: cellOptional(z.string()).describe('Notes.'),
});
export type Role = z.output<typeof roleRow>;

import { z } from 'astro/zod';
import { cellInt, cellOptional, cellRequired, cellText, countryCode, httpUrl, id } from './fields.ts';

/*
 * The evidence map's method, kept as data: the protocol written before searching
 * (data/evidence-map/protocol.json), every query run (search-log.csv) and every record
 * considered with the criterion that decided it (screening-log.csv).
 */

const criterion = z.strictObject({ id: z.string().regex(/^[IE]\d$/, { error: 'a criterion id such as I1 or E3' }), label: z.string().min(1), text: z.string().min(1) });

/** data/evidence-map/protocol.json */
export const protocol = z.strictObject({
  title: z.string().min(1),
  version: z.string().min(1),
  written: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/, { error: 'a UTC date and time, e.g. 2026-11-26T17:55:00Z' }),
  writtenBefore: z.string().min(1),
  standard: z.string().min(1),
  question: z.string().min(1),
  inclusion: z.array(criterion).min(1),
  exclusion: z.array(criterion).min(1),
  sources: z.array(z.strictObject({ id, name: z.string().min(1), text: z.string().min(1) })).min(1),
  searchStrategy: z.string().min(1),
  screening: z.string().min(1),
  extraction: z.string().min(1),
  limits: z.string().min(1),
});
export type Protocol = z.output<typeof protocol>;

/** A UTC time as the search log records it: 2026-11-26T17:43Z. */
const when = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/, { error: 'a UTC date and time as YYYY-MM-DDTHH:MMZ' });

/** data/evidence-map/search-log.csv: one row per query run. */
export const searchLogRow = z.object({
  when: cellRequired(when).describe('When the query ran (UTC).'),
  country: cellRequired(countryCode).describe('The country the query looked for studies in.'),
  source: cellRequired(id).describe('Where it was run: a source id of the protocol (e.g. library-pages).'),
  query: cellText.describe('The words of the query, as typed.'),
  records_seen: cellRequired(cellInt).describe('How many records the query returned.'),
  records_screened: cellRequired(cellInt).describe('How many of them went into the screening log (the rest were plainly off-topic).'),
  note: cellOptional(z.string()).describe('What the query found.'),
});
export type SearchLogRow = z.output<typeof searchLogRow>;

/** data/evidence-map/screening-log.csv: every record considered, and the criterion that decided it. */
export const screeningLogRow = z.object({
  url: cellRequired(httpUrl).describe('Address of the record.'),
  title: cellText.describe('Its title, as read.'),
  country: cellRequired(countryCode).describe('The country whose search found it.'),
  decision: cellRequired(z.enum(['included', 'excluded'], { error: 'included or excluded' })).describe('The screening decision.'),
  criterion: cellRequired(z.string().regex(/^(?:I|E\d)$/, { error: 'I (included) or an exclusion criterion such as E3' })).describe('"I" when included; else the first exclusion criterion it fails (protocol.json).'),
  study_id: cellOptional(id).describe('The study the record is, or is a duplicate of (data/studies.json).'),
  note: cellOptional(z.string()).describe('Why, in a few words; "second reviewer: …" where the second reviewer changed a decision.'),
});
export type ScreeningLogRow = z.output<typeof screeningLogRow>;

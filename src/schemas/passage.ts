import { z } from 'astro/zod';
import { cellOptional, cellRequired, cellText, id, lang, oneOf } from './fields.ts';

/*
 * Passages: the words of a source that a statement rests on. Declared once here and used by
 * the claims of data/studies.json, the glossary, data/passages.csv (for the CSV datasets) and
 * <Ref quote="…"> in MDX prose. `npm run check:data` verifies every passage against the copy
 * of the source held under data/provenance/.
 */

/** Longest passage: a sentence or two. Longer quotes stop being a pointer and become a copy. */
export const QUOTE_MAX = 320;

/** The source's own words, verbatim, in the source's language. */
export const quote = z
  .string({ error: 'the source’s own words, verbatim' })
  .min(3, { error: 'the source’s own words, verbatim (a non-empty passage)' })
  .max(QUOTE_MAX, { error: `a short passage: a sentence or two, at most ${QUOTE_MAX} characters` });

/**
 * What a statement is: `stated` by the source (the default; every source then carries a passage),
 * `inferred` by the atlas from what the sources say (the `reason` says how), or the atlas's own
 * `mapping` onto a scheme such as the SDG targets.
 */
export const BASES = {
  stated: 'Stated by the source',
  inferred: 'Inferred by the atlas',
  mapping: 'The atlas’s mapping',
} as const;
export const basis = oneOf(BASES, 'the basis of the statement');
export type Basis = keyof typeof BASES;

/** One source of a statement in JSON data: its id, and the passage it rests on. */
export const citation = z.strictObject({
  source: id,
  quote: quote.optional(),
  /** Language of the passage where it differs from the source's `lang` in data/sources.csv. */
  lang: lang.optional(),
});
export type Citation = z.output<typeof citation>;

/** A source that must give its passage: glossary definitions and equivalents. */
export const quotedCitation = z.strictObject({
  source: id,
  quote: quote,
  lang: lang.optional(),
});

/** The CSV datasets whose rows carry passages, by file stem, and how a row is named in data/passages.csv. */
export const PASSAGE_DATASETS = {
  organisations: 'id',
  roles: 'study_id/organisation_id/role',
  publications: 'id',
  findings: 'id',
  regimes: 'id',
  countries: 'code',
  indicators: 'id',
  'context-facts': 'id',
  'sdg-targets': 'code',
  'sdg-links': 'study_id/code',
} as const;
export type PassageDataset = keyof typeof PASSAGE_DATASETS;

/** data/passages.csv: the passage each source gives for a row of another CSV dataset. */
export const passageRow = z.object({
  dataset: cellRequired(
    z.enum(Object.keys(PASSAGE_DATASETS) as [PassageDataset, ...PassageDataset[]], {
      error: `a dataset whose rows carry passages: one of ${Object.keys(PASSAGE_DATASETS).join(', ')}`,
    }),
  ).describe('The dataset (file stem under data/) of the row the passage supports.'),
  row: cellText.describe('The row it supports: its id, or for roles "study_id/organisation_id/role", for SDG links "study_id/code".'),
  source_id: cellRequired(id).describe('The source (data/sources.csv) whose words these are; one of the row’s source_ids.'),
  quote: cellRequired(quote).describe('The source’s own words, verbatim and short, that the row rests on.'),
  lang: cellOptional(lang).describe('Language of the passage where it differs from the source’s language.'),
  note: cellOptional(z.string()).describe('Where in the source, or what to keep in mind.'),
});
export type Passage = z.output<typeof passageRow>;


import { z } from 'astro/zod';
import { countryCode, doi, httpUrl, id, lang, oneOf, partialDate, year } from '../../schemas/fields.ts';
import { quote } from '../../schemas/passage.ts';
import { EVIDENCE_TYPES, METHODS, ORGANISATION_TYPES, ROLES, SECTORS, STATUSES, STUDY_TYPES, THEMES, CURRENCIES } from '../../schemas/vocab.ts';

/*
 * A study sheet: what a researcher fills in to add a study, one JSON object per study, beside the
 * copies of the pages they read (pages/<file>.txt). `npm run new:study -- --from <sheet>` turns it
 * into the atlas's rows: sources, the study's claims, organisations and roles, findings, passages,
 * and its MDX page. Every fact names the page it was read on and the words it rests on.
 */

const text = z.string().min(1);

/** Where a fact was read: the page copy's file name, and the source's own words. */
const read = { page: text, passage: quote };
/**
 * A fact as read. `basis: "inferred"` with a `reason` marks what the contributor concluded rather
 * than read (e.g. a country from a city's name); the page then says so.
 */
const readFact = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, ...read, basis: z.literal('inferred').optional(), reason: text.optional() }).refine((f) => (f.basis === 'inferred') === (f.reason !== undefined), {
    error: 'an inferred fact gives its reason, and only an inferred one',
  });

export const studySheet = z.strictObject({
  id: id.max(48, { error: 'an id of at most 48 characters' }),
  type: oneOf(STUDY_TYPES, 'a study type'),
  label: z.string().min(3).max(30),
  titleEn: z.strictObject({ text, ourTranslation: z.boolean().optional(), ...read }),
  titleOriginal: z.strictObject({ text, lang, ...read }).nullable().optional(),
  countries: z.array(readFact(countryCode)).min(1),
  sectors: z.array(oneOf(SECTORS, 'a sector')).min(1),
  facts: z
    .strictObject({
      funder: z.array(readFact(text)),
      programme: z.array(readFact(text)),
      grantNumber: z.array(readFact(text)),
      amount: z.array(readFact(z.strictObject({ value: z.number().positive(), currency: oneOf(CURRENCIES, 'a currency') }))),
      start: z.array(readFact(partialDate)),
      end: z.array(readFact(partialDate)),
      status: z.array(readFact(oneOf(STATUSES, 'a status'))),
      leaders: z.array(readFact(z.strictObject({ name: text, role: text, affiliation: text.optional() }))),
      host: z.array(readFact(z.strictObject({ name: text, type: oneOf(ORGANISATION_TYPES, 'an organisation type'), country: countryCode.optional() }))),
      partners: z.array(
        readFact(
          z.strictObject({
            name: text,
            type: oneOf(ORGANISATION_TYPES, 'an organisation type'),
            country: countryCode.optional(),
            role: oneOf(ROLES, 'a role'),
          }),
        ),
      ),
      methods: z.array(readFact(z.strictObject({ method: oneOf(METHODS, 'a method'), siteN: z.number().int().nonnegative().optional(), siteUnit: text.optional(), sampleN: z.number().int().nonnegative().optional(), sampleUnit: text.optional() }))),
      authors: z.array(readFact(z.array(text).min(1))),
      year: z.array(readFact(year)),
      venue: z.array(readFact(text)),
      doi: z.array(readFact(doi)),
      urls: z.array(z.strictObject({ value: httpUrl, page: text })),
      aims: z.array(readFact(text)),
    })
    .partial()
    .default({}),
  summary: text,
  summaryPassages: z.array(z.strictObject(read)).min(1),
  findings: z
    .array(
      z.strictObject({
        id: id.max(64),
        statement: text,
        ...read,
        lang,
        themes: z.array(oneOf(THEMES, 'a theme')).min(1),
        sectors: z.array(oneOf(SECTORS, 'a sector')).min(1),
        countries: z.array(countryCode).min(1),
        evidenceType: oneOf(EVIDENCE_TYPES, 'an evidence type'),
      }),
    )
    .default([]),
  /** Anything a reviewer should know: inferences, doubts, facts not found. Kept with the study's entry. */
  notes: z.string().optional(),
});
export type StudySheet = z.output<typeof studySheet>;

/** The header of a page copy: where and when it was read, and what it is. */
export const pageHeader = z.object({
  url: httpUrl,
  read: partialDate,
  publisher: text,
  title: text,
  lang,
  published: partialDate.optional(),
});
export type PageHeader = z.output<typeof pageHeader>;

/** Split a page copy into its header fields and the text read. */
export function parsePageCopy(textOfFile: string): { header: Record<string, string>; body: string } {
  const at = textOfFile.search(/^---$/m);
  if (at < 0) return { header: {}, body: textOfFile };
  const header: Record<string, string> = {};
  for (const line of textOfFile.slice(0, at).split(/\r?\n/)) {
    const m = /^([a-z_]+):\s?(.*)$/.exec(line);
    if (m) header[m[1]!] = m[2]!.trim();
  }
  return { header, body: textOfFile.slice(at + 3) };
}

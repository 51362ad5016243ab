import { z } from 'astro/zod';
import { countryCode, currency, doi, httpUrl, id, lang, oneOf, partialDate, year } from './fields.ts';
import { basis, citation, type Basis, type Citation } from './passage.ts';
import { METHODS, SECTORS, STATUSES, STUDY_TYPES } from './vocab.ts';

/**
 * A claim: one value as one or more sources state it. A study field is a list
 * of claims: empty means "not reported"; several claims with different values
 * record where sources disagree; a `superseded` claim is an outdated reading
 * (e.g. an older copy of the same page) kept for the record.
 *
 * Each source carries the passage the value rests on (`quote`), unless the claim is
 * the atlas's own (`basis` "inferred" or "mapping", with its `reason`), or `addressOnly`
 * holds: the value is the source's own address (web addresses need no passage).
 */
export function claims<T extends z.ZodType>(value: T, { addressOnly = false } = {}) {
  return z.array(
    z
      .strictObject({
        value,
        sources: z.array(citation).min(1, { error: 'at least one source: { "source": …, "quote": … }' }),
        basis: basis.optional(),
        reason: z.string().min(1).optional(),
        note: z.string().min(1).optional(),
        superseded: z.literal(true).optional(),
      })
      .superRefine((claim, ctx) => {
        const own = claim.basis === 'inferred' || claim.basis === 'mapping';
        if (own && !claim.reason) {
          ctx.addIssue({ code: 'custom', path: ['reason'], message: `the reason for the atlas’s ${claim.basis === 'inferred' ? 'inference' : 'mapping'}, in one sentence`, input: claim.reason });
        }
        if (!own && claim.reason) {
          ctx.addIssue({ code: 'custom', path: ['basis'], message: 'basis "inferred" or "mapping" when a reason is given (a stated fact needs no reason)', input: claim.basis });
        }
        if (own || addressOnly) return;
        claim.sources.forEach((s, i) => {
          if (s.quote === undefined) {
            ctx.addIssue({ code: 'custom', path: ['sources', i, 'quote'], message: 'the passage of the source this value rests on, verbatim (or "basis": "inferred" with a "reason")', input: undefined });
          }
        });
      }),
  );
}

const text = z.string({ error: 'a text' }).min(1, { error: 'a non-empty text' });
const count = z.number({ error: 'a whole number' }).int({ error: 'a whole number' }).nonnegative({ error: 'a whole number of 0 or more' });

export const methodValue = z.strictObject({
  method: oneOf(METHODS, 'a method'),
  /** Size of the sample, e.g. 11 interviews or 500 organisations. */
  sampleN: count.optional(),
  sampleQualifier: z.enum(['exact', 'more-than', 'about'], { error: 'exact, more-than or about' }).optional(),
  /** What sampleN counts. */
  sampleUnit: text.optional(),
  /** Number of places studied, e.g. 4 municipalities. */
  siteN: count.optional(),
  siteUnit: text.optional(),
  detail: text.optional(),
});

export const amountValue = z.strictObject({
  value: z
    .number({ error: 'a number' })
    .nonnegative({ error: 'a non-negative amount' })
    .refine(Number.isFinite, { error: 'a finite amount' }),
  currency,
  /** True where the source says "about" or "approx.". */
  approx: z.literal(true).optional(),
});

/** data/studies.json: one entry per study, every fact a list of sourced claims. */
export const study = z.strictObject({
  id: id.describe('Stable id; also the page address /studies/<id>/.'),
  type: oneOf(STUDY_TYPES, 'a study type').describe('A funded research project, or one publication: a journal article, a report or a doctoral thesis.'),
  label: z.string().min(3).max(30, { error: 'a short label of at most 30 characters' }).describe('Short label for charts and tables; ours, not a title.'),
  shortName: text.optional().describe('Acronym the study is known by.'),
  titleEn: claims(z.strictObject({ text, ourTranslation: z.literal(true).optional() })).min(1, {
    error: 'at least one English title (mark our own translation with "ourTranslation": true)',
  }),
  titleOriginal: claims(z.strictObject({ text, lang })),
  countries: claims(countryCode).min(1, { error: 'at least one country' }),
  leaders: claims(z.strictObject({ name: text, role: text, affiliation: text.optional() })),
  programme: claims(text),
  grantNumber: claims(text),
  amount: claims(amountValue),
  grantYear: claims(year),
  start: claims(partialDate),
  end: claims(partialDate),
  status: claims(oneOf(STATUSES, 'a status')),
  sectors: claims(oneOf(SECTORS, 'a sector')),
  methods: claims(methodValue),
  lenses: claims(text),
  urls: claims(httpUrl, { addressOnly: true }),
  doi: claims(doi),
  publishedIn: claims(
    z.strictObject({
      venue: text,
      year,
      volume: text.optional(),
      issue: text.optional(),
      pages: text.optional(),
      peerReviewed: z.boolean().optional(),
    }),
  ),
  authors: claims(text),
  aims: claims(text).describe('What the study set out to do, in our own words; empty when no source states it.'),
  context: claims(text),
});

export const studiesFile = z.strictObject({ studies: z.array(study) });

export type Study = z.output<typeof study>;
export type Claim<T> = { value: T; sources: Citation[]; basis?: Basis; reason?: string; note?: string; superseded?: true };
export type MethodValue = z.output<typeof methodValue>;
export type AmountValue = z.output<typeof amountValue>;

import { z } from 'astro/zod';
import { cellList, cellNumber, cellOptional, cellRequired, cellText, countryCode, id, isCalendarDate, lang, oneOf } from './fields.ts';
import { CONFIDENCE, CONTEXT_TOPICS, GEOS, INDICATORS, REGIMES } from './vocab.ts';

/** data/countries.csv: the five countries and their welfare regime (Esping-Andersen 1990). */
export const countryRow = z.object({
  code: cellRequired(countryCode).describe('ISO 3166-1 alpha-2 code.'),
  name: cellText.describe('English name.'),
  regime: cellRequired(oneOf(REGIMES, 'a welfare regime')).describe("Welfare-regime class in Esping-Andersen's 1990 typology."),
  source_ids: cellList(id, { min: 1 }).describe('Sources of the classification.'),
  note: cellOptional(z.string()).describe('Alternative typologies and remarks.'),
});
export type Country = z.output<typeof countryRow>;

/** data/regimes.csv: the three welfare regimes, defined in our own words. */
export const regimeRow = z.object({
  id: cellRequired(oneOf(REGIMES, 'a welfare regime')).describe('Regime id.'),
  name: cellText.describe('Name.'),
  definition: cellText.describe('What the regime type is, in our own words.'),
  source_ids: cellList(id, { min: 1 }).describe('Sources.'),
  note: cellOptional(z.string()).describe('Names of the type in other typologies.'),
});
export type Regime = z.output<typeof regimeRow>;

/** "2016", "2021-01-01", "2019/20" or "c. 1980": the period a value refers to, as precise as the source. */
export const period = z
  .string()
  .regex(/^(?:c\. )?\d{4}(?:-\d{2}-\d{2}|\/\d{2})?$/, { error: 'a period as YYYY, YYYY-MM-DD, YYYY/YY or "c. YYYY"', abort: true })
  .refine((text) => !/^\d{4}-/.test(text) || isCalendarDate(text), { error: 'a real calendar date: month 01–12 and a day that exists in that month' })
  .refine((text) => !/^\d{4}\//.test(text) || Number(text.slice(5)) === (Number(text.slice(0, 4)) + 1) % 100, {
    error: 'a span of two consecutive years as YYYY/YY, e.g. 2019/20 (the second year follows the first)',
  });

/** Units that are shares: a value in "% of …" cannot exceed 100. */
const isPercent = (unit: string) => unit.trimStart().startsWith('%');

/** data/indicators.csv (read from sources) and data/indicators-derived.csv (computed by a script). */
export const indicatorRow = z.object({
  id: cellRequired(id).describe('Stable id of the value.'),
  geo: cellRequired(oneOf(GEOS, 'a country code or city')).describe('Country (ISO 3166-1 alpha-2) or city (oslo, berlin).'),
  indicator: cellRequired(oneOf(INDICATORS, 'an indicator')).describe('What is measured.'),
  period: cellRequired(period).describe('Year or date the value refers to.'),
  value: cellRequired(cellNumber).describe('The value, in `unit`.'),
  qualifier: cellOptional(z.enum(['about', 'more-than'], { error: 'about or more-than' })).describe('Set when the source gives an approximate or lower-bound value.'),
  unit: cellText.describe('Unit of the value.'),
  confidence: cellRequired(oneOf(CONFIDENCE, 'a confidence grade')).describe('Confidence grade of the research notes (A–D).'),
  comparable: cellRequired(z.enum(['yes', 'no'], { error: 'yes or no' })).describe('"no" where values come from different surveys and must not be compared across places.'),
  measure: cellText.describe('Exactly what the value measures, as the source defines it.'),
  method: cellOptional(z.string()).describe('How a derived value was computed; empty when read from the source.'),
  source_ids: cellList(id, { min: 1 }).describe('Sources of the value.'),
  note: cellOptional(z.string()).describe('Caveats carried onto the page.'),
}).superRefine((row, ctx) => {
  if (isPercent(row.unit) && row.value > 100) ctx.addIssue({ code: 'custom', path: ['value'], input: String(row.value), message: `a share of at most 100 (the unit is "${row.unit}")` });
});
export type Indicator = z.output<typeof indicatorRow>;

/** data/context-facts.csv: qualitative facts about a country or city, in our own words. */
export const contextFactRow = z.object({
  id: cellRequired(id).describe('Stable id.'),
  geo: cellRequired(oneOf(GEOS, 'a country code or city')).describe('Country or city.'),
  topic: cellRequired(oneOf(CONTEXT_TOPICS, 'a topic')).describe('What the fact is about.'),
  statement: cellText.describe('The fact, in our own words.'),
  term: cellOptional(z.string()).describe('The original-language term a reader needs, if any.'),
  term_lang: cellOptional(lang).describe('Language of the term (BCP 47).'),
  confidence: cellRequired(oneOf(CONFIDENCE, 'a confidence grade')).describe('Confidence grade (A–D).'),
  source_ids: cellList(id, { min: 1 }).describe('Sources.'),
  note: cellOptional(z.string()).describe('Caveats.'),
});
export type ContextFact = z.output<typeof contextFactRow>;

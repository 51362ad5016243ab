import { z } from 'astro/zod';
import { COUNTRIES, CURRENCIES, LANGUAGES, keysOf } from './vocab.ts';

/*
 * Field primitives shared by every dataset. Their error messages are phrased as
 * "what was expected", so that a validation issue reads:
 *   data/findings.csv, line 5, column "study_id": found "x"; expected <message>.
 */

/** One of a vocabulary's keys, with the allowed values spelled out in the error. */
export function oneOf<T extends Record<string, string>>(vocab: T, what: string) {
  const keys = keysOf(vocab);
  return z.enum(keys, { error: `${what}: one of ${keys.join(', ')}` });
}

export const id = z
  .string({ error: 'an id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'an id of lower-case letters, digits and single hyphens, e.g. "copro"',
  });

export const countryCode = z.enum(keysOf(COUNTRIES), {
  error: `an ISO 3166-1 alpha-2 code of a country this atlas covers: ${keysOf(COUNTRIES).join(', ')} (the United Kingdom is GB)`,
});

export const currency = oneOf(CURRENCIES, 'an ISO 4217 currency code');
export const lang = oneOf(LANGUAGES, 'a BCP 47 language tag');

/** True when y-m-d is a real day of the Gregorian calendar. */
export function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y!, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string({ error: 'a date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: 'a date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(isCalendarDate, { error: 'a real calendar date: month 01–12 and a day that exists in that month' });

/** A full date that is a real day: YYYY-MM-DD. */
export const fullDate = z
  .string({ error: 'a date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date as YYYY-MM-DD' })
  .refine(isCalendarDate, { error: 'a real calendar date: month 01–12 and a day that exists in that month' });

/** The first and last year a date in the atlas may carry. */
export const YEARS = { min: 1900, max: 2100 } as const;

export const year = z
  .number({ error: 'a year as a whole number, e.g. 2017' })
  .int({ error: 'a year as a whole number, e.g. 2017' })
  .min(1900, { error: 'a year between 1900 and 2100' })
  .max(2100, { error: 'a year between 1900 and 2100' });

const parseUrl = (text: string): URL | undefined => {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
};

/**
 * An absolute http(s) address; javascript:, data: and relative addresses are
 * refused, and so are addresses carrying a user name or password, which would
 * be published in every page and citation that links them.
 */
export const httpUrl = z
  .string({ error: 'an http:// or https:// address' })
  .refine(
    (text) => {
      const url = parseUrl(text);
      return url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') && text === text.trim();
    },
    { error: 'an absolute http:// or https:// address', abort: true },
  )
  .refine((text) => !parseUrl(text)?.username && !parseUrl(text)?.password, { error: 'an address without a user name or password in it (https://host/…, not https://user:secret@host/…)' })
  // Browsers accept a host ending in a dot (example.com.), but URI validators of other tools, such as Frictionless clients reading a release, do not.
  .refine((text) => !parseUrl(text)?.hostname.endsWith('.'), { error: 'an address whose host name does not end in a dot (example.com, not example.com.)' });

export const doi = z
  .string({ error: 'a DOI' })
  .regex(/^10\.\d{4,9}\/\S+$/, { error: 'a DOI without its resolver, e.g. 10.18261/nwr.9.3.1' });

/**
 * A path to a provenance file under data/, optionally with a #section. No
 * segment may start with a dot, so "." and ".." cannot lead out of data/.
 */
export const provenancePath = z
  .string()
  .regex(/^(?:provenance|raw)(?:\/(?!\.)[A-Za-z0-9._-]+)+(?:#[A-Za-z0-9-]+)?$/, {
    error: 'a path under data/provenance/ or data/raw/ without "." or ".." segments, e.g. provenance/research/sources.md#2a',
  });

/* ---- CSV cells: every cell arrives as a string ---- */

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** A required text cell. */
export const cellText = z.string({ error: 'a value (this column may not be empty)' }).min(1, {
  error: 'a value (this column may not be empty)',
});

/** An optional cell: empty means "not reported". */
export function cellOptional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional());
}

/** A required cell, rejecting empty strings with a clear message. */
export function cellRequired<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema);
}

/** A semicolon-separated list cell, e.g. "SE;NO". */
export function cellList<T extends z.ZodType>(item: T, { min = 0 } = {}) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? [] : v.split(';').map((s) => s.trim())) : v),
    z.array(item).min(min, { error: min === 1 ? 'at least one value (separate several with ";")' : `at least ${min} values` }),
  );
}

/** A whole-number cell. */
export const cellInt = z
  .string()
  .regex(/^\d+$/, { error: 'a whole number without separators, e.g. 2019' })
  .transform(Number);

/** A year cell: a whole number from 1900 to 2100. */
export const cellYear = cellInt.pipe(z.number().min(YEARS.min, { error: `a year between ${YEARS.min} and ${YEARS.max}` }).max(YEARS.max, { error: `a year between ${YEARS.min} and ${YEARS.max}` }));

/** The largest number a cell may hold; no count or amount in the atlas comes near it. */
export const MAX_NUMBER = 1e12;

/** A non-negative decimal cell, dot as decimal separator, finite and at most MAX_NUMBER. */
export const cellNumber = z
  .string()
  .regex(/^\d+(?:\.\d+)?$/, {
    error: 'a non-negative number with a dot as decimal separator and no thousands separators, e.g. 9.5975',
  })
  .transform(Number)
  .refine((n) => Number.isFinite(n) && n <= MAX_NUMBER, { error: `a number no larger than ${MAX_NUMBER.toExponential()} (1 000 000 000 000)` });

/** A number cell greater than zero, e.g. an exchange rate (a rate of 0 would divide by zero). */
export const cellPositive = cellNumber.refine((n) => n > 0, { error: 'a number greater than 0' });

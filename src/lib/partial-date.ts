/**
 * Partial dates as the sources give them: "2018", "2018-11" or "2018-11-05".
 * One place for reading them as calendar days and writing them for readers.
 */

/** First day of a partial date ("2018" → 2018-01-01; "2018-11" → 2018-11-01). */
export function startOf(date: string): Date {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** Last day of a partial date ("2021" → 2021-12-31; "2018-11" → 2018-11-30). */
export function endOf(date: string): Date {
  const [y, m, d] = date.split('-');
  if (d) return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (m) return new Date(Date.UTC(Number(y), Number(m), 0));
  return new Date(Date.UTC(Number(y), 11, 31));
}

/** A calendar day as "YYYY-MM-DD". */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2018" → "2018"; "2018-01" → "January 2018"; "2022-01-05" → "5 January 2022". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (m === undefined) return y!;
  return (d === undefined ? monthYear : dayMonthYear).format(startOf(date));
}

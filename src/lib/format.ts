/** Formatting of amounts, numbers and lists for the pages: one place, one locale (dates: partial-date.ts). */
import { formatPartialDate } from './partial-date.ts';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "SEK 75,000"; "about DKK 3,300,000" where the source says approx. */
export function formatAmount(value: number, currency: string, approx = false): string {
  return `${approx ? 'about ' : ''}${currency} ${integer.format(value)}`;
}

/** A plain number with thousands separators. */
export function formatNumber(value: number, digits = 0): string {
  return new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** "a", "a and b", "a, b and c". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Cut text to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text;
}

/** "1 study", "2 studies". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** An indicator period for prose: "2021-01-01" → "1 January 2021"; "2019/20" and "c. 1980" stay as they are. */
export function formatPeriod(period: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(period) ? formatPartialDate(period) : period;
}

/** Compact axis numbers: 0, 500,000, 1 million, 2.5 million. */
export function formatCompact(value: number): string {
  if (Math.abs(value) >= 1e6) return `${formatNumber(value / 1e6, value % 1e6 ? 1 : 0)} million`;
  return formatNumber(value);
}

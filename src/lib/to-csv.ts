/**
 * The one CSV writer of the site: chart downloads, the explorer's views, data
 * releases and derived data files all go through toCsv(), so every file quotes
 * the same way (RFC 4180: a field is quoted when it holds a comma, a quote or
 * a line break; lists are joined with ";"; lines end with \n).
 */

/** How a CSV is meant to be read. */
export interface CsvOptions {
  /**
   * For files people open in a spreadsheet (chart downloads, explorer views):
   * a text cell that starts with = + - @, a tab or a carriage return gets a
   * leading ' so the spreadsheet shows it as text and never runs it as a
   * formula (OWASP "CSV injection"). Numbers stay numbers. Data releases and
   * derived data files are data, byte-stable and read by programs, so they are
   * written as they are; the data check is where such text is refused.
   */
  spreadsheet?: boolean;
}

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: lists joined with ";", quoted when it holds a comma, a quote or a line break. */
export function csvField(value: unknown, { spreadsheet = false }: CsvOptions = {}): string {
  let text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
  if (spreadsheet && typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text: a header line, then one line per row with the given
 * columns in order. A column is a key, or a key with the header to print.
 */
export function toCsv(rows: readonly object[], columns: readonly (string | { key: string; header: string })[], options: CsvOptions = {}): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { key: c, header: c } : c));
  const lines = [cols.map((c) => csvField(c.header, options)).join(',')];
  for (const row of rows) lines.push(cols.map((c) => csvField((row as Record<string, unknown>)[c.key], options)).join(','));
  return `${lines.join('\n')}\n`;
}

import { parse } from 'csv-parse/sync';
import type { z } from 'astro/zod';
import type { DataIssue } from './issues.ts';
import { textProblem } from './text-rules.ts';
import { parseWithIssues } from './zod-issues.ts';

/** A validated CSV row and the line it came from. */
export interface Located<T> {
  line: number;
  row: T;
}

const LINE_END_HINT = 'Save the file with LF (Unix) or CRLF (Windows) line endings; a lone CR (old Mac) hides the rows after it.';

const QUOTING_HINT =
  'A field containing a comma or a double quote must be enclosed in double quotes, with any quote inside doubled (""); fields may not contain line breaks.';

/**
 * Split CSV text into records, one per physical line, using csv-parse for the
 * quoting rules. Parsing line by line means a broken quote is reported on its
 * own line and cannot swallow the rows after it. A lone CR (not followed by
 * LF) would make csv-parse start a new record unnoticed, so it is reported,
 * and so is a line that still holds more than one record.
 */
export function splitCsv(text: string, file: string): { header: string[] | undefined; records: { line: number; fields: string[] }[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const records: { line: number; fields: string[] }[] = [];
  let header: string[] | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === '') return;
    const cr = content.indexOf('\r');
    if (cr >= 0) {
      issues.push({ file, line, found: content, expected: `line breaks of LF or CRLF (the line holds a lone CR at character ${cr + 1})`, hint: LINE_END_HINT });
      return;
    }
    let fields: string[];
    try {
      const parsed = parse(content, { relax_column_count: true }) as string[][];
      if (parsed.length > 1) {
        issues.push({ file, line, found: content, expected: `one record per line (this line holds ${parsed.length})`, hint: QUOTING_HINT });
        return;
      }
      fields = parsed[0] ?? [];
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/ at line \d+.*$/s, '') : String(error);
      issues.push({ file, line, found: content, expected: `a well-formed CSV line (${reason})`, hint: QUOTING_HINT });
      return;
    }
    if (header === undefined) header = fields;
    else records.push({ line, fields });
  });
  return { header, records, issues };
}

/**
 * Parse and validate a CSV table against its row schema. Returns every valid
 * row with its line number, and an issue for every problem, so one run reports
 * all errors in the file.
 */
export function readTable<S extends z.ZodObject>(text: string, file: string, schema: S): { rows: Located<z.output<S>>[]; issues: DataIssue[] } {
  const columns = Object.keys(schema.shape);
  const { header, records, issues } = splitCsv(text, file);
  const rows: Located<z.output<S>>[] = [];
  if (header === undefined) {
    // A header line that could not be read is reported already.
    if (issues.some((i) => i.line === 1)) return { rows, issues };
    issues.push({ file, line: 1, found: '', expected: `a header line with the columns ${columns.join(',')}` });
    return { rows, issues };
  }
  if (header.join(',') !== columns.join(',')) {
    const missing = columns.filter((c) => !header.includes(c));
    const unknown = header.filter((c) => !columns.includes(c));
    const detail = [
      missing.length ? `missing ${missing.map((c) => `"${c}"`).join(', ')}` : '',
      unknown.length ? `unknown ${unknown.map((c) => `"${c}"`).join(', ')}` : '',
      !missing.length && !unknown.length ? 'the columns are in a different order' : '',
    ].filter(Boolean);
    issues.push({
      file,
      line: 1,
      found: header.join(','),
      expected: `the header ${columns.join(',')} (${detail.join('; ')})`,
    });
    return { rows, issues };
  }
  for (const { line, fields } of records) {
    if (fields.length !== columns.length) {
      issues.push({
        file,
        line,
        found: `${fields.length} field${fields.length === 1 ? '' : 's'}`,
        expected: `${columns.length} fields, one per column (${columns.join(', ')})`,
        hint: QUOTING_HINT,
      });
      continue;
    }
    const cells = Object.fromEntries(columns.map((c, i) => [c, fields[i]!]));
    const textIssues = columns.flatMap((column) => {
      const problem = textProblem(cells[column]!);
      return problem ? [{ file, line, column, found: cells[column]!, ...problem }] : [];
    });
    if (textIssues.length) {
      issues.push(...textIssues);
      continue;
    }
    const result = parseWithIssues(schema, cells, { file, line });
    if (result.success) rows.push({ line, row: result.data });
    else issues.push(...result.issues);
  }
  return { rows, issues };
}

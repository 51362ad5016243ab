import { escapeInvisible } from './text-rules.ts';

/**
 * A problem found in a data file, located precisely enough to fix it:
 * the file, the line (CSV) or entry (JSON), the column or field, the value found
 * and what was expected.
 */
export interface DataIssue {
  /** Path relative to the project root, e.g. data/findings.csv. */
  file: string;
  /** 1-based line in the file (the header is line 1 in a CSV). */
  line?: number;
  /** For JSON entries: the entry's id, or its index. */
  entry?: string;
  /** CSV column name or JSON field path, e.g. amount[0].value.currency. */
  column?: string;
  /** The offending value as found; undefined when the value is missing. */
  found?: string;
  /** What was expected instead. */
  expected: string;
  /** Optional advice on how to fix it. */
  hint?: string;
}

const clip = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 3)}…` : value);
/** A value quoted for a message: clipped, with control, bidirectional and invisible characters escaped so they cannot disguise the message. */
const show = (value: string) => escapeInvisible(JSON.stringify(clip(value, 80)));

/** One line per issue: `data/x.csv, line 4, column "y": found "z"; expected …`. */
export function formatIssue(issue: DataIssue): string {
  const where = [issue.file];
  if (issue.line !== undefined) where.push(`line ${issue.line}`);
  if (issue.entry !== undefined) where.push(`entry ${escapeInvisible(clip(issue.entry, 60))}`);
  if (issue.column !== undefined) where.push(`column "${issue.column}"`);
  const found = issue.found === undefined ? 'nothing' : issue.found === '' ? 'an empty value' : show(issue.found);
  const text = `${where.join(', ')}: found ${found}; expected ${issue.expected}.`;
  return issue.hint ? `${text} ${issue.hint}` : text;
}

/** Thrown when the data does not validate; carries every issue, not just the first. */
export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const lines = issues.map((issue) => `  - ${formatIssue(issue)}`);
    super(
      `The data in data/ is not valid: ${issues.length} problem${issues.length === 1 ? '' : 's'} found.\n` +
        `${lines.join('\n')}\n` +
        'Fix the values above (the build publishes nothing until the data validates), then run `npm run check:data`.',
    );
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}

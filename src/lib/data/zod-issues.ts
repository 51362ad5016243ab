import type { z } from 'astro/zod';
import type { DataIssue } from './issues.ts';

/** Read the value at a zod issue path, for quoting what was found. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Render a JSON path the way a reader would write it: amount[0].value.currency. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

const TYPES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object ({ … })',
  array: 'a list ([ … ])',
};
const typeOf = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : typeof value === 'string' ? 'a text' : `a ${typeof value}`);
const plural = (n: number | bigint, one: string, many = `${one}s`) => `${n} ${Number(n) === 1 ? one : many}`;

/**
 * zod's default messages rephrased as what was expected, so that an issue reads
 * `found "x"; expected <message>`. Applied at parse time, as Starlight's
 * utils/error-map.ts does, instead of rewriting zod's English afterwards; a
 * message set on a schema (`{ error: '…' }`) takes precedence over this map.
 */
export const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return TYPES[issue.expected] ?? `a value of type ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'a non-empty text' : `a text of at least ${plural(issue.minimum, 'character')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `at least ${plural(issue.minimum, 'item')}`;
      return `a number of ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `a text of at most ${plural(issue.maximum, 'character')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `at most ${plural(issue.maximum, 'item')}`;
      return `a number of ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_value':
      return issue.values.length === 1 && issue.values[0] === true ? 'true (or leave the field out)' : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `only the known fields (remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')})`;
    case 'invalid_format':
      return `text in the format ${issue.format}`;
    case 'invalid_union':
      return 'one of the allowed forms of this field';
    case 'not_multiple_of':
      return `a multiple of ${issue.divisor}`;
    default:
      return 'a valid value';
  }
};

/** What was found, as text: strings as they are, other values as JSON (clipped, and safe for any depth). */
function describeFound(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value)?.slice(0, 200);
  } catch {
    return `${typeOf(value)} nested too deeply to show`;
  }
}

/**
 * Turn a zod issue into a located data issue: file, line, entry and column come
 * from `where` and the issue's path; the message from the error map above (or
 * the schema); the value found from the input zod reports.
 */
export function zodIssueToDataIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
  where: { file: string; line?: number; entry?: string; pathPrefix?: readonly PropertyKey[] },
): DataIssue {
  let path = issue.path;
  const reported = (issue as { input?: unknown }).input;
  let found = describeFound(reported !== undefined ? reported : valueAt(input, path));
  // A list cell in a CSV ("SE;NO") is one string in the input: report the cell's
  // column and the offending item rather than a path into the parsed list.
  const cell = valueAt(input, path.slice(0, 1));
  if (typeof cell === 'string' && path.length === 1) found = cell;
  if (typeof cell === 'string' && typeof path[1] === 'number') {
    found = cell.split(';').map((s) => s.trim())[path[1]];
    path = path.slice(0, 1);
  }
  const relative = path.slice(where.pathPrefix?.length ?? 0);
  let column = formatPath(relative) || undefined;
  let expected = issue.message;
  if (issue.code === 'unrecognized_keys') {
    found = issue.keys.join(', ');
    column = formatPath([...relative, issue.keys[0]!]);
  } else if (issue.code === 'invalid_type') {
    if (found === undefined) expected = `${expected} (this field is required)`;
    else if (typeof reported === 'string' && issue.expected !== 'string') expected = `${expected}, not a text in quotes`;
    else if (typeof reported === 'number' && !Number.isFinite(reported)) expected = `${expected} that JSON can represent (this one is too large and reads as infinity)`;
    else if (reported !== undefined) expected = `${expected} (found ${typeOf(reported)})`;
  }
  if (found === '' && issue.code !== 'too_small') expected = `${expected} (this column may not be empty)`;
  return { file: where.file, line: where.line, entry: where.entry, column, found, expected };
}

/** Parse with the error map and report every issue located; the data when it is valid. */
export function parseWithIssues<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: { file: string; line?: number; entry?: string; pathPrefix?: readonly PropertyKey[] },
): { success: true; data: z.output<S> } | { success: false; issues: DataIssue[]; zodIssues: z.core.$ZodIssue[] } {
  const result = schema.safeParse(input, { error: errorMap, reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: result.error.issues.map((zi) => zodIssueToDataIssue(zi, input, where)), zodIssues: result.error.issues };
}

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

const describeFound = (value: unknown): string | undefined =>
  value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * Turn a zod issue into a located data issue. Our schemas phrase messages as
 * what was expected; zod's own messages for structural problems are adapted.
 */
export function zodIssueToDataIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
  where: { file: string; line?: number; entry?: string; pathPrefix?: readonly PropertyKey[] },
): DataIssue {
  let path = issue.path;
  let found = describeFound(valueAt(input, path));
  // A list cell in a CSV ("SE;NO") is one string in the input: report the cell's
  // column and the offending item rather than a path into the parsed list.
  const cell = valueAt(input, path.slice(0, 1));
  if (typeof cell === 'string' && typeof path[1] === 'number') {
    found = cell.split(';').map((s) => s.trim())[path[1]];
    path = path.slice(0, 1);
  }
  let column = formatPath(path.slice(where.pathPrefix?.length ?? 0)) || undefined;
  let expected = issue.message;
  if (issue.code === 'unrecognized_keys') {
    expected = `only the known fields (remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')})`;
    found = issue.keys.join(', ');
    column = formatPath([...path.slice(where.pathPrefix?.length ?? 0), issue.keys[0]!]);
  } else if (issue.code === 'invalid_type' && found === undefined) {
    expected = `${issue.message.startsWith('Invalid input') ? `a value of type ${issue.expected}` : issue.message} (this field is required)`;
  } else if (issue.message.startsWith('Invalid input') || issue.message.startsWith('Too small') || issue.message.startsWith('Invalid')) {
    expected = issue.message.replace(/^Invalid input: expected /, 'a value of type ').replace(/^Too small: expected /, '');
  }
  if (typeof found === 'string' && found === '' && issue.code !== 'too_small') expected = `${expected} (this column may not be empty)`;
  return { file: where.file, line: where.line, entry: where.entry, column, found, expected };
}

import type { DataIssue } from './issues.ts';

/** Parse JSON, reporting a syntax error with the line it sits on. */
export function parseJson(text: string, file: string): { value: unknown; issues: DataIssue[] } {
  try {
    return { value: JSON.parse(text), issues: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const line = Number.isNaN(position) ? undefined : text.slice(0, position).split('\n').length;
    const found = line === undefined ? undefined : (text.split('\n')[line - 1] ?? '').trim();
    return {
      value: undefined,
      issues: [{ file, line, found, expected: `well-formed JSON (${message.replace(/ in JSON at position.*$/s, '')})` }],
    };
  }
}

/**
 * Lines of a JSON array's entries, found by the n-th occurrence of `"id":`.
 * Only entries carry an "id" key in our JSON datasets, so this is exact there.
 */
export function entryLines(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((content, index) => {
    if (/^\s*"id"\s*:/.test(content)) lines.push(index + 1);
  });
  return lines;
}

/** The line of `"field":` at or after `from`, to point at a field inside an entry. */
export function fieldLine(text: string, from: number, field: string): number | undefined {
  const lines = text.split('\n');
  const pattern = new RegExp(`^\\s*"${field.replace(/[^\w]/g, '')}"\\s*:`);
  for (let i = from - 1; i < lines.length; i++) {
    if (i > from - 1 && /^\s*"id"\s*:/.test(lines[i]!)) break;
    if (pattern.test(lines[i]!)) return i + 1;
  }
  return undefined;
}

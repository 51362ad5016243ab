import type { DataIssue } from './issues.ts';
import { MAX_JSON_DEPTH } from './text-rules.ts';

/** What a structural scan of JSON text finds that JSON.parse does not report. */
export interface JsonScan {
  /** The line where nesting first goes deeper than MAX_JSON_DEPTH, if it does. */
  tooDeep?: number;
  /** Keys given twice in one object (JSON.parse keeps the last silently). */
  duplicates: { key: string; line: number; first: number }[];
  /** The line of a comma right before a closing bracket or brace. */
  trailingComma?: number;
}

/**
 * Scan JSON text without recursion: nesting depth, duplicate keys within an
 * object, and trailing commas, each with its line. Runs in one pass, so a file
 * nested a million levels deep is reported rather than crashing the check.
 */
export function scanJson(text: string): JsonScan {
  const scan: JsonScan = { duplicates: [] };
  // One frame per open container: for objects, the keys seen and whether the next string is a key.
  const stack: { object: boolean; keys: Map<string, number>; expectKey: boolean }[] = [];
  let line = 1;
  let lastSignificant = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    else if (c === '"') {
      const start = i;
      const startLine = line;
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '\n') line++;
      }
      const top = stack.at(-1);
      if (top?.object && top.expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(start, i + 1)) as string;
        } catch {
          key = text.slice(start + 1, i);
        }
        const first = top.keys.get(key);
        if (first !== undefined) scan.duplicates.push({ key, line: startLine, first });
        else top.keys.set(key, startLine);
        top.expectKey = false;
      }
      lastSignificant = '"';
    } else if (c === '{' || c === '[') {
      stack.push({ object: c === '{', keys: new Map(), expectKey: c === '{' });
      if (stack.length > MAX_JSON_DEPTH && scan.tooDeep === undefined) {
        scan.tooDeep = line;
        return scan;
      }
      lastSignificant = c;
    } else if (c === '}' || c === ']') {
      if (lastSignificant === ',' && scan.trailingComma === undefined) scan.trailingComma = line;
      stack.pop();
      lastSignificant = c;
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.object) top.expectKey = true;
      lastSignificant = c;
    } else if (c !== ' ' && c !== '\t' && c !== '\r') lastSignificant = c;
  }
  return scan;
}

/**
 * Parse JSON, reporting a syntax error with the line it sits on, nesting deeper
 * than MAX_JSON_DEPTH (before parsing, so a hostile file cannot exhaust the
 * stack later), and keys given twice in one object.
 */
export function parseJson(text: string, file: string): { value: unknown; issues: DataIssue[] } {
  const lines = text.split('\n');
  const at = (line: number) => (lines[line - 1] ?? '').trim();
  const scan = scanJson(text);
  if (scan.tooDeep !== undefined) {
    return {
      value: undefined,
      issues: [{ file, line: scan.tooDeep, found: `arrays or objects nested more than ${MAX_JSON_DEPTH} levels deep`, expected: `at most ${MAX_JSON_DEPTH} levels of nesting`, hint: 'The datasets nest a few levels at most; look for a runaway [ or {.' }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    // Some of V8's messages carry no position (e.g. a trailing comma at the end): the scan finds the line.
    const line = Number.isNaN(position) ? scan.trailingComma : text.slice(0, position).split('\n').length;
    const reason = message.replace(/ in JSON at position.*$/s, '').replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '');
    const trailing = Number.isNaN(position) && scan.trailingComma !== undefined ? ': a comma before a closing bracket or brace' : '';
    return { value: undefined, issues: [{ file, line, found: line === undefined ? undefined : at(line), expected: `well-formed JSON (${reason}${trailing})` }] };
  }
  const issues: DataIssue[] = scan.duplicates.map((d) => ({
    file,
    line: d.line,
    column: d.key,
    found: `"${d.key}" a second time`,
    expected: `each field once per entry (already given on line ${d.first}; JSON would silently keep only the last value)`,
  }));
  return { value, issues };
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

/**
 * Every string in a parsed JSON value with its path, walked without recursion
 * (depth is already bounded by parseJson), in document order.
 */
export function jsonStrings(value: unknown): { path: (string | number)[]; text: string }[] {
  const out: { path: (string | number)[]; text: string }[] = [];
  const todo: { path: (string | number)[]; value: unknown }[] = [{ path: [], value }];
  while (todo.length) {
    const { path, value: node } = todo.pop()!;
    if (typeof node === 'string') out.push({ path, text: node });
    else if (Array.isArray(node)) for (let i = node.length - 1; i >= 0; i--) todo.push({ path: [...path, i], value: node[i] });
    else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node).reverse()) todo.push({ path: [...path, k], value: v });
  }
  return out;
}

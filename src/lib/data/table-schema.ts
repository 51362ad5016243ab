import { z } from 'astro/zod';
import { cellInt, cellNumber, httpUrl, partialDate } from '../../schemas/fields.ts';

/** A field of a Frictionless Table Schema (v1, also valid in v2), derived from a zod row schema. */
export interface FieldDescriptor {
  name: string;
  type: 'string' | 'integer' | 'number';
  format?: 'uri';
  description?: string;
  /**
   * `pattern` describes list cells ("SE;NO"): Table Schema has no list type for
   * CSV, so a list stays one string whose values are checked by the pattern
   * (XML Schema regular-expression syntax, which every client understands).
   */
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

/** The CSV dialect every released CSV is written in, declared so clients do not have to guess it. */
export interface CsvDialect {
  delimiter: ',';
  quoteChar: '"';
  doubleQuote: true;
  lineTerminator: '\n' | '\r\n';
  header: true;
  skipInitialSpace: false;
}

/** The dialect of a CSV file's bytes: always comma-separated with double quotes; its line ends as found. */
export function csvDialect(bytes: Uint8Array): CsvDialect {
  const crlf = new TextDecoder().decode(bytes).includes('\r\n');
  return { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: crlf ? '\r\n' : '\n', header: true, skipInitialSpace: false };
}

type Def = { type: string; in?: unknown; out?: unknown; innerType?: unknown; element?: unknown; entries?: Record<string, string>; checks?: unknown[] };
const def = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;

/** True when `node` is `base`, or a refinement or further pipe of it (cellYear is cellInt piped on). */
function derivesFrom(node: unknown, base: unknown): boolean {
  if (node === base) return true;
  const d = def(node);
  if (d.type !== 'pipe') return false;
  return d.in === def(base).in || derivesFrom(d.in, base);
}

/** An XML Schema / ECMAScript regular expression matching one value literally. */
const literal = (value: string) => value.replace(/[\\.*+?^{}()|[\]]/g, (c) => `\\${c}`);

/** The pattern one item of a list must match, or undefined when any text will do. */
function itemPattern(node: unknown): string | undefined {
  const d = def(node);
  if (d.type === 'enum' && d.entries) return `(${Object.values(d.entries).map(literal).join('|')})`;
  const regex = (d.checks ?? []).map((c) => (c as { _zod?: { def?: { format?: string; pattern?: RegExp } } })._zod?.def).find((c) => c?.format === 'regex')?.pattern;
  // Our id pattern (and similar) anchored with ^…$: Table Schema patterns are anchored implicitly.
  if (regex) return `(${regex.source.replace(/^\^/, '').replace(/\$$/, '').replace(/\(\?:/g, '(')})`;
  return undefined;
}

/**
 * Describe a CSV row schema as a Frictionless Table Schema, reading the zod
 * definition the data is validated with, so the published schema cannot drift
 * from the checks.
 */
export function tableSchema(row: z.ZodObject, primaryKey?: readonly string[]): { fields: FieldDescriptor[]; primaryKey?: string[] } {
  const fields = Object.entries(row.shape).map(([name, schema]) => {
    const field: FieldDescriptor = { name, type: 'string' };
    const description = (z.globalRegistry.get(schema as z.ZodType) as { description?: string } | undefined)?.description;
    if (description) field.description = description;
    let node: unknown = schema;
    let required = true;
    let list = false;
    // Unwrap preprocessing pipes and optional wrappers down to the checked value.
    for (;;) {
      const d = def(node);
      if (derivesFrom(node, cellInt)) {
        field.type = 'integer';
        break;
      }
      if (derivesFrom(node, cellNumber)) {
        field.type = 'number';
        break;
      }
      if (node === httpUrl) field.format = 'uri';
      if (node === partialDate) field.description = `${field.description ?? ''} Format: YYYY, YYYY-MM or YYYY-MM-DD.`.trim();
      if (d.type === 'pipe' && d.in && def(d.in).type === 'transform') node = d.out;
      else if (d.type === 'optional') {
        required = false;
        node = d.innerType;
      } else if (d.type === 'array') {
        list = true;
        // A list with at least one value is required; an empty cell is an empty list.
        required = ((d.checks ?? []) as { _zod?: { def?: { check?: string; minimum?: number } } }[]).some((c) => c._zod?.def?.check === 'min_length' && (c._zod.def.minimum ?? 0) >= 1);
        node = d.element;
      } else break;
    }
    const d = def(node);
    if (list) {
      const item = itemPattern(node) ?? '[^;]+';
      field.constraints = { pattern: `${item}( *; *${item})*` };
      field.description = `${field.description ?? ''} Several values are separated by ";".`.trim();
    } else if (d.type === 'enum' && d.entries) field.constraints = { enum: Object.values(d.entries) };
    if (required) field.constraints = { ...field.constraints, required: true };
    return field;
  });
  return primaryKey ? { fields, primaryKey: [...primaryKey] } : { fields };
}

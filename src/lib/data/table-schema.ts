import { z } from 'astro/zod';
import { cellInt, cellNumber, httpUrl, partialDate } from '../../schemas/fields.ts';

/** A field of a Frictionless Table Schema, derived from a zod row schema. */
export interface FieldDescriptor {
  name: string;
  type: 'string' | 'integer' | 'number';
  format?: 'uri';
  description?: string;
  constraints?: { required?: boolean; enum?: string[] };
  /** Set on list cells: the separator between values (our extension; the values stay one CSV cell). */
  separator?: ';';
}

type Def = { type: string; in?: unknown; out?: unknown; innerType?: unknown; element?: unknown; entries?: Record<string, string> };
const def = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;

/**
 * Describe a CSV row schema as a Frictionless Table Schema, reading the zod
 * definition the data is validated with, so the published schema cannot drift
 * from the checks.
 */
export function tableSchema(row: z.ZodObject): { fields: FieldDescriptor[] } {
  const fields = Object.entries(row.shape).map(([name, schema]) => {
    const field: FieldDescriptor = { name, type: 'string' };
    const description = (z.globalRegistry.get(schema as z.ZodType) as { description?: string } | undefined)?.description;
    if (description) field.description = description;
    let node: unknown = schema;
    let required = true;
    // Unwrap preprocessing pipes and optional wrappers down to the checked value.
    for (;;) {
      const d = def(node);
      if (node === cellInt) field.type = 'integer';
      if (node === cellNumber) field.type = 'number';
      if (node === httpUrl) field.format = 'uri';
      if (node === partialDate) field.description = `${field.description ?? ''} Format: YYYY, YYYY-MM or YYYY-MM-DD.`.trim();
      if (d.type === 'pipe' && d.in && def(d.in).type === 'transform') node = d.out;
      else if (d.type === 'optional') {
        required = false;
        node = d.innerType;
      } else if (d.type === 'array') {
        field.separator = ';';
        node = d.element;
      } else break;
    }
    const d = def(node);
    if (d.type === 'enum' && d.entries) field.constraints = { enum: Object.values(d.entries) };
    if (required && !field.separator) field.constraints = { ...field.constraints, required: true };
    return field;
  });
  return { fields };
}

import { formatList } from '../format.ts';

/** "Denmark 28.7, Sweden 27.1 and Norway 25.1": values in plotted order. */
export function listValues(rows: readonly { label: string; value: number }[], format: (v: number) => string): string {
  return formatList(rows.map((r) => `${r.label} ${format(r.value)}`));
}

/** The highest and lowest rows (first of ties), for takeaways. */
export function extremes<R extends { value: number }>(rows: readonly R[]): { max: R; min: R } {
  if (!rows.length) throw new Error('extremes(): no rows to compare');
  let max = rows[0]!;
  let min = rows[0]!;
  for (const r of rows) {
    if (r.value > max.value) max = r;
    if (r.value < min.value) min = r;
  }
  return { max, min };
}

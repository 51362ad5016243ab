/** Print rows as an aligned text table (numbers right-aligned). */
export function printTable(title: string, head: string[], rows: (string | number)[][], log = console.log): void {
  const cells = [head, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? c.toLocaleString('en-GB') : c)))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[], raw: (string | number)[]) => r.map((c, i) => (typeof raw[i] === 'number' ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!))).join('  ');
  log(`\n${title}`);
  log(line(head, head));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r, i) => log(line(cells[i + 1]!, r)));
}

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

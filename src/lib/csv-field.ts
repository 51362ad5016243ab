/** One CSV field: quoted when it holds a comma, a quote or a line break; lists joined with ";". */
export function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

import { elementFactory } from './el.ts';

/** A column of an HTML table: where its value comes from, its header, and how a cell shows it. */
export interface TableColumn<R> {
  key: string;
  label: string;
  numeric?: boolean;
  /** The text of a cell; by default the value, lists joined with "; ". */
  format?: (value: never, row: R) => string;
  /** Makes the cell a link. */
  href?: (row: R) => string | undefined;
  /** Makes the cell a list of links (such as sources by name). */
  links?: (row: R) => { href: string; text: string }[];
}

const text = (v: unknown) => (Array.isArray(v) ? v.join('; ') : v === null || v === undefined ? '' : String(v));

/**
 * An HTML table of rows: a caption, a header row, the first column as row
 * headers, numeric columns marked for right alignment. One builder for the
 * build and the browser, so a table redrawn on the client has the same markup.
 */
export function buildTable<R extends object>(doc: Document, rows: readonly R[], columns: readonly TableColumn<R>[], caption: string): HTMLTableElement {
  const el = elementFactory(doc);
  const cell = (column: TableColumn<R>, row: R): (Node | string)[] => {
    const value = (row as Record<string, unknown>)[column.key];
    if (column.links) return column.links(row).flatMap((l, i) => [...(i ? ['; '] : []), el('a', { href: l.href }, l.text)]);
    const shown = column.format ? column.format(value as never, row) : text(value);
    const href = column.href?.(row);
    return [href ? el('a', { href }, shown) : shown];
  };
  return el(
    'table',
    {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...columns.map((c) => el('th', c.numeric ? { scope: 'col', class: 'num' } : { scope: 'col' }, c.label)))),
    el(
      'tbody',
      {},
      ...rows.map((row) => el('tr', {}, ...columns.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, ...cell(c, row)) : el('td', c.numeric ? { class: 'num' } : {}, ...cell(c, row)))))),
    ),
  );
}

/** A wide table in a scrollable, focusable region, named for screen readers. */
export function tableRegion(doc: Document, table: HTMLTableElement, label: string, attrs: Record<string, string> = {}): HTMLElement {
  return elementFactory(doc)('div', { class: 'table-wrap', role: 'region', 'aria-label': label, tabindex: '0', ...attrs }, table);
}

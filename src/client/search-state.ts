/**
 * The search page's state in its URL: ?q=…&country=Norway&theme=…, one
 * parameter per chosen filter value. Pure, so it can be tested without a browser.
 * Unknown parameters and values are dropped: the page never trusts the URL.
 */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
}

/** Parse a query string against the allowed filter values; also reports what was ignored. */
export function parseSearchState(search: string, allowed: Record<string, readonly string[]>): { state: SearchState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  const ignored: string[] = [];
  for (const [key, value] of params) {
    if (key === 'q') continue;
    // Own keys only: names such as __proto__, constructor or toString must not reach Object.prototype.
    const values = Object.hasOwn(allowed, key) ? allowed[key] : undefined;
    if (Array.isArray(values) && values.includes(value)) {
      filters[key] ??= [];
      if (!filters[key].includes(value)) filters[key].push(value);
    } else ignored.push(key);
  }
  const q = (params.get('q') ?? '').slice(0, 200);
  return { state: { q, filters }, ignored };
}

/** The query string for a state, in a stable order. */
export function formatSearchState(state: SearchState, order: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of order) for (const value of state.filters[key] ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter object: OR within a filter, AND across filters. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v.length).map(([k, v]) => [k, { any: v }]));
}

/** Split a Pagefind excerpt into plain text and highlighted runs, without ever treating it as HTML. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? '');
  const parts: { text: string; mark: boolean }[] = [];
  const pattern = /<mark>(.*?)<\/mark>/gs;
  let last = 0;
  for (const m of excerpt.matchAll(pattern)) {
    if (m.index! > last) parts.push({ text: decode(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: decode(m[1]!), mark: true });
    last = m.index! + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts.filter((p) => p.text);
}

import { excerptParts, formatSearchState, pagefindFilters, parseSearchState, type SearchState } from './search-state.ts';
import { ignoredNotice } from '../lib/url-notice.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string | null, options: { filters: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Results shown at first and added by each "Show more": each one costs a fragment request. */
export const PAGE_SIZE = 10;
// Built by Pagefind after Vite bundles this file, so it is loaded at run time.
const PAGEFIND = '/pagefind/pagefind.js';

/**
 * Wire up the server-rendered search form: search as you type, filters, URL
 * state, results ten at a time. Pagefind (its JavaScript, WebAssembly and index)
 * loads when the page needs it: at once when the address holds a search, else
 * when the reader first focuses the box, types or picks a filter.
 */
export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const notice = document.querySelector<HTMLElement>('#search-notice')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const order = [...new Set(boxes.map((b) => b.name))];
  const allowed: Record<string, string[]> = {};
  for (const b of boxes) (allowed[b.name] ??= []).push(b.value);

  const read = (): SearchState => ({
    q: input.value,
    filters: Object.fromEntries(order.map((name) => [name, boxes.filter((b) => b.name === name && b.checked).map((b) => b.value)])),
  });
  const apply = (state: SearchState) => {
    input.value = state.q;
    for (const b of boxes) b.checked = state.filters[b.name]?.includes(b.value) ?? false;
    if (Object.values(state.filters).some((v) => v.length)) form.querySelector('details')?.setAttribute('open', '');
  };

  const initial = parseSearchState(location.search, allowed);
  // Keep what a reader typed while the page was loading when the address carries no query.
  apply({ ...initial.state, q: initial.state.q || input.value });
  if (initial.ignored.length) {
    notice.hidden = false;
    notice.textContent = ignoredNotice(initial.ignored);
  }

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    pagefind ??= (async () => {
      const engine = (await import(/* @vite-ignore */ PAGEFIND)) as Pagefind;
      await engine.init();
      // Filter values no page carries are marked, not removed, so the filters keep their size.
      const available = await engine.filters();
      for (const b of boxes) if (!available[b.name]?.[b.value]) b.closest('li')!.classList.add('no-pages');
      return engine;
    })();
    return pagefind;
  };

  let sequence = 0;
  let pending: PagefindResult[] = [];
  /** How many results of the current search have been asked for (shown or on their way). */
  let requested = 0;
  /** Fetch and show the next PAGE_SIZE results of the current search; `focus` moves to the first new one. */
  const showMore = async (mine: number, focus = false) => {
    // Counted before waiting, so a second click while a page loads asks for the next one, never the same.
    const start = requested;
    requested = Math.min(start + PAGE_SIZE, pending.length);
    const data = await Promise.all(pending.slice(start, requested).map((r) => r.data()));
    if (mine !== sequence) return;
    const items = data.map(renderResult);
    list.append(...items);
    if (focus) items[0]?.querySelector('a')?.focus();
    const left = pending.length - requested;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(PAGE_SIZE, left)} more (${requested + 1}–${Math.min(requested + PAGE_SIZE, pending.length)} of ${pending.length})`;
  };

  const run = async () => {
    const state = read();
    const mine = ++sequence;
    const filters = pagefindFilters(state);
    const active = Object.values(state.filters).flat();
    if (!state.q.trim() && !active.length) {
      status.textContent = 'Type a word, or choose a filter.';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    if (!pagefind) status.textContent = 'Loading search…';
    const engine = await load();
    const search = await engine.search(state.q.trim() || null, { filters });
    if (mine !== sequence) return;
    const what = state.q.trim() ? `for “${state.q.trim()}”` : '';
    const within = active.length ? ` with ${active.join(', ')}` : '';
    pending = search.results;
    requested = 0;
    list.replaceChildren();
    if (!pending.length) {
      more.hidden = true;
      status.replaceChildren(
        `No results ${what}${within}. `,
        active.length ? 'Try removing a filter, ' : 'Try other words, ',
        'or look the term up in the ',
        Object.assign(document.createElement('a'), { href: '/glossary/', textContent: 'glossary' }),
        '.',
      );
      return;
    }
    status.textContent = `${pending.length} result${pending.length === 1 ? '' : 's'} ${what}${within}.`;
    await showMore(mine);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (push: boolean) => {
    const url = `${location.pathname}${formatSearchState(read(), order)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run();
  };
  // The engine starts loading as soon as the reader turns to the search box or the filters.
  form.addEventListener('focusin', () => void load(), { once: true });
  form.addEventListener('pointerdown', () => void load(), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(false), 250);
  });
  for (const b of boxes) b.addEventListener('change', () => update(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  form.querySelector('#clear-filters')?.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    update(true);
  });
  more.addEventListener('click', () => void showMore(sequence, true));
  window.addEventListener('popstate', () => {
    apply(parseSearchState(location.search, allowed).state);
    void run();
  });
  void run();
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url });
  const heading = document.createElement('h2');
  heading.className = 'result-title';
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  meta.textContent = [result.meta.type, result.meta.countries].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  for (const part of excerptParts(result.excerpt)) {
    excerpt.append(part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : document.createTextNode(part.text));
  }
  li.append(heading, meta, excerpt);
  return li;
}

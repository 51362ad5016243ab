import { excerptParts, formatSearchState, pagefindFilters, parseSearchState, type SearchState } from './search-state.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string | null, options: { filters: Record<string, { any: string[] }> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const MAX_RESULTS = 20;
// Built by Pagefind after Vite bundles this file, so it is loaded at run time.
const PAGEFIND = '/pagefind/pagefind.js';

/** Wire up the server-rendered search form: search as you type, filters, URL state, results. */
export async function startSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
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
    notice.textContent = `Ignored ${initial.ignored.length} unknown part${initial.ignored.length === 1 ? '' : 's'} of the address (${[...new Set(initial.ignored)].join(', ')}).`;
  }

  status.textContent = 'Loading search…';
  // Listeners go on before the index loads; searches wait for it.
  const ready = (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND)) as Pagefind;
    await pagefind.init();
    // Hide filter values no page carries, so every choice can return something.
    const available = await pagefind.filters();
    for (const b of boxes) {
      if (!available[b.name]?.[b.value]) b.closest('li')!.hidden = true;
    }
    return pagefind;
  })();

  let sequence = 0;
  const run = async () => {
    const state = read();
    const mine = ++sequence;
    const filters = pagefindFilters(state);
    const active = Object.values(state.filters).flat();
    if (!state.q.trim() && !active.length) {
      status.textContent = 'Type a word, or choose a filter.';
      list.replaceChildren();
      return;
    }
    const pagefind = await ready;
    const search = await pagefind.search(state.q.trim() || null, { filters });
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (mine !== sequence) return;
    const what = state.q.trim() ? `for “${state.q.trim()}”` : '';
    const within = active.length ? ` with ${active.join(', ')}` : '';
    if (!data.length) {
      status.replaceChildren(
        `No results ${what}${within}. `,
        active.length ? 'Try removing a filter, ' : 'Try other words, ',
        'or look the term up in the ',
        Object.assign(document.createElement('a'), { href: '/glossary/', textContent: 'glossary' }),
        '.',
      );
      list.replaceChildren();
      return;
    }
    const shown = data.length < search.results.length ? ` (showing the first ${data.length})` : '';
    status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'} ${what}${within}${shown}.`;
    list.replaceChildren(...data.map(renderResult));
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (push: boolean) => {
    const url = `${location.pathname}${formatSearchState(read(), order)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run();
  };
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
  window.addEventListener('popstate', () => {
    apply(parseSearchState(location.search, allowed).state);
    void run();
  });
  await run();
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

/**
 * Performance budgets, in bytes. Measured by scripts/bench.ts (which prints
 * them) and checked on the built files by tests/build/budgets.test.ts (the
 * scripts a page's HTML loads, with their static imports) and in Chromium by
 * tests/e2e/weight.test.ts (everything a page fetches before any interaction).
 */
export const BUDGETS = {
  /** HTML + CSS of any page, gzipped as a static host serves it. */
  htmlCssGz: 100 * 1024,
  /** JavaScript of a content page: the copy button of “Cite this”, the compare navigator on pair pages. */
  contentJsGz: 2 * 1024,
  /**
   * JavaScript of the explorer before any interaction: its 1 KB loader. The
   * first view is drawn at build time; Arquero, Plot and the explorer's code
   * (explorerInteractiveJsGz) load when a reader starts to use the form.
   */
  explorerJsGz: 15 * 1024,
  /** JavaScript of the /studies/ list: filtering and sorting its static table. */
  listJsGz: 4 * 1024,
  /** JavaScript the explorer loads on first interaction (Plot ≈ 79 KB, Arquero with its parser ≈ 57 KB, its own code). */
  explorerInteractiveJsGz: 150 * 1024,
  /**
   * JavaScript of the search page: its own code (≈ 2 KB) and, when the page
   * needs it, Pagefind's pagefind.js and its worker (≈ 25 KB): with the page
   * when the address holds a search, else when the reader first focuses the
   * box or the filters. Pagefind's WebAssembly (≈ 58 KB) and index chunks come
   * with it; npm run bench counts them as search index, not here.
   */
  searchJsGz: 40 * 1024,
  /** JavaScript of the compare tool: a navigator to the static pair pages (no chart library). */
  compareJsGz: 15 * 1024,
} as const;

/** Which JavaScript budget a page falls under, before any interaction. */
export function jsBudget(path: string): { name: keyof typeof BUDGETS; bytes: number } {
  if (path.startsWith('/explore/')) return { name: 'explorerJsGz', bytes: BUDGETS.explorerJsGz };
  if (path.startsWith('/search/')) return { name: 'searchJsGz', bytes: BUDGETS.searchJsGz };
  if (path === '/studies/') return { name: 'listJsGz', bytes: BUDGETS.listJsGz };
  if (path === '/compare/') return { name: 'compareJsGz', bytes: BUDGETS.compareJsGz };
  return { name: 'contentJsGz', bytes: BUDGETS.contentJsGz };
}

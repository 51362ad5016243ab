/**
 * Performance budgets, in bytes. Measured by scripts/bench.ts (which prints
 * them) and checked on the built files by tests/build/budgets.test.ts.
 */
export const BUDGETS = {
  /** HTML + CSS of any page, gzipped as a static host serves it. */
  htmlCssGz: 100 * 1024,
  /** JavaScript of a content page: only the copy button of “Cite this” (the search code loads on /search/ only). */
  contentJsGz: 2 * 1024,
  /** JavaScript of the /studies/ list: filtering and sorting its static table. */
  listJsGz: 4 * 1024,
  /** JavaScript of the explorer (Plot + Arquero + its own code). */
  explorerJsGz: 150 * 1024,
  /** JavaScript of the search page (its Pagefind loader; Pagefind's own files load on first search). */
  searchJsGz: 10 * 1024,
  /** JavaScript of the compare tool (Plot + its own code). */
  compareJsGz: 100 * 1024,
} as const;

/** Which JavaScript budget a page falls under. */
export function jsBudget(path: string): { name: keyof typeof BUDGETS; bytes: number } {
  if (path.startsWith('/explore/')) return { name: 'explorerJsGz', bytes: BUDGETS.explorerJsGz };
  if (path.startsWith('/search/')) return { name: 'searchJsGz', bytes: BUDGETS.searchJsGz };
  if (path === '/studies/') return { name: 'listJsGz', bytes: BUDGETS.listJsGz };
  if (path === '/compare/') return { name: 'compareJsGz', bytes: BUDGETS.compareJsGz };
  return { name: 'contentJsGz', bytes: BUDGETS.contentJsGz };
}

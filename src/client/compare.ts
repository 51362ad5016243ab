import { ignoredNotice } from '../lib/url-notice.ts';
import { pairPath } from '../lib/compare/pair.ts';
import { readPair } from './compare-state.ts';

/**
 * The compare navigator: every pair has a static page, so choosing two sides
 * opens that page. Menus start from ?a=…&b=… when a page links here with a pair.
 */
export function startCompare(): void {
  const form = document.querySelector<HTMLFormElement>('#compare-form');
  if (!form) return;
  const selectA = form.querySelector<HTMLSelectElement>('select[name="a"]')!;
  const selectB = form.querySelector<HTMLSelectElement>('select[name="b"]')!;
  const status = form.querySelector<HTMLElement>('#compare-status')!;
  const notice = document.querySelector<HTMLElement>('#compare-notice');

  const initial = readPair(location.search);
  if (initial.a) selectA.value = initial.a;
  if (initial.b) selectB.value = initial.b;
  if (initial.ignored.length && notice) {
    notice.hidden = false;
    notice.textContent = ignoredNotice(initial.ignored);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const path = pairPath(selectA.value, selectB.value);
    if (path) location.assign(path);
    else status.textContent = 'Choose two different countries or regimes.';
  });
}

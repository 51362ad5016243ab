import { parseHTML } from 'linkedom';
import type { BuiltPage } from './links.ts';

/** An accessibility problem found without a browser. */
export interface A11yIssue {
  page: string;
  rule: string;
  detail: string;
}

const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}>`;

/**
 * Structural accessibility checks that need no browser, so every build runs
 * them and a failing page is never published: page language, one h1, headings
 * in order, labelled controls, captioned tables, named links and images. The
 * full axe-core audit runs in Chromium in the test suite.
 */
export function checkA11y(pages: readonly BuiltPage[]): A11yIssue[] {
  const issues: A11yIssue[] = [];
  for (const { path, html } of pages) {
    const { document } = parseHTML(html);
    const add = (rule: string, detail: string) => issues.push({ page: path, rule, detail });
    if (!document.documentElement.getAttribute('lang')) add('html-lang', 'the <html> element has no lang attribute');
    const h1s = document.querySelectorAll('h1');
    if (h1s.length !== 1) add('one-h1', `found ${h1s.length} <h1> elements; a page needs exactly one`);
    let previous = 0;
    for (const h of document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')) {
      const level = Number(h.tagName[1]);
      if (previous && level > previous + 1) add('heading-order', `<h${level}> “${(h.textContent ?? '').trim().slice(0, 50)}” follows <h${previous}>: a level is skipped`);
      previous = level;
    }
    for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) add('img-alt', `${describe(img)} has no alt text`);
    for (const control of document.querySelectorAll('input, select, textarea')) {
      const type = control.getAttribute('type');
      if (type === 'hidden' || type === 'submit' || type === 'button') continue;
      const id = control.getAttribute('id');
      const labelled = control.getAttribute('aria-label') || control.getAttribute('aria-labelledby') || (id && document.querySelector(`label[for="${id}"]`)) || control.closest('label');
      if (!labelled) add('control-label', `${describe(control)} has no label`);
    }
    for (const table of document.querySelectorAll('table')) {
      if (!table.querySelector('caption') && !table.getAttribute('aria-label') && !table.getAttribute('aria-labelledby')) add('table-caption', `${describe(table)} has no caption`);
    }
    for (const a of document.querySelectorAll('a[href]')) {
      if (!(a.textContent ?? '').trim() && !a.getAttribute('aria-label') && !a.querySelector('img[alt]')) add('link-name', `a link to ${a.getAttribute('href')} has no text`);
    }
    for (const svg of document.querySelectorAll('main svg')) {
      if (svg.closest('[aria-hidden="true"]')) continue;
      if (svg.getAttribute('role') !== 'img' || !svg.getAttribute('aria-labelledby')) add('svg-name', 'an <svg> in the page content lacks role="img" and a name');
    }
  }
  return issues;
}

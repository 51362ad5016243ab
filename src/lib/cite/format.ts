import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl.ts';

/** Drop undefined fields so exports carry only what is known. */
function clean(item: CslItem): CslItem {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as CslItem;
}

/**
 * APA 7th edition reference, as plain text (citation-js with the CSL APA style).
 * An undated page with a retrieval date reads "Retrieved Month Day, Year, from
 * URL", as APA writes it; without a retrieval date the style would print a
 * bare "Retrieved URL", so the "from" is put back.
 */
export function toApa(item: CslItem): string {
  const text = String(new Cite(clean(item)).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
  return text.replace(/\bRetrieved (https?:\/\/)/, 'Retrieved from $1');
}

/** BibTeX entry. */
export function toBibtex(item: CslItem): string {
  return String(new Cite(clean(item)).format('bibtex', { format: 'text' }));
}

/**
 * RIS record, one field per line. citation-js hard-wraps values at 70
 * characters, mid-word, and readers (its own among them) join the pieces with
 * a space, which corrupts titles; so the wrapped pieces are joined back here.
 */
export function toRis(item: CslItem): string {
  const wrapped = String(new Cite(clean(item)).format('ris', { format: 'text' }));
  return wrapped.replace(/\n(?![A-Z][A-Z0-9] {2}-)(?=.)/g, '');
}

/** CSL-JSON, as an array of one item, pretty-printed. */
export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([clean(item)], null, 2)}\n`;
}

/** Export formats with their file extension and media type. */
export const CITATION_FORMATS = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8', render: toBibtex },
  ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8', render: toRis },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8', render: toCslJson },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

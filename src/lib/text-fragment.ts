/*
 * Links that open a source at the passage a statement rests on, with a URL text fragment
 * (WICG "Text Fragments": https://wicg.github.io/scroll-to-text-fragment/). The browser scrolls to
 * the words and highlights them; browsers without support simply open the page.
 */

/** Passages up to this many words are matched whole; longer ones by their first and last words. */
const WHOLE_WORDS = 8;
const EDGE_WORDS = 4;

/**
 * Encode one term of a text directive: percent-encoding as for a URI component, plus the three
 * characters the directive's own syntax reserves ("-" for prefix/suffix, "," between start and
 * end, "&" between directives). encodeURIComponent leaves "-" alone, so it is done by hand.
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** Leading and trailing punctuation and quote marks: the live page may typeset them differently. */
const EDGE = /^[\s"'“”„‘’«»()[\]…,.;:!?–—-]+|[\s"'“”„‘’«»()[\]…,.;:!?–—-]+$/g;

/** The text directive for a passage: `text=whole` or `text=start,end`. */
export function textDirective(passage: string): string {
  // An elided passage ("A … B") cannot match whole: match from its first to its last words.
  const parts = passage.split(/\s*(?:…|\.\.\.|\[…\])\s*/).map((p) => p.replace(EDGE, '')).filter(Boolean);
  const words = parts.join(' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  if (parts.length === 1 && words.length <= WHOLE_WORDS) return `text=${encodeTextTerm(words.join(' '))}`;
  const first = (parts[0] ?? '').split(/\s+/).slice(0, EDGE_WORDS).join(' ').replace(EDGE, '');
  const last = (parts.at(-1) ?? '').split(/\s+/).slice(-EDGE_WORDS).join(' ').replace(EDGE, '');
  return `text=${encodeTextTerm(first)},${encodeTextTerm(last)}`;
}

/** The source's address, opening at the passage; the address itself when the passage is empty. */
export function textFragmentUrl(url: string, passage: string | undefined): string {
  const directive = passage ? textDirective(passage) : '';
  if (!directive) return url;
  const hash = url.indexOf('#');
  if (hash < 0) return `${url}#:~:${directive}`;
  const fragment = url.slice(hash);
  return fragment.includes(':~:') ? `${url}&${directive}` : `${url}:~:${directive}`;
}

/** A word or phrase in another language than English, as the atlas's data attests it. */
export interface ForeignTerm {
  text: string;
  lang: string;
}

/** A run of text, with its language where it is a foreign term. */
export type Segment = { text: string; lang?: string };

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compile the terms into one matcher, longest first, on whole words only.
 * English text that embeds an original term (“tillitsbaserad styrning”) is
 * then marked up with the term's language, so screen readers and the search
 * index treat it right, without any markup in the data.
 */
export function termMatcher(terms: readonly ForeignTerm[]): (text: string) => Segment[] {
  const unique = [...new Map(terms.map((t) => [t.text.toLowerCase(), t])).values()].sort((a, b) => b.text.length - a.text.length);
  if (!unique.length) return (text) => [{ text }];
  const byText = new Map(unique.map((t) => [t.text.toLowerCase(), t.lang]));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${unique.map((t) => escapeRe(t.text)).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => {
    const out: Segment[] = [];
    // A term inside a web address ("www.oslo.kommune.no") is part of the address, not a word in its language.
    const urls = [...text.matchAll(URL)].map((u) => [u.index!, u.index! + u[0].length] as const);
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      if (urls.some(([from, to]) => m.index! < to && m.index! + m[0].length > from)) continue;
      if (m.index! > last) out.push({ text: text.slice(last, m.index) });
      out.push({ text: m[0], lang: byText.get(m[0].toLowerCase()) });
      last = m.index! + m[0].length;
    }
    if (last < text.length) out.push({ text: text.slice(last) });
    return out;
  };
}

/** Append text to a DOM node with foreign terms wrapped in <span lang> (build DOM or browser DOM). */
export function appendMarked(doc: Document, parent: Node, text: string, mark: (text: string) => Segment[]): void {
  for (const s of mark(text)) {
    if (!s.lang) parent.appendChild(doc.createTextNode(s.text));
    else {
      const span = doc.createElement('span');
      span.setAttribute('lang', s.lang);
      span.textContent = s.text;
      parent.appendChild(span);
    }
  }
}

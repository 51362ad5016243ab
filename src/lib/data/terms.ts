import type { Atlas } from './load.ts';
import { termMatcher, type ForeignTerm, type Segment } from '../terms.ts';

/** Every original-language term the data attests: glossary equivalents and the terms of the context facts. */
export function foreignTerms(atlas: Pick<Atlas, 'glossary' | 'contextFacts'>): ForeignTerm[] {
  return [
    ...atlas.glossary.flatMap((t) => t.equivalents.map((e) => ({ text: e.text, lang: e.lang }))),
    ...atlas.contextFacts.flatMap((f) => (f.term && f.term_lang ? [{ text: f.term, lang: f.term_lang }] : [])),
  ];
}

let cached: ((text: string) => Segment[]) | undefined;
/** The site's term matcher, built once per build. */
export function markTerms(atlas: Pick<Atlas, 'glossary' | 'contextFacts'>): (text: string) => Segment[] {
  cached ??= termMatcher(foreignTerms(atlas));
  return cached;
}

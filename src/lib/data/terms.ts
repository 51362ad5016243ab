import type { Atlas } from './load.ts';
import { termMatcher, type ForeignTerm, type Segment } from '../terms.ts';
import { originalTitleLangs, sourceTitleLang } from '../study/citations.ts';

/** Every original-language term the data attests: glossary equivalents and the terms of the context facts. */
export function foreignTerms(atlas: Pick<Atlas, 'glossary' | 'contextFacts'>): ForeignTerm[] {
  return [
    ...atlas.glossary.flatMap((t) => t.equivalents.map((e) => ({ text: e.text, lang: e.lang }))),
    ...atlas.contextFacts.flatMap((f) => (f.term && f.term_lang ? [{ text: f.term, lang: f.term_lang }] : [])),
  ];
}

/**
 * Titles in another language than English: the studies' original titles, and the
 * titles of sources in other languages (a citation's "Based on: …" names them).
 * Marked like terms, so a Danish title inside an English sentence is read as Danish.
 */
export function foreignTitles(atlas: Pick<Atlas, 'studies' | 'sources'>): ForeignTerm[] {
  const originals = originalTitleLangs(atlas.studies);
  // Acronyms and one-word names ("MEDSAM", "CoPro") read the same in English: only titles of three words or more.
  const phrase = (t: ForeignTerm) => t.text.trim().split(/\s+/).length >= 3;
  return [
    ...atlas.studies.flatMap((s) => s.titleOriginal.filter((c) => !c.superseded && c.value.lang !== 'en').map((c) => ({ text: c.value.text, lang: c.value.lang }))),
    ...atlas.sources.flatMap((s) => {
      const lang = sourceTitleLang(s, originals);
      return lang ? [{ text: s.title, lang }] : [];
    }),
  ].filter(phrase);
}

let cached: ((text: string) => Segment[]) | undefined;
/** The site's term matcher, built once per build. */
export function markTerms(atlas: Pick<Atlas, 'glossary' | 'contextFacts'> & Partial<Pick<Atlas, 'studies' | 'sources'>>): (text: string) => Segment[] {
  cached ??= termMatcher([...foreignTerms(atlas), ...(atlas.studies && atlas.sources ? foreignTitles({ studies: atlas.studies, sources: atlas.sources }) : [])]);
  return cached;
}

import { componentTags, refTags } from './data/content-refs.ts';
import type { Atlas } from './data/load.ts';
import type { Citation } from '../schemas/passage.ts';

/** A passage cited in a page's MDX prose, with the anchor its marker links to. */
export interface ProsePassage extends Citation {
  quote: string;
  anchor: string;
}

/** What <Ref> reads from Astro.locals: source numbers, and the anchor of each cited passage. */
export interface ProseLocals {
  sourceNumbers?: Map<string, number>;
  passageAnchors?: Map<string, string>;
}

export const passageKey = (source: string, quote: string) => `${source}\u0000${quote}`;

/**
 * The passages an MDX body cites with <Ref id quote>, in reading order, each once. Read from the
 * raw text, so the page knows every passage before rendering any of them.
 */
export function prosePassages(body: string | undefined, prefix = 'passage'): ProsePassage[] {
  const seen = new Map<string, ProsePassage>();
  for (const { attrs } of refTags(body ?? '')) {
    if (!attrs.id || !attrs.quote) continue;
    const key = passageKey(attrs.id, attrs.quote);
    if (seen.has(key)) continue;
    seen.set(key, { source: attrs.id, quote: attrs.quote, ...(attrs.lang ? { lang: attrs.lang as Citation['lang'] } : {}), anchor: `${prefix}-${seen.size + 1}` });
  }
  return [...seen.values()];
}

/** The locals a page sets before rendering its MDX: numbers for the markers, anchors for the passages. */
export function proseLocals(numbers: Map<string, number>, passages: readonly ProsePassage[]): ProseLocals {
  return { sourceNumbers: numbers, passageAnchors: new Map(passages.map((p) => [passageKey(p.source, p.quote), p.anchor])) };
}

/**
 * The passages behind the indicator values an MDX body shows with <Value id="…" />: listed with the
 * prose passages under their source, since a figure in a sentence rests on its row's passage.
 */
export function valuePassages(body: string | undefined, atlas: Pick<Atlas, 'indicators' | 'passagesOf'>, prefix = 'value'): ProsePassage[] {
  const out: ProsePassage[] = [];
  for (const { attrs } of componentTags(body ?? '', 'Value')) {
    const row = atlas.indicators.find((i) => i.id === attrs.id);
    if (!row) continue;
    for (const c of atlas.passagesOf('indicators', row.id, row.source_ids)) {
      if (c.quote && !out.some((p) => p.source === c.source && p.quote === c.quote)) out.push({ ...c, quote: c.quote, anchor: `${prefix}-${out.length + 1}` });
    }
  }
  return out;
}

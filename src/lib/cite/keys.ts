import type { CslItem } from './csl.ts';

/** ASCII letters of a name, in CamelCase, at most two words: "Research Council of Norway" → "ResearchCouncil". */
function namePart(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w && !/^(?:of|the|and|for|in|und|og|och|der|die|das|de|van|von)$/i.test(w));
  return words.slice(0, 2).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') || 'Anon';
}

/**
 * A readable BibTeX key: the first author's family name (or an organisation's
 * first words), the year, and the item's own id, which makes it unique:
 * "VELUXFoundation2017_aau_samskabelse", "CoproductionAtlas2026_finding_iop_political_backing".
 * Only letters, digits and "_": the characters every BibTeX reader (citation-js among them) accepts in a key.
 */
export function citationKey(item: CslItem, kind: string, id: string): string {
  const author = item.author?.[0];
  const name = author ? ('family' in author ? author.family : author.literal) : item.title;
  const year = item.issued?.['date-parts'][0][0] ?? 'ND';
  const suffix = kind === 'study' ? id : `${kind}_${id}`;
  return `${namePart(name)}${year}_${suffix}`.replace(/[^A-Za-z0-9_]/g, '_');
}

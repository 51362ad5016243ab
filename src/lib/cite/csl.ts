import type { Atlas } from '../data/load.ts';
import type { Finding } from '../../schemas/finding.ts';
import type { Study } from '../../schemas/study.ts';
import { current, first } from '../data/claims.ts';
import { displayTitle } from '../data/study.ts';
import type { Claim } from '../../schemas/study.ts';
import { SITE } from '../site.ts';
import { publicUrl } from '../public-url.ts';

/** A CSL-JSON item: the interchange format citation-js reads and writes. */
export interface CslItem {
  id: string;
  /** The BibTeX key (and CSL citation-key): readable, and unique across every export of the site. */
  'citation-key'?: string;
  type: 'article-journal' | 'report' | 'thesis' | 'webpage' | 'dataset';
  title: string;
  author?: ({ literal: string } | { family: string; given: string })[];
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  URL?: string;
  issued?: { 'date-parts': [[number, ...number[]]] };
  /** When the address was read: APA's "Retrieved <date>, from" for undated pages. */
  accessed?: { 'date-parts': [[number, ...number[]]] };
  version?: string;
  language?: string;
  note?: string;
}

const normalTitle = (title: string) => title.toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The address to cite a source by: the DOI resolver when the source is the
 * record of a publication with a DOI (so a citation never names a publisher's
 * back-end host), else the address it was read at.
 */
export function sourceAddress(sourceId: string, atlas: Pick<Atlas, 'source'> & Partial<Pick<Atlas, 'publications'>>): string {
  const s = atlas.source(sourceId);
  const title = normalTitle(s.title);
  const publication = atlas.publications?.find((p) => p.doi !== undefined && p.title !== undefined && normalTitle(p.title) === title);
  return publication?.doi ? `https://doi.org/${publication.doi}` : publicUrl(s.url);
}

/** Beyond this many sources a citation names where they are listed instead of listing them (a dataset rests on hundreds). */
export const MAX_LISTED_SOURCES = 6;

/** "Based on: Vinnova, Idéburet …; Chalmers, …": the original sources a citation of ours credits. */
export function basedOn(sourceIds: readonly string[], atlas: Pick<Atlas, 'source'> & Partial<Pick<Atlas, 'publications'>>, origin?: string): string {
  if (origin && sourceIds.length > MAX_LISTED_SOURCES) return `Based on: ${sourceIds.length} original sources, listed with their addresses at ${new URL('/sources/', origin).href}`;
  return `Based on: ${sourceIds.map((id) => {
    const s = atlas.source(id);
    return `${s.publisher}, ${s.title.replace(/^\[|\]$/g, '')} (${sourceAddress(id, atlas)})`;
  }).join('; ')}`;
}

/**
 * A person's name as CSL wants it: given and family names, so that styles and
 * BibTeX can write "Ruud, K." and reference managers sort by family name. A
 * name of one word, or an organisation, stays a literal.
 */
export function personName(name: string): { family: string; given: string } | { literal: string } {
  const comma = /^([^,]+),\s*(.+)$/.exec(name.trim());
  if (comma) return { family: comma[1]!.trim(), given: comma[2]!.trim() };
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { literal: name.trim() };
  // Family-name particles stay with the family name: "Ludwig van Beethoven" → van Beethoven.
  let split = words.length - 1;
  while (split > 1 && /^(?:van|von|der|den|de|da|di|du|la|le|af|zu)$/i.test(words[split - 1]!)) split--;
  return { family: words.slice(split).join(' '), given: words.slice(0, split).join(' ') };
}

const year = (y: number | undefined): CslItem['issued'] => (y === undefined ? undefined : { 'date-parts': [[y]] });

/** The latest full date on which one of the sources was read (their "seen"), as a CSL date. */
function readOn(sourceIds: readonly string[], atlas: Pick<Atlas, 'source'>): CslItem['accessed'] {
  const seen = sourceIds.map((id) => atlas.source(id).seen).filter((d): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort().at(-1);
  if (!seen) return undefined;
  const [y, m, d] = seen.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[y, m, d]] };
}

/** The study itself as a reader should cite it: the article, or the funded project's page. */
export function studyCsl(study: Study, atlas: Atlas): CslItem {
  const url = first(study.urls);
  if (study.type !== 'project') {
    const published = first(study.publishedIn);
    const venue = published?.venue.split('|').map((v) => v.trim()).at(-1);
    return {
      id: study.id,
      type: study.type === 'article' ? 'article-journal' : study.type,
      title: displayTitle(study),
      author: current(study.authors).map((a) => personName(a.value)),
      'container-title': venue,
      volume: published?.volume,
      issue: published?.issue,
      page: published?.pages?.replace('–', '-'),
      DOI: first(study.doi),
      URL: url && publicUrl(url),
      issued: year(published?.year),
    };
  }
  const funders = atlas.rolesOf(study.id).filter((r) => r.role === 'funder').map((r) => atlas.organisation(r.organisation_id));
  // A project is cited as the page it is read on: that page's publisher, and the title that page gives (facts audit W7).
  const page = current(study.urls)[0]?.sources[0]?.source;
  const publisher = page ? atlas.source(page).publisher : undefined;
  const samePage = <T>(claims: readonly Claim<T>[]) => current(claims).find((c) => c.sources.some((s) => s.source === page))?.value;
  const original = samePage(study.titleOriginal) ?? current(study.titleOriginal)[0]?.value;
  const english = samePage(study.titleEn) ?? current(study.titleEn)[0]!.value;
  const grant = first(study.grantNumber);
  const start = first(study.start);
  return {
    id: study.id,
    type: 'report',
    author: publisher ? [{ literal: publisher }] : funders.slice(0, 1).map((f) => ({ literal: f.name_en ?? f.name })),
    title: english.ourTranslation && original ? original.text : english.text,
    genre: 'Research project',
    language: english.ourTranslation && original ? original.lang : 'en',
    URL: url && publicUrl(url),
    accessed: readOn(study.urls.filter((c) => c.value === url).flatMap((c) => c.sources.map((s) => s.source)), atlas),
    issued: year(start ? Number(start.slice(0, 4)) : first(study.grantYear)),
    note: grant ? `Grant or project number ${grant}` : undefined,
  };
}

/**
 * A page of the atlas (a finding, a chart, a dataset) as a citable item that
 * credits its sources. `genre` is the bracketed description APA puts after the
 * title ("[Chart data]"); the version goes in its own field, never in the title.
 */
export function atlasCsl(item: { id: string; type: 'webpage' | 'dataset'; title: string; genre?: string; path: string; sources: readonly string[] }, atlas: Pick<Atlas, 'source' | 'version'> & Partial<Pick<Atlas, 'publications'>>, origin: string): CslItem {
  return {
    id: item.id,
    type: item.type,
    author: [{ literal: SITE.name }],
    title: item.title,
    genre: item.genre,
    publisher: SITE.name,
    version: atlas.version.version,
    URL: new URL(item.path, origin).href,
    issued: year(Number(atlas.version.date.slice(0, 4))),
    note: basedOn(item.sources, atlas, origin),
  };
}

/** A finding's permalink page as a citable item. */
export function findingCsl(finding: Finding, atlas: Atlas, origin: string): CslItem {
  return atlasCsl({ id: `finding-${finding.id}`, type: 'webpage', title: `Finding: ${finding.statement.replace(/\.$/, '')}`, path: `/findings/${finding.id}/`, sources: finding.source_ids }, atlas, origin);
}

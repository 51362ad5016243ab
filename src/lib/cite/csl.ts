import type { Atlas } from '../data/load.ts';
import type { Finding } from '../../schemas/finding.ts';
import type { Study } from '../../schemas/study.ts';
import { current, first } from '../data/claims.ts';
import { displayTitle } from '../data/study.ts';
import { SITE } from '../site.ts';

/** A CSL-JSON item: the interchange format citation-js reads and writes. */
export interface CslItem {
  id: string;
  type: 'article-journal' | 'report' | 'webpage' | 'dataset';
  title: string;
  author?: { literal?: string; family?: string; given?: string }[];
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  URL?: string;
  issued?: { 'date-parts': [[number, ...number[]]] };
  version?: string;
  language?: string;
  note?: string;
}

/** "Based on: Vinnova, Idéburet …; Chalmers, …": the original sources a citation of ours credits. */
export function basedOn(sourceIds: readonly string[], atlas: Pick<Atlas, 'source'>): string {
  return `Based on: ${sourceIds.map((id) => {
    const s = atlas.source(id);
    return `${s.publisher}, ${s.title.replace(/^\[|\]$/g, '')} (${s.url})`;
  }).join('; ')}`;
}

const year = (y: number | undefined): CslItem['issued'] => (y === undefined ? undefined : { 'date-parts': [[y]] });

/** The study itself as a reader should cite it: the article, or the funded project's page. */
export function studyCsl(study: Study, atlas: Atlas): CslItem {
  const url = first(study.urls);
  if (study.type === 'article') {
    const published = first(study.publishedIn);
    const venue = published?.venue.split('|').map((v) => v.trim()).at(-1);
    return {
      id: study.id,
      type: 'article-journal',
      title: displayTitle(study),
      author: current(study.authors).map((a) => ({ literal: a.value })),
      'container-title': venue,
      volume: published?.volume,
      issue: published?.issue,
      page: published?.pages?.replace('–', '-'),
      DOI: first(study.doi),
      URL: url,
      issued: year(published?.year),
    };
  }
  const funders = atlas.rolesOf(study.id).filter((r) => r.role === 'funder').map((r) => atlas.organisation(r.organisation_id));
  const original = current(study.titleOriginal)[0]?.value;
  const english = current(study.titleEn)[0]!.value;
  const grant = first(study.grantNumber);
  const start = first(study.start);
  return {
    id: study.id,
    type: 'report',
    // Funded projects are cited under their funder's project page.
    author: funders.slice(0, 1).map((f) => ({ literal: f.name_en ?? f.name })),
    title: english.ourTranslation && original ? original.text : english.text,
    genre: 'Research project',
    language: english.ourTranslation && original ? original.lang : 'en',
    URL: url,
    issued: year(start ? Number(start.slice(0, 4)) : first(study.grantYear)),
    note: grant ? `Grant or project number ${grant}` : undefined,
  };
}

/** A page of the atlas (a finding, a chart, a dataset) as a citable item that credits its sources. */
export function atlasCsl(item: { id: string; type: 'webpage' | 'dataset'; title: string; path: string; sources: readonly string[] }, atlas: Pick<Atlas, 'source' | 'version'>, origin: string): CslItem {
  return {
    id: item.id,
    type: item.type,
    author: [{ literal: SITE.name }],
    title: item.title,
    publisher: SITE.name,
    version: atlas.version.version,
    URL: new URL(item.path, origin).href,
    issued: year(Number(atlas.version.date.slice(0, 4))),
    note: basedOn(item.sources, atlas),
  };
}

/** A finding's permalink page as a citable item. */
export function findingCsl(finding: Finding, atlas: Atlas, origin: string): CslItem {
  return atlasCsl({ id: `finding-${finding.id}`, type: 'webpage', title: `Finding: ${finding.statement.replace(/\.$/, '')}`, path: `/findings/${finding.id}/`, sources: finding.source_ids }, atlas, origin);
}

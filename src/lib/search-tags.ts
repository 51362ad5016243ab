import type { Atlas } from './data/load.ts';
import type { Finding } from '../schemas/finding.ts';
import type { Study } from '../schemas/study.ts';
import { COUNTRIES, REGIMES, SECTORS, THEMES } from '../schemas/vocab.ts';
import { current } from './data/claims.ts';

/** Content types a search result can have; also the values of the "type" filter. */
export const CONTENT_TYPES = ['Study', 'Finding', 'Comparison', 'Glossary term', 'Organisation', 'Dataset', 'Overview'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The search filters of a page: filter name → values, as the search page shows them. */
export interface SearchTags {
  type: ContentType;
  country?: string[];
  regime?: string[];
  theme?: string[];
  sector?: string[];
  sdg?: string[];
}

/** Filter names in the order the search page lists them, with their labels. */
export const FILTERS = [
  ['type', 'Content type'],
  ['country', 'Country'],
  ['regime', 'Welfare regime'],
  ['theme', 'Theme'],
  ['sector', 'Sector'],
  ['sdg', 'SDG target'],
] as const;

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Country names → their regime names, via data/countries.csv. */
export function regimesOf(atlas: Pick<Atlas, 'country'>, codes: readonly string[]): string[] {
  return uniq(codes.filter((c) => c in COUNTRIES).map((c) => REGIMES[atlas.country(c).regime]));
}

/** SDG filter value of a goal or target code: "Goal 3", "Target 3.5". */
export const sdgLabel = (code: string) => (code.includes('.') ? `Target ${code}` : `Goal ${code}`);

/** Search tags of a study page. */
export function studyTags(study: Study, atlas: Atlas): SearchTags {
  const codes = current(study.countries).map((c) => c.value);
  return {
    type: 'Study',
    country: codes.map((c) => COUNTRIES[c]),
    regime: regimesOf(atlas, codes),
    theme: uniq(atlas.findingsOf(study.id).flatMap((f) => f.themes.map((t) => THEMES[t]))),
    sector: current(study.sectors).map((s) => SECTORS[s.value]),
    sdg: atlas.sdgsOf(study.id).map((s) => sdgLabel(s.target.code)),
  };
}

/** Search tags of a finding's permalink page: its own countries, themes and sectors, its study's SDG targets. */
export function findingTags(finding: Finding, atlas: Atlas): SearchTags {
  return {
    type: 'Finding',
    country: finding.countries.map((c) => COUNTRIES[c]),
    regime: regimesOf(atlas, finding.countries),
    theme: finding.themes.map((t) => THEMES[t]),
    sector: finding.sectors.map((s) => SECTORS[s]),
    sdg: atlas.sdgsOf(finding.study_id).map((s) => sdgLabel(s.target.code)),
  };
}

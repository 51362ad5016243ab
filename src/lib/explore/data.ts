import type { Atlas } from '../data/load.ts';
import { current, first } from '../data/claims.ts';
import { COUNTRIES, EVIDENCE_TYPES, GEOS, INDICATORS, METHODS, ORGANISATION_TYPES, REGIMES, SECTORS, THEMES } from '../../schemas/vocab.ts';
import { sdgLabel } from '../search-tags.ts';
import { displayTitle } from '../data/study.ts';

/** A finding, flattened for the explorer: every facet as a list of labels. */
export interface FindingRecord {
  id: string;
  statement: string;
  study: string;
  study_id: string;
  country: string[];
  regime: string[];
  theme: string[];
  sector: string[];
  evidence: string[];
  method: string[];
  funder: string[];
  funder_type: string[];
  year: number | null;
  sdg: string[];
  sources: string[];
}

export interface StudyRecord {
  id: string;
  title: string;
  country: string[];
  regime: string[];
  theme: string[];
  sector: string[];
  method: string[];
  funder: string[];
  funder_type: string[];
  year: number | null;
  sdg: string[];
  findings: number;
  sources: string[];
}

export interface IndicatorRecord {
  id: string;
  country: string[];
  regime: string[];
  indicator: string[];
  period: string;
  year: number | null;
  value: number;
  unit: string;
  confidence: string;
  comparable: string;
  sources: string[];
}

/** What /explore/data.json holds: the atlas flattened into three tables. */
export interface ExplorerData {
  version: string;
  /** Publisher of each source, to show sources by name. */
  sourceNames: Record<string, string>;
  findings: FindingRecord[];
  studies: StudyRecord[];
  indicators: IndicatorRecord[];
}

/** The year a study is placed in: its start year, or for an article its year of publication. */
function studyYear(study: Atlas['studies'][number]): number | null {
  const start = first(study.start);
  if (start) return Number(start.slice(0, 4));
  return first(study.publishedIn)?.year ?? null;
}

/** Flatten the atlas for the explorer (built at build time, published as JSON). */
export function explorerData(atlas: Atlas): ExplorerData {
  const regimeOf = (codes: readonly string[]) => [...new Set(codes.filter((c) => c in COUNTRIES).map((c) => REGIMES[atlas.country(c).regime]))];
  const studyFacets = new Map(
    atlas.studies.map((s) => {
      const funders = atlas.rolesOf(s.id).filter((r) => r.role === 'funder').map((r) => atlas.organisation(r.organisation_id));
      return [
        s.id,
        {
          method: [...new Set(current(s.methods).map((m) => METHODS[m.value.method]))],
          funder: funders.map((f) => f.name_en ?? f.name),
          funder_type: [...new Set(funders.map((f) => ORGANISATION_TYPES[f.type]))],
          year: studyYear(s),
          sdg: atlas.sdgsOf(s.id).map((x) => sdgLabel(x.target.code)),
        },
      ];
    }),
  );
  const findings = atlas.findings.map((f): FindingRecord => {
    const facets = studyFacets.get(f.study_id)!;
    return {
      id: f.id,
      statement: f.statement,
      study: displayTitle(atlas.study(f.study_id)),
      study_id: f.study_id,
      country: f.countries.map((c) => COUNTRIES[c]),
      regime: regimeOf(f.countries),
      theme: f.themes.map((t) => THEMES[t]),
      sector: f.sectors.map((s) => SECTORS[s]),
      evidence: [EVIDENCE_TYPES[f.evidence_type]],
      ...facets,
      sources: f.source_ids,
    };
  });
  const studies = atlas.studies.map((s): StudyRecord => {
    const codes = current(s.countries).map((c) => c.value);
    return {
      id: s.id,
      title: displayTitle(s),
      country: codes.map((c) => COUNTRIES[c]),
      regime: regimeOf(codes),
      theme: [...new Set(atlas.findingsOf(s.id).flatMap((f) => f.themes.map((t) => THEMES[t])))],
      sector: current(s.sectors).map((x) => SECTORS[x.value]),
      ...studyFacets.get(s.id)!,
      findings: atlas.findingsOf(s.id).length,
      sources: [...new Set(Object.values(s).flatMap((v) => (Array.isArray(v) ? v.flatMap((c: { sources: string[] }) => c.sources) : [])))],
    };
  });
  const indicators = atlas.indicators.map((i): IndicatorRecord => ({
    id: i.id,
    country: [GEOS[i.geo]],
    regime: regimeOf([i.geo]),
    indicator: [INDICATORS[i.indicator]],
    period: i.period,
    year: /\d{4}/.test(i.period) ? Number(/\d{4}/.exec(i.period)![0]) : null,
    value: i.value,
    unit: i.unit,
    confidence: i.confidence,
    comparable: i.comparable,
    sources: i.source_ids,
  }));
  const sourceNames = Object.fromEntries(atlas.sources.map((s) => [s.id, s.publisher]));
  return { version: atlas.version.version, sourceNames, findings, studies, indicators };
}

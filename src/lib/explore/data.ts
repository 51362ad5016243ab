import type { Atlas } from '../data/load.ts';
import { claimSources, current } from '../data/claims.ts';
import { displayTitle, studyYear } from '../data/study.ts';
import { COUNTRIES, EVIDENCE_TYPES, GEOS, INDICATORS, METHODS, ORGANISATION_TYPES, REGIMES, SECTORS, THEMES } from '../../schemas/vocab.ts';
import { sdgLabel } from '../search-tags.ts';

/** A finding as published for the explorer: its own facets; its study's facets come from a join (view.ts). */
export interface FindingRecord {
  id: string;
  statement: string;
  study_id: string;
  country: string[];
  theme: string[];
  sector: string[];
  evidence: string[];
  /** Whether the finding comes from the study's own output or from a related publication not confirmed as such. */
  link: string[];
  sources: string[];
}

/** The two ties of a finding to its study, as the explorer shows and filters them. */
export const FINDING_LINKS = { confirmed: "The study's own output or summary", unconfirmed: "Related publication, not confirmed as the study's output" } as const;

/** A study as published for the explorer; its themes and number of findings come from a join with the findings. */
export interface StudyRecord {
  id: string;
  title: string;
  country: string[];
  sector: string[];
  method: string[];
  funder: string[];
  funder_type: string[];
  year: number | null;
  sdg: string[];
  sources: string[];
}

/** One indicator value of a country or city. */
export interface IndicatorRecord {
  id: string;
  /** The country or city, as a one-item list like every other facet. */
  country: string[];
  indicator: string;
  period: string;
  year: number | null;
  value: number;
  unit: string;
  confidence: string;
  comparable: string;
  sources: string[];
}

/** Which welfare regime a country belongs to (cities have none). */
export interface CountryRecord {
  country: string;
  regime: string;
}

/**
 * What /explore/data.json holds: the atlas as four small tables with labels in
 * place of codes. The explorer joins, unrolls, groups and counts them with
 * Arquero (view.ts), at build time for its first view and in the browser after.
 */
export interface ExplorerData {
  version: string;
  /** Publisher of each source, to show sources by name. */
  sourceNames: Record<string, string>;
  /** Every value a vocabulary facet can take, so a value without rows still shows, with its count of 0. */
  vocabularies: Record<string, string[]>;
  countries: CountryRecord[];
  findings: FindingRecord[];
  studies: StudyRecord[];
  indicators: IndicatorRecord[];
}


/** Publish the atlas for the explorer (built at build time, served as JSON). */
export function explorerData(atlas: Atlas): ExplorerData {
  const studies = atlas.studies.map((s): StudyRecord => {
    const funders = atlas.rolesOf(s.id).filter((r) => r.role === 'funder').map((r) => atlas.organisation(r.organisation_id));
    return {
      id: s.id,
      title: displayTitle(s),
      country: current(s.countries).map((c) => COUNTRIES[c.value]),
      sector: current(s.sectors).map((x) => SECTORS[x.value]),
      method: [...new Set(current(s.methods).map((m) => METHODS[m.value.method]))],
      funder: funders.map((f) => f.name_en ?? f.name),
      funder_type: [...new Set(funders.map((f) => ORGANISATION_TYPES[f.type]))],
      year: studyYear(s),
      sdg: atlas.sdgsOf(s.id).map((x) => sdgLabel(x.target.code)),
      sources: [...new Set(Object.values(s).flatMap((v) => (Array.isArray(v) ? claimSources(v) : [])))],
    };
  });
  const findings = atlas.findings.map((f): FindingRecord => ({
    id: f.id,
    statement: f.statement,
    study_id: f.study_id,
    country: f.countries.map((c) => COUNTRIES[c]),
    theme: f.themes.map((t) => THEMES[t]),
    sector: f.sectors.map((s) => SECTORS[s]),
    evidence: [EVIDENCE_TYPES[f.evidence_type]],
    link: [atlas.isConfirmed(f) ? FINDING_LINKS.confirmed : FINDING_LINKS.unconfirmed],
    sources: f.source_ids,
  }));
  const indicators = atlas.indicators.map((i): IndicatorRecord => ({
    id: i.id,
    country: [GEOS[i.geo]],
    indicator: INDICATORS[i.indicator],
    period: i.period,
    year: /\d{4}/.test(i.period) ? Number(/\d{4}/.exec(i.period)![0]) : null,
    value: i.value,
    unit: i.unit,
    confidence: i.confidence,
    comparable: i.comparable,
    sources: i.source_ids,
  }));
  return {
    version: atlas.version.version,
    sourceNames: Object.fromEntries(atlas.sources.map((s) => [s.id, s.publisher])),
    vocabularies: {
      country: Object.values(COUNTRIES),
      regime: Object.values(REGIMES),
      theme: Object.values(THEMES),
      sector: Object.values(SECTORS),
      evidence: Object.values(EVIDENCE_TYPES),
      link: Object.values(FINDING_LINKS),
      method: Object.values(METHODS),
      sdg: atlas.sdgTargets.map((t) => sdgLabel(t.code)),
    },
    countries: atlas.countries.map((c) => ({ country: COUNTRIES[c.code], regime: REGIMES[c.regime] })),
    findings,
    studies,
    indicators,
  };
}

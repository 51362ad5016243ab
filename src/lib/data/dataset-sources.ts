import type { Atlas } from './load.ts';
import { studySources } from './claims.ts';

/** The source ids a dataset's rows rest on, for citations that credit the original sources. */
export function datasetSources(name: string, atlas: Atlas): string[] {
  const ids = (rows: readonly { source_ids?: string[]; source_id?: string }[]) => rows.flatMap((r) => r.source_ids ?? (r.source_id ? [r.source_id] : []));
  const byName: Record<string, () => string[]> = {
    sources: () => atlas.sources.map((s) => s.id),
    organisations: () => ids(atlas.organisations),
    roles: () => ids(atlas.roles),
    publications: () => ids(atlas.publications),
    findings: () => ids(atlas.findings),
    regimes: () => ids(atlas.regimes),
    countries: () => ids(atlas.countries),
    indicators: () => ids(atlas.indicatorsRead),
    'indicators-derived': () => ids(atlas.indicators.filter((i) => !atlas.indicatorsRead.includes(i))),
    'context-facts': () => ids(atlas.contextFacts),
    'sdg-targets': () => ids(atlas.sdgTargets),
    'sdg-links': () => ids(atlas.sdgLinks),
    'exchange-rates': () => ids(atlas.exchangeRates),
    studies: () => atlas.studies.flatMap(studySources),
    glossary: () => atlas.glossary.flatMap((t) => [...t.sources, ...t.equivalents.flatMap((e) => e.sources)].map((c) => c.source)),
    passages: () => [...new Set(atlas.passages.map((p) => p.source_id))],
    'search-log': () => [],
    'screening-log': () => [],
    protocol: () => [],
  };
  const pick = byName[name];
  if (!pick) throw new Error(`datasetSources: unknown dataset "${name}"`);
  return [...new Set(pick())];
}

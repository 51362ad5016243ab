import type { Atlas } from '../data/load.ts';
import type { Finding } from '../../schemas/finding.ts';
import type { Organisation, Role } from '../../schemas/organisation.ts';
import type { Study } from '../../schemas/study.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Citation } from '../../schemas/passage.ts';
import { THEMES } from '../../schemas/vocab.ts';
import { current } from '../data/claims.ts';
import { LANGUAGE_COUNTRY } from '../glossary.ts';
import { COUNTRIES } from '../../schemas/vocab.ts';

export type CountryCode = keyof typeof COUNTRIES;

/** Findings grouped by theme, in the vocabulary's order; themes without findings are left out. */
export function findingsByTheme(findings: readonly Finding[]): { theme: keyof typeof THEMES; label: string; findings: Finding[] }[] {
  return (Object.keys(THEMES) as (keyof typeof THEMES)[])
    .map((theme) => ({ theme, label: THEMES[theme], findings: findings.filter((f) => f.themes.includes(theme)) }))
    .filter((g) => g.findings.length > 0);
}

/** Everything a country profile lists, from the data. */
export interface CountryProfile {
  code: CountryCode;
  studies: Study[];
  findings: Finding[];
  themes: ReturnType<typeof findingsByTheme>;
  /** Glossary equivalents in the country's language(s). */
  terms: { term: GlossaryTerm; text: string; lang: string; sources: string[]; cites: Citation[] }[];
  organisations: { organisation: Organisation; roles: Role[] }[];
}

export function countryProfile(atlas: Atlas, code: CountryCode): CountryProfile {
  const studies = atlas.studies.filter((s) => current(s.countries).some((c) => c.value === code));
  const findings = atlas.findings.filter((f) => f.countries.includes(code));
  const name = COUNTRIES[code];
  const terms = atlas.glossary.flatMap((term) =>
    term.equivalents.filter((e) => LANGUAGE_COUNTRY[e.lang] === name).map((e) => ({ term, text: e.text, lang: e.lang, sources: e.sources.map((c) => c.source), cites: e.sources })),
  );
  const organisations = atlas.organisations
    .filter((o) => o.country === code)
    .map((organisation) => ({ organisation, roles: atlas.roles.filter((r) => r.organisation_id === organisation.id) }));
  return { code, studies, findings, themes: findingsByTheme(findings), terms, organisations };
}

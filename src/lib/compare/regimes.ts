import type { Atlas } from '../data/load.ts';
import type { Finding } from '../../schemas/finding.ts';
import type { Country, Regime } from '../../schemas/context.ts';
import type { Study } from '../../schemas/study.ts';
import { COUNTRIES, REGIMES, THEMES } from '../../schemas/vocab.ts';
import { evidenceFor } from '../key-messages.ts';

/** One welfare regime with the countries, studies and findings of the atlas that sit in it. */
export interface RegimeSummary {
  regime: Regime;
  countries: Country[];
  /** Studies with at least one country in the regime. */
  studies: Study[];
  /** Findings about at least one country in the regime, from the studies' own outputs. */
  findings: Finding[];
  /** Findings from related publications not confirmed as a study's output: counted apart. */
  unconfirmed: Finding[];
  /** Number of (confirmed) findings per theme, in the vocabulary's order, themes with none left out. */
  themes: { theme: keyof typeof THEMES; label: string; count: number }[];
}

/** Group the atlas by welfare regime (a study spanning two regimes appears in both). */
export function regimeSummaries(atlas: Pick<Atlas, 'regimes' | 'countries' | 'studies' | 'findings' | 'isConfirmed'>): RegimeSummary[] {
  return (Object.keys(REGIMES) as (keyof typeof REGIMES)[]).map((id) => {
    const regime = atlas.regimes.find((r) => r.id === id);
    if (!regime) throw new Error(`data/regimes.csv has no row for "${id}"`);
    const countries = atlas.countries.filter((c) => c.regime === id);
    const { studies, findings, unconfirmed } = evidenceFor(atlas, REGIMES[id], countries.map((c) => c.code as keyof typeof COUNTRIES));
    const themes = (Object.keys(THEMES) as (keyof typeof THEMES)[])
      .map((theme) => ({ theme, label: THEMES[theme], count: findings.filter((f) => f.themes.includes(theme)).length }))
      .filter((t) => t.count > 0);
    return { regime, countries, studies, findings, unconfirmed, themes };
  });
}

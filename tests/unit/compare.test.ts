import { describe, expect, it } from 'vitest';
import { regimeSummaries } from '../../src/lib/compare/regimes.ts';
import { cityComparison } from '../../src/lib/compare/cities.ts';
import { getAtlas } from '../../src/lib/data/load.ts';

const atlas = getAtlas();

describe('regimeSummaries(atlas)', () => {
  const byId = Object.fromEntries(regimeSummaries(atlas).map((s) => [s.regime.id, s]));
  it('puts a study spanning two regimes under both', () => {
    expect(byId['social-democratic']!.studies.map((s) => s.id)).toContain('copro');
    expect(byId['conservative-corporatist']!.studies.map((s) => s.id)).toEqual(['copro']);
  });
  it('counts findings by the countries they are about', () => {
    expect(byId['conservative-corporatist']!.findings).toEqual([]);
    // Findings from publications not confirmed as a study's output are counted apart.
    const confirmed = atlas.findings.filter((f) => atlas.isConfirmed(f));
    expect(byId['social-democratic']!.findings).toHaveLength(confirmed.length);
    expect(byId['social-democratic']!.unconfirmed.map((f) => f.id).sort()).toEqual(['aau-embedded-exterior', 'linden-resource-mobilisation']);
    expect(byId.liberal!.studies).toEqual([]);
  });
  it('counts themes, leaving out those without findings', () => {
    const themes = byId['social-democratic']!.themes;
    expect(themes.find((t) => t.theme === 'trust-based-governance')?.count).toBe(2);
    expect(themes.every((t) => t.count > 0)).toBe(true);
  });
});

describe('cityComparison(atlas)', () => {
  it('pairs Oslo and Berlin topic by topic, marking national facts', () => {
    const rows = cityComparison(atlas);
    const voluntary = rows.find((r) => r.topic === 'voluntary-sector')!;
    expect(voluntary.berlin.every((b) => b.national)).toBe(true);
    expect(voluntary.oslo.map((o) => o.fact.id)).toEqual(['oslo-drop-in-centres']);
    expect(rows.find((r) => r.topic === 'districts')!.oslo.map((o) => o.fact.id)).toEqual(['oslo-districts']);
  });
});

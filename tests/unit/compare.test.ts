import { describe, expect, it } from 'vitest';
import { regimeSummaries } from '../../src/lib/compare/regimes.ts';
import { cityComparison } from '../../src/lib/compare/cities.ts';
import { getAtlas } from '../../src/lib/data/load.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { compareData } from '../../src/lib/compare/data.ts';
import { pairCharts } from '../../src/lib/compare/charts.ts';
import { SIDES, allPairs, comparePair, pairPath } from '../../src/lib/compare/pair.ts';
import { siteCharts } from '../../src/lib/site-charts.ts';
import { readPair } from '../../src/client/compare-state.ts';

const atlas = getAtlas();
const data = compareData(atlas, chartRegistry(atlas));

describe('regimeSummaries(atlas)', () => {
  const byId = Object.fromEntries(regimeSummaries(atlas).map((s) => [s.regime.id, s]));
  it('puts a study spanning two regimes under both', () => {
    expect(byId['social-democratic']!.studies.map((s) => s.id)).toContain('copro');
    expect(byId['conservative-corporatist']!.studies.map((s) => s.id)).toContain('copro');
    expect(byId['conservative-corporatist']!.studies.map((s) => s.id)).not.toContain('iop-winding-down');
  });
  it('counts findings by the countries they are about', () => {
    const nordic = new Set(['SE', 'NO', 'DK']);
    // Findings from publications not confirmed as a study's output are counted apart.
    const confirmed = atlas.findings.filter((f) => atlas.isConfirmed(f));
    expect(byId['social-democratic']!.findings).toEqual(confirmed.filter((f) => f.countries.some((c) => nordic.has(c))));
    expect(byId['conservative-corporatist']!.findings).toEqual(confirmed.filter((f) => f.countries.includes('DE')));
    expect(byId['conservative-corporatist']!.findings.length).toBeGreaterThanOrEqual(15);
    expect(byId['social-democratic']!.unconfirmed.map((f) => f.id).sort()).toEqual(['aau-embedded-exterior', 'linden-resource-mobilisation']);
    expect(byId.liberal!.findings).toEqual(confirmed.filter((f) => f.countries.includes('GB')));
  });
  it('counts themes, leaving out those without findings', () => {
    const themes = byId['social-democratic']!.themes;
    const nordicTrust = atlas.findings.filter((f) => atlas.isConfirmed(f) && f.themes.includes('trust-based-governance') && f.countries.some((c) => ['SE', 'NO', 'DK'].includes(c)));
    expect(themes.find((t) => t.theme === 'trust-based-governance')?.count).toBe(nordicTrust.length);
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

describe('compare pairs', () => {
  it('has a static page for every pair of two different sides: 10 country pairs, 3 regime pairs and 15 mixed ones', () => {
    const pairs = allPairs();
    expect(pairs).toHaveLength((SIDES.length * (SIDES.length - 1)) / 2);
    expect(pairs).toHaveLength(28);
    expect(new Set(pairs.map(([a, b]) => pairPath(a, b))).size).toBe(28);
    for (const a of SIDES) for (const b of SIDES) if (a !== b) expect(pairs.map(([x, y]) => pairPath(x, y))).toContain(pairPath(a.id, b.id));
  });
  it('gives each pair one address, countries before regimes, whichever side comes first', () => {
    expect(pairPath('de', 'no')).toBe('/compare/no-de/');
    expect(pairPath('liberal', 'no')).toBe('/compare/no-liberal/');
    expect(pairPath('no', 'no')).toBeUndefined();
    expect(pairPath('no', '<b>')).toBeUndefined();
  });
  it('puts findings by theme side by side', () => {
    const view = comparePair(data, 'social-democratic', 'conservative-corporatist');
    expect(view.a.countries).toEqual(['Sweden', 'Norway', 'Denmark']);
    expect(view.b.studies.map((s) => s.id)).toContain('copro');
    expect(view.b.countries).toEqual(['Germany']);
    expect(view.themes.every((t) => t.a.length + t.b.length > 0)).toBe(true);
    expect(view.overlap).toBeUndefined();
  });
  it('says so when a country is compared with its own regime', () => {
    expect(comparePair(data, 'se', 'social-democratic').overlap).toBe('Sweden is one of the countries of the Social-democratic regime, so its studies and findings appear on both sides.');
    expect(comparePair(data, 'se', 'liberal').overlap).toBeUndefined();
  });
  it('charts the indicators of both sides, naming each country without a value once', () => {
    const [spending] = pairCharts(data, comparePair(data, 'gb', 'liberal'), 'x');
    expect(spending!.rows.map((r) => `${r.side}: ${r.label}`)).toEqual(['United Kingdom: United Kingdom', 'Liberal regime: United Kingdom']);
    const [, , care] = pairCharts(data, comparePair(data, 'de', 'conservative-corporatist'), 'x');
    expect(new Set(care!.notes).size).toBe(care!.notes.length);
  });
  it('reads only known sides from the address', () => {
    expect(readPair('?a=no&b=%3Cscript%3E&x=1')).toEqual({ a: 'no', b: undefined, ignored: ['x', 'b'] });
  });
});

describe('siteCharts(atlas)', () => {
  it('holds the registry\'s charts and three indicator charts for every comparison page', () => {
    const charts = siteCharts(atlas);
    expect(charts.size).toBe(chartRegistry(atlas).size + 28 * 3);
    expect(charts.has('compare-se-social-democratic-long-term-care-2019')).toBe(true);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, DATA_DIR, checkData, diskReader, loadAtlasFrom } from '../../../src/lib/data/load.ts';
import { disagree } from '../../../src/lib/data/claims.ts';
import { chartRegistry } from '../../../src/lib/charts/registry.ts';

const atlas = loadAtlasFrom(diskReader(DATA_DIR));

describe('the real data/', () => {
  it('validates without issues', () => {
    expect(checkData(diskReader(DATA_DIR), { content: diskReader(CONTENT_DIR) })).toEqual([]);
  });

  it('holds the five studies the site starts from, and the corpus the search added: at least 30, at least 6 in each of the four countries and 3 in the UK', () => {
    const ids = atlas.studies.map((s) => s.id);
    for (const seed of ['aau-samskabelse', 'bracke-values-coproduction', 'cocreation-journey', 'copro', 'iop-winding-down']) expect(ids).toContain(seed);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    const inCountry = (code: string) => atlas.studies.filter((s) => s.countries.some((c) => !c.superseded && c.value === code)).length;
    for (const code of ['SE', 'NO', 'DK', 'DE']) expect(inCountry(code), code).toBeGreaterThanOrEqual(6);
    expect(inCountry('GB')).toBeGreaterThanOrEqual(3);
  });

  it('has at least 120 findings, every theme at least 5, Germany at least 15', () => {
    expect(atlas.findings.length).toBeGreaterThanOrEqual(120);
    for (const theme of ['motives', 'governance-contracts', 'formalisation-power', 'trust-based-governance', 'institutional-logics', 'values', 'quality-participation-democracy']) {
      expect(atlas.findings.filter((f) => f.themes.includes(theme as never)).length, theme).toBeGreaterThanOrEqual(5);
    }
    expect(atlas.findings.filter((f) => f.countries.includes('DE')).length).toBeGreaterThanOrEqual(15);
  });

  it('records the two end dates of the Danish project, with their sources', () => {
    const aau = atlas.study('aau-samskabelse');
    expect(aau.end.map((c) => [c.value, c.sources.map((s) => s.source)])).toEqual([
      ['2019', ['frivillighed-samskabelse']],
      ['2020-12', ['kora-samskabelse']],
    ]);
    expect(disagree(aau.end)).toBe(true);
  });

  it('joins roles, findings and publications to their study', () => {
    expect(atlas.rolesOf('copro').map((r) => [r.organisation_id, r.role])).toEqual([
      ['rcn', 'funder'],
      ['ruc', 'participant'],
    ]);
    expect(atlas.findingsOf('iop-winding-down')).toHaveLength(5);
    expect(atlas.publicationsOf('aau-samskabelse')[0]?.relation).toBe('related-unconfirmed');
  });

  it('uses every source at least once', () => {
    const used = new Set<string>();
    for (const s of atlas.studies) for (const list of Object.values(s)) if (Array.isArray(list)) for (const c of list) for (const { source } of c.sources) used.add(source);
    for (const r of [...atlas.roles, ...atlas.findings, ...atlas.publications, ...atlas.organisations, ...atlas.regimes, ...atlas.countries, ...atlas.indicators, ...atlas.contextFacts]) for (const id of r.source_ids) used.add(id);
    for (const r of atlas.exchangeRates) used.add(r.source_id);
    for (const r of atlas.sdgTargets) for (const id of r.source_ids) used.add(id);
    for (const r of atlas.sdgLinks) for (const id of r.source_ids) used.add(id);
    for (const t of atlas.glossary) for (const { source } of [...t.sources, ...t.equivalents.flatMap((e) => e.sources)]) used.add(source);
    for (const chart of chartRegistry(atlas).values()) for (const id of chart.sources) used.add(id);
    // Pages cite sources in their frontmatter too.
    for (const dir of readdirSync('content')) for (const f of readdirSync(`content/${dir}`)) {
      const text = readFileSync(`content/${dir}/${f}`, 'utf8');
      for (const s of atlas.sources) if (text.includes(s.id)) used.add(s.id);
    }
    expect(atlas.sources.map((s) => s.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('throws a helpful error for an id the data does not have', () => {
    expect(() => atlas.study('nope')).toThrow('Unknown study id "nope"');
  });
});

import { describe, expect, it } from 'vitest';
import { getAtlas } from '../../src/lib/data/load.ts';
import { countryMessages, evidenceFor, pairMessages, themeMessages, type Evidence, type Message } from '../../src/lib/key-messages.ts';
import { briefs, selectFindings, sideEvidence } from '../../src/lib/briefs.ts';
import { allPairs } from '../../src/lib/compare/pair.ts';
import type { Finding } from '../../src/schemas/finding.ts';
import { THEMES } from '../../src/schemas/vocab.ts';

const atlas = getAtlas();
const text = (m: Message) => m.map((s) => (typeof s === 'string' ? s : s.text)).join('');
const links = (ms: Message[]) => ms.flat().filter((s): s is { text: string; href: string } => typeof s !== 'string');
const finding = (id: string, extra: Partial<Finding> = {}): Finding =>
  ({ id, study_id: 's', statement: 'x', themes: ['motives'], countries: ['NO'], sectors: [], evidence_type: 'peer-reviewed-article', source_ids: ['a'], ...extra }) as Finding;
const side = (label: string, findings: Finding[], studies = findings.length ? 1 : 0): Evidence =>
  ({ label, codes: ['NO'], studies: Array.from({ length: studies }, () => ({}) as never), findings, unconfirmed: [] }) as Evidence;

describe('pairMessages(a, b)', () => {
  it('says plainly when one side has no finding, and points to what the other side has', () => {
    const ms = pairMessages(side('Norway', [finding('f1')]), side('Germany', []));
    expect(ms.map(text).join(' ')).toContain('The atlas has no finding about Germany, so this page cannot compare what research found; it shows what exists for Norway.');
  });

  it('says when neither side has a finding', () => {
    expect(pairMessages(side('A', []), side('B', [])).map(text).at(-1)).toBe('Neither side has a finding in the atlas yet, so there is nothing to set side by side.');
  });

  it('names the themes both sides share and those only one side has, and says what the counts may reflect', () => {
    const ms = pairMessages(side('A', [finding('1', { themes: ['motives', 'values'] })]), side('B', [finding('2', { themes: ['motives', 'trust-based-governance'] })])).map(text);
    expect(ms).toContain(`Both sides have findings on ${THEMES.motives.toLowerCase()}: read them side by side below.`);
    expect(ms).toContain(`Only A has findings on ${THEMES.values.toLowerCase()}; only B has findings on ${THEMES['trust-based-governance'].toLowerCase()}.`);
    expect(ms.at(-1)).toContain('may reflect which studies exist more than differences in practice');
  });
});

describe('key messages from the data', () => {
  it('count every study and finding of a country, and count apart the findings not confirmed as a study’s output', () => {
    for (const code of ['SE', 'NO', 'DK', 'DE', 'GB'] as const) {
      const e = evidenceFor(atlas, code, [code]);
      const first = text(countryMessages(e)[0]!);
      expect(first).toContain(`${e.studies.length} stud`);
      expect(first).toContain(`${e.findings.length} finding`);
      if (e.unconfirmed.length) expect(first).toContain(`plus ${e.unconfirmed.length} from related publications not confirmed`);
    }
  });

  it('a theme page’s messages link only to pages of the site', () => {
    for (const theme of Object.keys(THEMES) as (keyof typeof THEMES)[]) {
      const ms = themeMessages(theme, atlas);
      expect(ms.length).toBeGreaterThan(0);
      for (const l of links(ms)) expect(l.href).toMatch(/^(\/|#)/);
    }
  });
});

describe('briefs', () => {
  const all = briefs(atlas);

  it('one per country, one per ready-made pair and one for the welfare regimes, each summarising an existing page', () => {
    expect(all.map((b) => b.id).sort()).toEqual(['se', 'no', 'dk', 'de', 'gb', 'welfare-regimes', ...allPairs().map(([a, b]) => `${a}-${b}`)].sort());
    for (const b of all) expect(b.messages.length).toBeGreaterThan(0);
  });

  it('a pair brief says what the pair page says', () => {
    for (const [a, b] of allPairs()) {
      const brief = all.find((x) => x.id === `${a}-${b}`)!;
      const page = pairMessages(sideEvidence(atlas, a), sideEvidence(atlas, b));
      expect(brief.messages.map(text)).toEqual(page.map(text).map((t) => t.replace('read them side by side below.', 'read them side by side on the comparison page.')));
    }
  });

  it('selects findings from the most reviewed kind of text, one per study while another study is left', () => {
    const picked = selectFindings(
      [
        finding('summary', { evidence_type: 'project-summary', study_id: 'a' }),
        finding('article', { evidence_type: 'peer-reviewed-article', study_id: 'a' }),
        finding('second-of-a', { evidence_type: 'peer-reviewed-article', study_id: 'a', themes: ['values'] }),
        finding('other-study', { evidence_type: 'research-report', study_id: 'b', themes: ['values'] }),
      ],
      2,
    );
    expect(picked.map((f) => f.id)).toEqual(['article', 'other-study']);
  });
});

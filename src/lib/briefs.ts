import type { Atlas } from './data/load.ts';
import type { Finding } from '../schemas/finding.ts';
import { COUNTRIES, EVIDENCE_TYPES, REGIMES, THEMES } from '../schemas/vocab.ts';
import { countryMessages, evidenceFor, pairMessages, regimeMessages, type Evidence, type Message } from './key-messages.ts';
import { allPairs, SIDES } from './compare/pair.ts';

/*
 * Briefs: one printable page (at most two A4 sheets) per country and per ready-made comparison,
 * for readers who need the gist to forward. Built from the same key messages as the pages they
 * summarise, plus a selection of findings whose rule is stated on the brief.
 */

type Code = keyof typeof COUNTRIES;

export interface Brief {
  id: string;
  title: string;
  /** The page the brief summarises. */
  page: string;
  sides: Evidence[];
  messages: Message[];
  /** Findings shown, per side: the selection rule is printed with them. */
  selected: { side: string; findings: Finding[] }[];
}

/** Evidence strength, strongest first: the order the selection prefers. */
const STRENGTH = Object.keys(EVIDENCE_TYPES) as (keyof typeof EVIDENCE_TYPES)[];
const RANK: Record<string, number> = {
  'peer-reviewed-article': 0,
  'final-report': 1,
  'evaluation-report': 2,
  'research-report': 3,
  'doctoral-thesis': 4,
  'book-chapter': 5,
  'project-self-report': 6,
  'project-summary': 7,
};

/**
 * The selection rule: one finding for each of the side's most-evidenced themes, the one from the
 * most reviewed kind of text, never two from the same study while another study is left.
 */
export const SELECTION_RULE =
  'Selected by the atlas: for each of the themes with most findings, the finding from the most reviewed kind of text (peer-reviewed articles first), one per study.';

export function selectFindings(findings: readonly Finding[], count: number): Finding[] {
  const themes = (Object.keys(THEMES) as (keyof typeof THEMES)[])
    .map((t) => ({ t, n: findings.filter((f) => f.themes.includes(t)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const chosen: Finding[] = [];
  const studies = new Set<string>();
  const ranked = [...findings].sort((a, b) => (RANK[a.evidence_type] ?? 9) - (RANK[b.evidence_type] ?? 9) || STRENGTH.indexOf(a.evidence_type) - STRENGTH.indexOf(b.evidence_type));
  for (let round = 0; chosen.length < count && round < 3; round++) {
    for (const { t } of themes) {
      if (chosen.length >= count) break;
      const pick = ranked.find((f) => f.themes.includes(t) && !chosen.includes(f) && (round > 0 || !studies.has(f.study_id)));
      if (pick) {
        chosen.push(pick);
        studies.add(pick.study_id);
      }
    }
  }
  return chosen;
}

/** The evidence of one side of a comparison: a country (by its lower-case code) or a regime. */
export const sideEvidence = (atlas: Atlas, id: string): Evidence => {
  const side = SIDES.find((s) => s.id === id)!;
  const codes = side.kind === 'country' ? [id.toUpperCase() as Code] : atlas.countries.filter((c) => c.regime === id).map((c) => c.code as Code);
  return evidenceFor(atlas, side.label, codes);
};

/** Every brief of the site, by id. */
export function briefs(atlas: Atlas): Brief[] {
  const out: Brief[] = [];
  for (const code of Object.keys(COUNTRIES) as Code[]) {
    const e = evidenceFor(atlas, COUNTRIES[code], [code]);
    out.push({ id: code.toLowerCase(), title: COUNTRIES[code], page: `/countries/${code.toLowerCase()}/`, sides: [e], messages: countryMessages(e, `/countries/${code.toLowerCase()}/`), selected: [{ side: e.label, findings: selectFindings(e.findings, 6) }] });
  }
  const regimes = (Object.keys(REGIMES) as (keyof typeof REGIMES)[]).map((r) => sideEvidence(atlas, r));
  out.push({
    id: 'welfare-regimes',
    title: 'The three worlds of welfare and co-production',
    page: '/compare/welfare-regimes/',
    sides: regimes,
    // The same messages as the page it summarises.
    messages: regimeMessages(regimes),
    selected: regimes.map((e) => ({ side: e.label, findings: selectFindings(e.findings, 2) })),
  });
  for (const [a, b] of allPairs()) {
    const ea = sideEvidence(atlas, a);
    const eb = sideEvidence(atlas, b);
    out.push({
      id: `${a}-${b}`,
      title: `${ea.label} and ${eb.label}`,
      page: `/compare/${a}-${b}/`,
      sides: [ea, eb],
      messages: pairMessages(ea, eb, `/compare/${a}-${b}/`),
      selected: [ea, eb].map((e) => ({ side: e.label, findings: selectFindings(e.findings, 3) })),
    });
  }
  return out;
}

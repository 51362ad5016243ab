import { COUNTRIES, REGIMES, THEMES } from '../../schemas/vocab.ts';

/**
 * The compare tool's data: a compact, JSON-serialisable slice of the atlas,
 * built once at build time and fetched by the browser, so the build and the
 * client compute the same comparison with the same functions.
 */
export interface CompareData {
  version: string;
  /** Original-language terms to mark with their language in statements. */
  terms: { text: string; lang: string }[];
  countries: { code: string; name: string; regime: string }[];
  regimes: { id: string; name: string }[];
  studies: { id: string; title: string; countries: string[] }[];
  findings: { id: string; statement: string; study_id: string; countries: string[]; themes: string[] }[];
  indicators: { chart: string; title: string; unitLabel: string; xMax: number; digits: number; sources: { id: string; publisher: string }[]; values: { geo: string; value: number; period: string; confidence: string }[] }[];
}

/** A side of a comparison: one country or one welfare regime. */
export type SideId = string;

/** The sides, in the order the tool lists them: countries, then regimes. */
export const SIDES: { id: SideId; kind: 'country' | 'regime'; label: string }[] = [
  ...Object.entries(COUNTRIES).map(([code, label]) => ({ id: code.toLowerCase(), kind: 'country' as const, label })),
  ...Object.entries(REGIMES).map(([id, label]) => ({ id, kind: 'regime' as const, label: `${label} regime` })),
];

/** Every pair of two different sides, in a stable order: two countries, two regimes, then a country and a regime. Each has a static page. */
export function allPairs(): [SideId, SideId][] {
  const ids = (kind: 'country' | 'regime') => SIDES.filter((s) => s.kind === kind).map((s) => s.id);
  const out: [SideId, SideId][] = [];
  for (const kind of ['country', 'regime'] as const) {
    const same = ids(kind);
    for (let i = 0; i < same.length; i++) for (let j = i + 1; j < same.length; j++) out.push([same[i]!, same[j]!]);
  }
  for (const country of ids('country')) for (const regime of ids('regime')) out.push([country, regime]);
  return out;
}

/** The address of a pair's static page, sides in canonical order (countries before regimes, as SIDES lists them); undefined for one side twice or an unknown side. */
export function pairPath(a: SideId, b: SideId): string | undefined {
  const order = SIDES.map((s) => s.id);
  if (a === b || !order.includes(a) || !order.includes(b)) return undefined;
  const [x, y] = order.indexOf(a) < order.indexOf(b) ? [a, b] : [b, a];
  return `/compare/${x}-${y}/`;
}

/** One side of the comparison, as the page shows it. */
export interface SideView {
  id: SideId;
  label: string;
  kind: 'country' | 'regime';
  /** Country codes the side covers. */
  codes: string[];
  countries: string[];
  studies: { id: string; title: string }[];
  findings: CompareData['findings'];
}

export interface PairView {
  a: SideView;
  b: SideView;
  /** Findings by theme, side by side; themes with no finding on either side are left out. */
  themes: { theme: string; label: string; a: CompareData['findings']; b: CompareData['findings'] }[];
  /** Said when one side contains the other (a country and its own regime). */
  overlap?: string;
}

/** Resolve a side id to its view; throws on an unknown id (callers validate URLs first). */
export function sideView(data: CompareData, id: SideId): SideView {
  const side = SIDES.find((s) => s.id === id);
  if (!side) throw new Error(`Unknown comparison side "${id}"; known: ${SIDES.map((s) => s.id).join(', ')}`);
  const countries = side.kind === 'country' ? data.countries.filter((c) => c.code.toLowerCase() === id) : data.countries.filter((c) => c.regime === id);
  const codes = countries.map((c) => c.code);
  return {
    id,
    label: side.label,
    kind: side.kind,
    codes,
    countries: countries.map((c) => c.name),
    studies: data.studies.filter((s) => s.countries.some((c) => codes.includes(c))).map((s) => ({ id: s.id, title: s.title })),
    findings: data.findings.filter((f) => f.countries.some((c) => codes.includes(c))),
  };
}

/** Compare two sides: their studies, findings by theme, and (via pairIndicatorRows) indicators. */
export function comparePair(data: CompareData, a: SideId, b: SideId): PairView {
  const A = sideView(data, a);
  const B = sideView(data, b);
  const themes = Object.entries(THEMES)
    .map(([theme, label]) => ({ theme, label, a: A.findings.filter((f) => f.themes.includes(theme)), b: B.findings.filter((f) => f.themes.includes(theme)) }))
    .filter((t) => t.a.length || t.b.length);
  return { a: A, b: B, themes, overlap: overlap(A, B) };
}

/** "Sweden is one of the countries of the Social-democratic regime": a country compared with its own regime shares its findings. */
function overlap(a: SideView, b: SideView): string | undefined {
  const [country, regime] = a.kind === 'country' && b.kind === 'regime' ? [a, b] : b.kind === 'country' && a.kind === 'regime' ? [b, a] : [];
  if (!country || !regime || !regime.codes.includes(country.codes[0]!)) return undefined;
  return `${country.label} is one of the countries of the ${regime.label}, so its studies and findings appear on both sides.`;
}

/** Values of one indicator for the countries of both sides, side A first, each side from high to low. */
export function pairIndicatorRows(data: CompareData, chart: string, view: Pick<PairView, 'a' | 'b'>) {
  const indicator = data.indicators.find((i) => i.chart === chart);
  if (!indicator) throw new Error(`No indicator chart "${chart}" in the compare data.`);
  const rows = (side: SideView) =>
    side.codes
      .map((code) => {
        const v = indicator.values.find((x) => x.geo === code);
        const name = data.countries.find((c) => c.code === code)!.name;
        return v ? { label: name, side: side.label, value: v.value, period: v.period, confidence: v.confidence, geo: code } : undefined;
      })
      .filter((r) => r !== undefined)
      .sort((x, y) => y.value - x.value);
  const missing = [...new Set([...view.a.codes, ...view.b.codes])].filter((code) => !indicator.values.some((v) => v.geo === code)).map((code) => data.countries.find((c) => c.code === code)!.name);
  return { indicator, rows: [...rows(view.a), ...rows(view.b)], missing };
}

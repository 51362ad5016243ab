import type { Atlas } from './data/load.ts';
import type { Finding } from '../schemas/finding.ts';
import type { Study } from '../schemas/study.ts';
import { current } from './data/claims.ts';
import { formatList, plural } from './format.ts';
import { byConfirmation } from './findings.ts';
import { COUNTRIES, REGIMES, SECTORS, STUDY_TYPES, THEMES } from '../schemas/vocab.ts';

/*
 * Key messages: the atlas's reading of its own evidence, generated from the data — how much
 * there is, where it comes from, which themes it covers and where the gaps are. They count and
 * point; they never say more than the findings they link to. Pages label them as the atlas's
 * reading, and judgement beyond counting is written in MDX with its sources.
 */

/** A piece of a message: text, or text linking to the evidence it rests on. */
export type Segment = string | { text: string; href: string };
export type Message = Segment[];

type Theme = keyof typeof THEMES;
type Code = keyof typeof COUNTRIES;

/** The evidence about one side: studies with fieldwork there, and the findings about it. */
export interface Evidence {
  label: string;
  codes: Code[];
  studies: Study[];
  /** Findings from the studies' own outputs and summaries. */
  findings: Finding[];
  /** Findings from related publications not confirmed as outputs: counted apart. */
  unconfirmed: Finding[];
}

/** The evidence about a set of countries (a country, or a regime's countries). */
export function evidenceFor(atlas: Pick<Atlas, 'studies' | 'findings' | 'isConfirmed'>, label: string, codes: readonly Code[]): Evidence {
  const { confirmed, unconfirmed } = byConfirmation(atlas.findings.filter((f) => f.countries.some((c) => codes.includes(c))), atlas);
  return {
    label,
    codes: [...codes],
    studies: atlas.studies.filter((s) => current(s.countries).some((c) => codes.includes(c.value))),
    findings: confirmed,
    unconfirmed,
  };
}

/** Counts of a list of keys, largest first, then in the vocabulary's order. */
function tally<K extends string>(keys: readonly K[], order: readonly K[]): { key: K; n: number }[] {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([key, n]) => ({ key, n })).sort((a, b) => b.n - a.n || order.indexOf(a.key) - order.indexOf(b.key));
}

const THEME_KEYS = Object.keys(THEMES) as Theme[];
const studyTypes = (studies: readonly Study[]) =>
  formatList(tally(studies.map((s) => s.type), Object.keys(STUDY_TYPES) as (keyof typeof STUDY_TYPES)[]).map(({ key, n }) => `${n} ${n === 1 ? STUDY_TYPES[key].toLowerCase() : `${STUDY_TYPES[key].toLowerCase()}s`.replace('thesiss', 'theses')}`));
const themeLink = (theme: Theme, code?: string): Segment => ({ text: THEMES[theme].toLowerCase(), href: `/themes/${theme}/${code ? `#country-${code.toLowerCase()}` : ''}` });

/** "Segments joined as a list": a, b and c, keeping links. */
function list(items: Segment[]): Segment[] {
  const out: Segment[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(i === items.length - 1 ? ' and ' : ', ');
    out.push(item);
  });
  return out;
}

/** How much of the evidence was reviewed by others: findings from peer-reviewed articles. */
function strength(findings: readonly Finding[]): Message {
  const reviewed = findings.filter((f) => f.evidence_type === 'peer-reviewed-article').length;
  const own = findings.filter((f) => f.evidence_type === 'project-self-report' || f.evidence_type === 'project-summary').length;
  return [
    `Of these findings, ${reviewed} come from peer-reviewed articles and ${own} from project summaries or the project groups’ own pages, which no one else reviewed; the rest come from reports, theses and book chapters.`,
  ];
}

/** Key messages of a country profile. */
export function countryMessages(e: Evidence, base = ''): Message[] {
  const code = e.codes[0]!;
  if (e.studies.length === 0) {
    return [[`The atlas holds no study with fieldwork in ${e.label}${e.findings.length ? `, but ${plural(e.findings.length, 'finding')} concern it` : ''}. `, { text: 'See what exists for the other countries', href: '/studies/' }, '.']];
  }
  const messages: Message[] = [];
  messages.push([
    `The atlas holds `,
    { text: plural(e.studies.length, 'study', 'studies'), href: `/studies/?country=${code}` },
    ` with fieldwork in ${e.label} (${studyTypes(e.studies)}) and `,
    { text: plural(e.findings.length, 'finding'), href: `${base}#findings` },
    ` about it${e.unconfirmed.length ? `, plus ${e.unconfirmed.length} from related publications not confirmed as a study’s output` : ''}.`,
  ]);
  const sectors = tally(e.studies.flatMap((s) => [...new Set(current(s.sectors).map((c) => c.value))]), Object.keys(SECTORS) as (keyof typeof SECTORS)[]);
  if (sectors.length) messages.push([`The studies most often concern ${formatList(sectors.slice(0, 3).map((s) => `${SECTORS[s.key].toLowerCase()} (${s.n})`))}.`]);
  const themes = tally(e.findings.flatMap((f) => f.themes), THEME_KEYS);
  const missing = THEME_KEYS.filter((t) => !themes.some((x) => x.key === t));
  if (themes.length) {
    messages.push([
      'Its findings most often concern ',
      ...list(themes.slice(0, 3).map((t) => themeLink(t.key, code))),
      ` (${themes.slice(0, 3).map((t) => t.n).join(', ')} findings)`,
      ...(missing.length ? ['; none concerns ', ...list(missing.map((t) => themeLink(t))), ', a gap in the evidence here'] : []),
      '.',
    ]);
    messages.push(strength(e.findings));
  }
  return messages;
}

/** Key messages of a theme page. */
export function themeMessages(theme: Theme, atlas: Pick<Atlas, 'studies' | 'findings' | 'isConfirmed' | 'countries'>): Message[] {
  const tagged = atlas.findings.filter((f) => f.themes.includes(theme));
  const findings = tagged.filter((f) => atlas.isConfirmed(f));
  const studies = new Set(findings.map((f) => f.study_id));
  if (!findings.length) return [[`No finding in the atlas concerns ${THEMES[theme].toLowerCase()} yet.`]];
  const byCountry = atlas.countries.map((c) => ({ c, n: findings.filter((f) => f.countries.includes(c.code)).length }));
  const withSome = byCountry.filter((x) => x.n > 0).sort((a, b) => b.n - a.n);
  const none = byCountry.filter((x) => x.n === 0);
  const regimes = (Object.keys(REGIMES) as (keyof typeof REGIMES)[]).map((r) => ({ r, n: findings.filter((f) => f.countries.some((c) => atlas.countries.find((x) => x.code === c)?.regime === r)).length }));
  const sectors = tally(findings.flatMap((f) => f.sectors), Object.keys(SECTORS) as (keyof typeof SECTORS)[]);
  return [
    [`${plural(findings.length, 'finding')} from ${plural(studies.size, 'study', 'studies')} concern ${THEMES[theme].toLowerCase()}${tagged.length > findings.length ? ` (and ${tagged.length - findings.length} from related publications not confirmed as a study’s output)` : ''}.`],
    [
      'They come from ',
      ...list(withSome.map((x) => ({ text: `${x.c.name} (${x.n})`, href: `#country-${x.c.code.toLowerCase()}` }))),
      none.length ? `; the atlas has none from ${formatList(none.map((x) => x.c.name))}.` : '.',
    ],
    [`By welfare regime: ${formatList(regimes.map((x) => `${REGIMES[x.r].toLowerCase()} ${x.n}`))}; by service, most concern ${formatList(sectors.slice(0, 3).map((s) => `${SECTORS[s.key].toLowerCase()} (${s.n})`))}.`],
    strength(findings),
  ];
}

/** Key messages of a comparison of two sides (countries or regimes). */
export function pairMessages(a: Evidence, b: Evidence, base = ''): Message[] {
  const side = (e: Evidence): Segment[] => [
    e.studies.length ? { text: plural(e.studies.length, 'study', 'studies'), href: e.codes.length === 1 ? `/countries/${e.codes[0]!.toLowerCase()}/#studies` : `/studies/?${e.codes.map((c) => `country=${c}`).join('&')}` } : 'no study',
    ` and ${plural(e.findings.length, 'finding')}`,
  ];
  const messages: Message[] = [[`For ${a.label} the atlas holds `, ...side(a), `; for ${b.label}, `, ...side(b), '.']];
  const empty = [a, b].filter((e) => e.findings.length === 0);
  if (empty.length === 2) return [...messages, ['Neither side has a finding in the atlas yet, so there is nothing to set side by side.']];
  if (empty.length === 1) {
    const [none, some] = empty[0] === a ? [a, b] : [b, a];
    messages.push([`The atlas has no finding about ${none.label}, so this page cannot compare what research found; it shows what exists for ${some.label}.`]);
    return messages;
  }
  const themesOf = (e: Evidence) => new Set(e.findings.flatMap((f) => f.themes));
  const ta = themesOf(a);
  const tb = themesOf(b);
  const both = THEME_KEYS.filter((t) => ta.has(t) && tb.has(t));
  const onlyA = THEME_KEYS.filter((t) => ta.has(t) && !tb.has(t));
  const onlyB = THEME_KEYS.filter((t) => tb.has(t) && !ta.has(t));
  if (both.length) messages.push(['Both sides have findings on ', ...list(both.map((t) => ({ text: THEMES[t].toLowerCase(), href: `${base}#themes` }))), base ? ': read them side by side on the comparison page.' : ': read them side by side below.']);
  if (onlyA.length || onlyB.length) {
    messages.push([
      ...(onlyA.length ? [`Only ${a.label} has findings on `, ...list(onlyA.map((t) => themeLink(t))), onlyB.length ? '; ' : '.'] : []),
      ...(onlyB.length ? [`only ${b.label} has findings on `, ...list(onlyB.map((t) => themeLink(t))), '.'] : []),
    ]);
  }
  const reviewed = (e: Evidence) => e.findings.filter((f) => f.evidence_type === 'peer-reviewed-article').length;
  messages.push([`Peer-reviewed articles give ${reviewed(a)} of the ${a.label} findings and ${reviewed(b)} of the ${b.label} findings; differences between the sides may reflect which studies exist more than differences in practice.`]);
  return messages;
}

/** Key messages of the welfare-regimes comparison: each regime's evidence, and the themes they share or not. */
export function regimeMessages(regimes: readonly Evidence[]): Message[] {
  const messages: Message[] = regimes.map((e) => {
    const top = tally(e.findings.flatMap((f) => f.themes), THEME_KEYS).slice(0, 2);
    return [
      `${e.label} (${formatList(e.codes.map((c) => COUNTRIES[c]))}): `,
      { text: plural(e.studies.length, 'study', 'studies'), href: `/studies/?${e.codes.map((c) => `country=${c}`).join('&')}` },
      ` and ${plural(e.findings.length, 'finding')}${top.length ? `, most often on ${formatList(top.map((t) => THEMES[t.key].toLowerCase()))}` : ''}.`,
    ];
  });
  const has = (e: Evidence, t: Theme) => e.findings.some((f) => f.themes.includes(t));
  const all = THEME_KEYS.filter((t) => regimes.every((e) => has(e, t)));
  if (all.length) messages.push(['Every regime has findings on ', ...list(all.map((t) => themeLink(t))), ': the theme pages set them side by side.']);
  for (const e of regimes) {
    const missing = THEME_KEYS.filter((t) => !has(e, t) && regimes.some((o) => o !== e && has(o, t)));
    if (missing.length) messages.push([`${e.label}: no finding yet on `, ...list(missing.map((t) => themeLink(t))), ', which the other regimes have.']);
  }
  messages.push(['The regimes are the atlas’s frame for comparison; few studies compare regimes themselves, so differences in the counts reflect which studies exist as much as differences in practice.']);
  return messages;
}

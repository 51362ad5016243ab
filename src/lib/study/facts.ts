import type { Atlas } from '../data/load.ts';
import type { Claim, Study } from '../../schemas/study.ts';
import type { Role } from '../../schemas/organisation.ts';
import { COUNTRIES, METHODS, ROLES, SECTORS, STATUSES } from '../../schemas/vocab.ts';
import { current, disagree, ids } from '../data/claims.ts';
import type { Basis, Citation } from '../../schemas/passage.ts';
import { rateYear, roundEur, toEur } from '../data/currency.ts';
import { formatAmount, formatNumber } from '../format.ts';
import { formatPartialDate } from '../partial-date.ts';
import { publicUrl } from '../public-url.ts';

/** One value of a fact as a page shows it, with the sources it rests on. */
export interface FactItem {
  text: string;
  /** BCP 47 tag where the text is not English. */
  lang?: string;
  href?: string;
  /** Secondary line, e.g. the euro conversion of an amount. */
  detail?: string;
  /** Source ids, for the page's numbered source list. */
  sources: string[];
  /** The same sources with the passages the value rests on. */
  cites: Citation[];
  /** Stated by the source (default), or the atlas's own inference or mapping, with its reason. */
  basis?: Basis;
  reason?: string;
  note?: string;
}

/** A row of the facts panel: empty `items` means the sources are silent ("Not reported"). */
export interface Fact {
  key: string;
  label: string;
  items: FactItem[];
  /** Outdated readings kept for the record (e.g. an older copy of a page). */
  earlier: FactItem[];
  /** True when sources give different values for what is one fact. */
  disagree: boolean;
}

/** A fact item from one claim: the rendered value with its sources, passages and basis. */
export function claimItem<T>(c: Claim<T>, shown: Omit<FactItem, 'sources' | 'cites' | 'note'>): FactItem {
  return { ...shown, sources: ids(c.sources), cites: c.sources, ...(c.basis ? { basis: c.basis } : {}), ...(c.reason ? { reason: c.reason } : {}), ...(c.note ? { note: c.note } : {}) };
}

function fromClaims<T>(key: string, label: string, claims: readonly Claim<T>[], render: (value: T) => Omit<FactItem, 'sources' | 'cites' | 'note'>, single = false): Fact {
  const item = (c: Claim<T>): FactItem => claimItem(c, render(c.value));
  return {
    key,
    label,
    items: current(claims).map(item),
    earlier: claims.filter((c) => c.superseded).map(item),
    disagree: single && disagree(claims),
  };
}

function fromRoles(key: string, label: string, roles: readonly Role[], atlas: Atlas, { showRole = false } = {}): Fact {
  return {
    key,
    label,
    items: roles.map((role) => {
      const org = atlas.organisation(role.organisation_id);
      const name = org.name_en ? `${org.name} (${org.name_en})` : org.name;
      const text = showRole && role.role !== 'host' ? `${name} (${ROLES[role.role].toLowerCase()})` : name;
      const cites = atlas.passagesOf('roles', `${role.study_id}/${role.organisation_id}/${role.role}`, role.source_ids);
      return { text, href: `/organisations/${org.id}/`, sources: role.source_ids, cites, ...(role.note ? { note: role.note } : {}) };
    }),
    earlier: [],
    disagree: false,
  };
}

/** The amount with its euro equivalent, or the reason there is none. */
function amountFact(study: Study, atlas: Atlas): Fact {
  const year = rateYear(study);
  return fromClaims(
    'amount',
    'Amount',
    study.amount,
    (amount) => {
      const text = formatAmount(amount.value, amount.currency, amount.approx);
      if (amount.currency === 'EUR') return { text };
      if (!year) return { text, detail: 'No euro figure: neither the grant year nor the start year is reported, so no exchange rate applies.' };
      const converted = toEur(amount, year.year, atlas.rates);
      if (!converted) return { text, detail: `No euro figure: no ${amount.currency} rate for ${year.year}.` };
      return {
        text,
        detail: `≈ EUR ${formatNumber(roundEur(converted.eur))} at the ${year.year} average ECB rate of ${converted.rate.rate.toFixed(4)} ${amount.currency} per EUR (${year.basis})`,
      };
    },
    true,
  );
}

/** The facts panel of a study, in display order, generated from the data only. */
export function studyFacts(study: Study, atlas: Atlas): Fact[] {
  const roles = atlas.rolesOf(study.id);
  const hosts = roles.filter((r) => r.role === 'host');
  // A coordinator is not a host unless a source says so (facts audit U17): its own row.
  const coordinators = roles.filter((r) => r.role === 'coordinator');
  const funders = roles.filter((r) => r.role === 'funder');
  const facts: Fact[] = [
    fromClaims('countries', study.countries.length > 1 ? 'Countries' : 'Country', study.countries, (code) => ({ text: COUNTRIES[code] })),
  ];
  if (study.type !== 'project') {
    facts.push(
      fromClaims('authors', 'Authors', study.authors, (name) => ({ text: name })),
      fromClaims('publishedIn', 'Published in', study.publishedIn, (p) => ({
        text: [p.venue, p.volume && `vol. ${p.volume}${p.issue ? ` (${p.issue})` : ''}`, p.pages && `pp. ${p.pages}`, String(p.year)].filter(Boolean).join(', '),
        ...(p.peerReviewed ? { detail: 'Peer reviewed' } : {}),
      })),
      fromRoles('host', 'Institution', hosts, atlas),
      fromRoles('funders', 'Funder', funders, atlas),
    );
  } else {
    facts.push(
      fromRoles('host', 'Host institution', hosts, atlas),
      ...(coordinators.length ? [fromRoles('coordinator', 'Coordinator', coordinators, atlas)] : []),
      fromClaims('leaders', 'Led by', study.leaders, (l) => ({ text: `${l.name} (${l.role}${l.affiliation ? `, ${l.affiliation}` : ''})` })),
      fromRoles('funders', funders.length > 1 ? 'Funders' : 'Funder', funders, atlas),
      fromClaims('programme', 'Programme', study.programme, (p) => ({ text: p })),
      fromClaims('grantNumber', 'Grant / project number', study.grantNumber, (n) => ({ text: n }), true),
      amountFact(study, atlas),
      fromClaims('grantYear', 'Grant year', study.grantYear, (y) => ({ text: String(y) }), true),
      fromClaims('start', 'Start', study.start, (d) => ({ text: formatPartialDate(d) }), true),
      fromClaims('end', 'End', study.end, (d) => ({ text: formatPartialDate(d) }), true),
    );
  }
  facts.push(
    fromClaims('status', 'Status', study.status, (s) => ({ text: STATUSES[s] }), true),
    fromClaims('sectors', 'Sectors', study.sectors, (s) => ({ text: SECTORS[s] })),
    fromClaims('lenses', 'Theoretical lens', study.lenses, (l) => ({ text: l })),
    fromClaims('urls', 'Web address', study.urls, (u) => ({ text: publicUrl(u), href: publicUrl(u) })),
    fromClaims('doi', 'DOI', study.doi, (d) => ({ text: d, href: `https://doi.org/${d}` }), true),
  );
  return facts;
}

/** One line per method: "Interviews: 11 key persons — detail". */
export function methodItems(study: Study): FactItem[] {
  return current(study.methods).map((c) => {
    const m = c.value;
    const qualifier = m.sampleQualifier === 'more-than' ? 'more than ' : m.sampleQualifier === 'about' ? 'about ' : '';
    const parts = [
      m.sampleN !== undefined ? `${qualifier}${formatNumber(m.sampleN)} ${m.sampleUnit ?? ''}`.trim() : undefined,
      m.siteN !== undefined ? `${formatNumber(m.siteN)} ${m.siteUnit ?? ''}`.trim() : undefined,
    ].filter(Boolean);
    return claimItem(c, { text: `${METHODS[m.method]}${parts.length ? `: ${parts.join('; ')}` : ''}`, ...(m.detail ? { detail: m.detail } : {}) });
  });
}

/** Roles grouped for the "Partners by role" section, in the vocabulary's order. */
export function rolesByKind(studyId: string, atlas: Atlas): { role: keyof typeof ROLES; label: string; items: FactItem[] }[] {
  const roles = atlas.rolesOf(studyId);
  return (Object.keys(ROLES) as (keyof typeof ROLES)[])
    .map((role) => ({ role, label: ROLES[role], items: fromRoles(role, ROLES[role], roles.filter((r) => r.role === role), atlas).items }))
    .filter((group) => group.items.length > 0);
}

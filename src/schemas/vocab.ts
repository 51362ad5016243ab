/**
 * Controlled vocabularies. Each is declared once with its English label; schemas
 * derive their enums from the keys, pages take their labels from here.
 */

/** Countries this atlas covers (ISO 3166-1 alpha-2). GB is the liberal-regime contrast. */
export const COUNTRIES = {
  SE: 'Sweden',
  NO: 'Norway',
  DK: 'Denmark',
  DE: 'Germany',
  GB: 'United Kingdom',
} as const;

/** Welfare-regime classes (Esping-Andersen 1990). */
export const REGIMES = {
  'social-democratic': 'Social-democratic',
  'conservative-corporatist': 'Conservative-corporatist',
  liberal: 'Liberal',
} as const;

/** Themes the findings are tagged with. */
export const THEMES = {
  motives: 'Motives',
  'governance-contracts': 'Governance and contracts',
  'formalisation-power': 'Formalisation and power',
  'trust-based-governance': 'Trust and trust-based governance',
  'institutional-logics': 'Institutional logics and change',
  values: 'Values',
  'quality-participation-democracy': 'Quality, participation and democracy',
} as const;

/** What kind of study an entry is. */
export const STUDY_TYPES = {
  project: 'Research project',
  article: 'Journal article',
  report: 'Report',
  thesis: 'Doctoral thesis',
} as const;

/** Study types that are one publication (authors, venue, year) rather than a funded project. */
export const PUBLICATION_STUDY_TYPES: readonly (keyof typeof STUDY_TYPES)[] = ['article', 'report', 'thesis'];

/** Service sectors a study or finding concerns. */
export const SECTORS = {
  'elderly-care': 'Elderly care',
  'drug-addiction-care': 'Drug and addiction care',
  'refugees-immigrants': 'Refugees and immigrants',
  'health-social-care': 'Health and social care',
  'health-care': 'Health care',
  'social-work': 'Social work',
  disability: 'Disability services',
  'child-family': 'Child and family welfare',
  homelessness: 'Homelessness',
  'welfare-services': 'Welfare services (general)',
} as const;

/** Research methods. */
export const METHODS = {
  'case-study': 'Case study',
  survey: 'Survey',
  interviews: 'Interviews',
  'focus-groups': 'Focus groups',
  'document-analysis': 'Document analysis',
  'media-analysis': 'Media analysis',
  'literature-review': 'Literature review',
  'ethnographic-fieldwork': 'Ethnographic fieldwork',
  'register-data': 'Register data',
  observation: 'Observation',
  workshops: 'Workshops',
  'mixed-methods': 'Mixed methods',
  'action-research': 'Action research',
} as const;

/** What kind of text a finding rests on, from strongest to weakest review. */
export const EVIDENCE_TYPES = {
  'peer-reviewed-article': 'Peer-reviewed article',
  'final-report': 'Final report to the funder',
  'project-self-report': "Project group's own results summary on the funder's page",
  'project-summary': "Project summary (the funder's or host's project page)",
  'research-report': 'Research report',
  'evaluation-report': 'Evaluation report',
  'book-chapter': 'Book chapter',
  'doctoral-thesis': 'Doctoral thesis',
} as const;

/** Roles an organisation plays in a study. */
export const ROLES = {
  host: 'Host institution',
  coordinator: 'Coordinator',
  funder: 'Funder',
  partner: 'Partner',
  'case-organisation': 'Case organisation',
  municipality: 'Municipality',
  participant: 'Takes part (role not stated)',
} as const;

/** Organisation types. */
export const ORGANISATION_TYPES = {
  public: 'Public authority',
  voluntary: 'Voluntary / non-profit organisation',
  academic: 'Academic or research institution',
  funder: 'Research funder',
} as const;

/** Study status as a source reports it. */
export const STATUSES = {
  decided: 'Grant decided',
  ongoing: 'Ongoing',
  completed: 'Completed',
  published: 'Published',
} as const;

/** How a publication relates to a study. */
export const PUBLICATION_RELATIONS = {
  output: 'Output of the study',
  predecessor: 'Earlier study of the same case',
  'related-unconfirmed': 'Related; not confirmed as an output',
} as const;

export const PUBLICATION_KINDS = {
  'journal-article': 'Journal article',
  report: 'Report',
} as const;

/** Currencies amounts may be given in; rates are per 1 EUR. */
export const CURRENCIES = {
  EUR: 'euro',
  SEK: 'Swedish krona',
  NOK: 'Norwegian krone',
  DKK: 'Danish krone',
  GBP: 'pound sterling',
} as const;

/** BCP 47 language tags for text in the original language. */
export const LANGUAGES = {
  en: 'English',
  sv: 'Swedish',
  nb: 'Norwegian Bokmål',
  nn: 'Norwegian Nynorsk',
  no: 'Norwegian',
  da: 'Danish',
  de: 'German',
} as const;

/** The keys of a vocabulary as a non-empty tuple, as z.enum wants them. */
export function keysOf<T extends Record<string, string>>(vocab: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(vocab) as [keyof T & string, ...(keyof T & string)[]];
}

/** Places that context indicators describe: the five countries and the two cities CoPro compares. */
export const GEOS = {
  ...COUNTRIES,
  oslo: 'Oslo',
  berlin: 'Berlin',
} as const;

/** Context indicators, with the unit their values are in. */
export const INDICATORS = {
  'public-social-expenditure': 'Public social expenditure',
  'public-health-expenditure': 'Public health spending (SOCX)',
  'old-age-expenditure': 'Old-age spending (SOCX)',
  'population-65-plus': 'Population aged 65 and over',
  'long-term-care-expenditure': 'Long-term care spending (health and social)',
  'long-term-care-private': 'Privately funded long-term care spending',
  'decommodification-index': 'Decommodification index',
  'volunteering-rate': 'Volunteering rate (national survey)',
  'welfare-association-facilities': 'Services and facilities of the Freie Wohlfahrtspflege',
  'welfare-association-employees': 'Employees of the Freie Wohlfahrtspflege',
  'welfare-association-volunteers': 'Volunteers in the Freie Wohlfahrtspflege',
  'addiction-counselling-services': 'Addiction counselling services of welfare associations',
  population: 'Population',
  districts: 'City districts',
  'residents-per-district': 'Residents per city district',
  'nursing-homes': 'Nursing homes',
} as const;

/** Confidence grades carried over from the research notes. */
export const CONFIDENCE = {
  A: 'A: read from a data file or an official statistics or agency page',
  'A/B': 'A/B: official figure, underlying source not fully visible',
  B: 'B: official figure quoted in a reputable secondary source',
  'B/C': 'B/C: secondary source whose origin could not be fully identified',
  C: 'C: aggregator, or a value whose year or label is uncertain',
  D: 'D: derived by a script from a sourced file (method given)',
} as const;

/** Topics of the qualitative context facts. */
export const CONTEXT_TOPICS = {
  'voluntary-sector': 'Role of voluntary organisations',
  'legal-basis': 'Legal basis',
  districts: 'City districts',
  'elderly-care': 'Elderly care',
  'drug-services': 'Drug and addiction services',
  funding: 'Funding',
} as const;

/** What each theme gathers, in our words: the atlas's own categories, not facts from sources. */
export const THEME_DESCRIPTIONS: Record<keyof typeof THEMES, string> = {
  motives: 'Why organisations, staff and volunteers take part in co-production, and what each side hopes to gain.',
  'governance-contracts': 'How collaboration is agreed and steered: partnership agreements such as the Swedish IOP set against procurement and contracts, political backing, and coordination.',
  'formalisation-power': 'How formal or informal the ties between public bodies and voluntary organisations are, and who has the power to define and manage them.',
  'trust-based-governance': 'Steering that builds on trust rather than detailed control, as in the Swedish trust-based governance (tillitsbaserad styrning) reform, and the trust between the parties that collaboration rests on or aims at.',
  'institutional-logics': 'How the established ways of thinking and working of the public sector and of civil society meet, clash or change when they co-produce.',
  values: 'The values that voluntary and non-profit providers bring to welfare, and how they shape co-production.',
  'quality-participation-democracy': 'What co-production means for the quality of services, for the participation of users and staff, and for democracy.',
};

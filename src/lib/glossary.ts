/** Columns of the glossary: one per language of the atlas, Norwegian covering Bokmål and Nynorsk. */
export const GLOSSARY_LANGUAGES = [
  { label: 'Swedish', tags: ['sv'] },
  { label: 'Norwegian', tags: ['nb', 'nn', 'no'] },
  { label: 'Danish', tags: ['da'] },
  { label: 'German', tags: ['de'] },
] as const;

/** The country whose language a glossary equivalent is in, for the search filter. */
export const LANGUAGE_COUNTRY: Record<string, string> = { sv: 'Sweden', nb: 'Norway', nn: 'Norway', no: 'Norway', da: 'Denmark', de: 'Germany' };

import type { Citation } from '../../schemas/passage.ts';
import { COUNTRIES } from '../../schemas/vocab.ts';
import { clip } from '../format.ts';
import { pageHeader, parsePageCopy, type PageHeader, type StudySheet } from './sheet.ts';

/*
 * From study sheets to the atlas's rows: pure functions, so the command, its tests and a
 * reviewer's dry run see the same plan before anything is written.
 */

/** What the data folder already holds, so new ids never collide and organisations are reused. */
export interface Existing {
  sourceIds: Set<string>;
  studyIds: Set<string>;
  findingIds: Set<string>;
  /** Organisations by lower-cased name (and English name). */
  organisations: Map<string, string>;
  organisationIds: Set<string>;
}

/** Rows to append, as the CSV files name their columns. */
export type Row = Record<string, string>;

export interface Plan {
  /** New files, by path from the project root. */
  files: { path: string; text: string }[];
  rows: { sources: Row[]; organisations: Row[]; roles: Row[]; findings: Row[]; passages: Row[] };
  studies: Record<string, unknown>[];
  /** What a reviewer should look at: facts left out and why. */
  notes: string[];
}

/** The copies of the pages a sheet cites, by file name. */
export type Pages = Map<string, string>;

/** An id from free text: lower-case letters, digits and single hyphens. */
export function slug(text: string, max = 40): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '') || 'x';
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A description for search results and link previews, 50–160 characters, from the summary's first sentences. */
export function describe(summary: string, label: string): string {
  const sentences = summary.match(/[^.!?]+[.!?]+(\s|$)/g)?.map((s) => s.trim()) ?? [summary];
  let text = '';
  for (const s of sentences) {
    text = text ? `${text} ${s}` : s;
    if (text.length >= 50) break;
  }
  if (text.length < 50) text = `${label}: ${text}`;
  return clip(text, 160);
}


/** Every string of a sheet with its whitespace collapsed: CSV cells and attributes hold no line breaks. */
function oneLine<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() as T;
  if (Array.isArray(value)) return value.map(oneLine) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, oneLine(v)])) as T;
  return value;
}

/** Prose as MDX text: braces and angle brackets would start expressions or tags. */
export const mdxText = (prose: string) => prose.replace(/[{}<]/g, (c) => ({ '{': '&#123;', '}': '&#125;', '<': '&lt;' })[c]!);

/** The answers `npm run new:study` asks for when a study is started from scratch. */
export interface Answers {
  id: string;
  title: string;
  country: string;
  type: string;
  url: string;
  label?: string;
}

/**
 * A study started from a few answers: its first source, an empty copy of that page to paste into,
 * the study's entry with every fact "not reported", and its MDX page. `npm run check:data` then names
 * each field still to fill (the source's publisher, title and language, the passages, the summary).
 */
export function planSkeleton(a: Answers, existing: Existing, today: string): Plan {
  if (existing.studyIds.has(a.id)) throw new Error(`A study with id "${a.id}" exists already: choose another id.`);
  const sourceId = unique(`${a.id}-page-1`, existing.sourceIds);
  const path = `provenance/pages/${a.id}/${sourceId}.txt`;
  const label = a.label ?? clip(a.title, 30).replace(/…$/, '').trim();
  const todo = '';
  return {
    files: [
      {
        path: `data/${path}`,
        text: `url: ${a.url}\nread: ${today}\npublisher: \ntitle: \nlang: \n---\nPaste here the text of the page as you read it: whole paragraphs, unchanged. Every passage you quote must be found in it.\n`,
      },
      {
        path: `content/studies/${a.id}.mdx`,
        text: `---\nstudy: ${a.id}\ndescription: ""\nsummarySources: [${sourceId}]\n---\n\n{/* The summary, in your own words: each sentence ends with the passage it rests on, e.g.\n   The project studies how municipalities and voluntary organisations work together in elderly care.<Ref id="${sourceId}" quote="the words of the page" /> */}\n`,
      },
    ],
    rows: {
      sources: [{ id: sourceId, url: a.url, publisher: todo, title: todo, lang: todo, published: '', seen: today, via: path, note: '' }],
      organisations: [],
      roles: [],
      findings: [],
      passages: [],
    },
    studies: [
      {
        id: a.id,
        type: a.type,
        label,
        titleEn: [{ value: { text: a.title }, sources: [{ source: sourceId, quote: todo }] }],
        titleOriginal: [],
        countries: [{ value: a.country, sources: [{ source: sourceId, quote: todo }] }],
        leaders: [], programme: [], grantNumber: [], amount: [], grantYear: [], start: [], end: [], status: [],
        sectors: [], methods: [], lenses: [],
        urls: [{ value: a.url, sources: [{ source: sourceId }] }],
        doi: [], publishedIn: [], authors: [], aims: [], context: [],
      },
    ],
    notes: [
      `Paste the page's text into data/${path} and fill in its publisher, title and language (in data/sources.csv too).`,
      'Give the passage (the page\'s own words) for the title and the country in data/studies.json.',
      `Write the summary and a 50–160 character description in content/studies/${a.id}.mdx.`,
      'Run `npm run check:data`: it names every field still to fill.',
    ],
  };
}

/**
 * Plan the rows for a batch of sheets whose page copies sit in `pages` and will be kept under
 * data/provenance/pages/<folder>/.
 */
export function planSheets(input: readonly StudySheet[], pages: Pages, folder: string, existing: Existing, today: string): Plan {
  // A passage may span lines of the page copy; the data keeps it on one line (the check compares whitespace-blind).
  const sheets = input.map((s) => oneLine(s));
  const plan: Plan = { files: [], rows: { sources: [], organisations: [], roles: [], findings: [], passages: [] }, studies: [], notes: [] };
  const sourceOf = new Map<string, { id: string; header: PageHeader }>();

  /** The source for a page copy: one row per page, however many studies cite it. */
  const source = (page: string): { id: string; header: PageHeader } => {
    const known = sourceOf.get(page);
    if (known) return known;
    const copy = pages.get(page);
    if (copy === undefined) throw new Error(`The sheet cites pages/${page}, which is not there: add the copy of the page you read.`);
    const { header } = parsePageCopy(copy);
    const parsed = pageHeader.safeParse(header);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
      throw new Error(`pages/${page}: its header needs ${fields} (lines "url: …", "read: YYYY-MM-DD", "publisher: …", "title: …", "lang: …" above the line ---).`);
    }
    const id = unique(slug(page.replace(/\.txt$/, ''), 60), existing.sourceIds);
    const h = parsed.data;
    const path = `provenance/pages/${folder}/${page}`;
    plan.files.push({ path: `data/${path}`, text: copy });
    plan.rows.sources.push({ id, url: h.url, publisher: h.publisher, title: h.title, lang: h.lang, published: h.published ?? '', seen: h.read, via: path, note: '' });
    const entry = { id, header: h };
    sourceOf.set(page, entry);
    return entry;
  };
  const cite = (f: { page: string; passage: string }): Citation => ({ source: source(f.page).id, quote: f.passage });
  type Read<T> = { value: T; page: string; passage: string; basis?: 'inferred'; reason?: string };
  const claim = <T, V>(f: Read<T>, value: V) => ({ value, sources: [cite(f)], ...(f.basis ? { basis: f.basis, reason: f.reason } : {}) });

  const organisation = (name: string, type: string, country: string, f: Read<unknown>, countryNote: boolean): string => {
    const key = name.toLowerCase();
    const known = existing.organisations.get(key);
    // A known organisation keeps its row and sources; the new study's role row carries the new passage.
    if (known) return known;
    const id = unique(slug(name), existing.organisationIds);
    existing.organisations.set(key, id);
    const src = cite(f).source;
    plan.rows.organisations.push({ id, name, name_en: '', type, country, source_ids: src, note: countryNote ? `Country: the atlas’s inference from the study’s country (${COUNTRIES[country as keyof typeof COUNTRIES]}).` : '' });
    plan.rows.passages.push({ dataset: 'organisations', row: id, source_id: src, quote: f.passage, lang: '', note: '' });
    return id;
  };

  for (const sheet of sheets) {
    if (existing.studyIds.has(sheet.id)) throw new Error(`A study with id "${sheet.id}" exists already: choose another id.`);
    existing.studyIds.add(sheet.id);
    const f = sheet.facts;
    const home = sheet.countries[0]!.value;
    const roleKeys = new Set<string>();
    const role = (orgId: string, roleName: string, r: Read<unknown>) => {
      const key = `${sheet.id}/${orgId}/${roleName}`;
      if (roleKeys.has(key)) return;
      roleKeys.add(key);
      const src = cite(r).source;
      plan.rows.roles.push({ study_id: sheet.id, organisation_id: orgId, role: roleName, source_ids: src, note: r.basis ? `The atlas’s inference: ${r.reason}` : '' });
      plan.rows.passages.push({ dataset: 'roles', row: key, source_id: src, quote: r.passage, lang: '', note: '' });
    };
    for (const x of f.funder ?? []) role(organisation(x.value, 'funder', home, x, true), 'funder', x);
    for (const x of f.host ?? []) role(organisation(x.value.name, x.value.type, x.value.country ?? home, x, !x.value.country), 'host', x);
    for (const x of f.partners ?? []) role(organisation(x.value.name, x.value.type, x.value.country ?? home, x, !x.value.country), x.value.role, x);

    const firstPage = sheet.titleEn;
    const published = (f.venue?.length && f.year?.length)
      ? [{ value: { venue: f.venue[0]!.value, year: f.year[0]!.value }, sources: [cite(f.venue[0]!), cite(f.year[0]!)] }]
      : [];
    if (!published.length && (f.venue?.length || f.year?.length)) plan.notes.push(`${sheet.id}: ${f.venue?.length ? 'venue' : 'year'} read without the ${f.venue?.length ? 'year' : 'venue'}; "Published in" left as not reported.`);
    const urls = f.urls?.length ? f.urls.map((u) => ({ value: u.value, sources: [{ source: source(u.page).id }] })) : [{ value: source(firstPage.page).header.url, sources: [{ source: source(firstPage.page).id }] }];
    plan.studies.push({
      id: sheet.id,
      type: sheet.type,
      label: sheet.label,
      titleEn: [{ value: { text: sheet.titleEn.text, ...(sheet.titleEn.ourTranslation ? { ourTranslation: true } : {}) }, sources: [cite(sheet.titleEn)] }],
      titleOriginal: sheet.titleOriginal ? [{ value: { text: sheet.titleOriginal.text, lang: sheet.titleOriginal.lang }, sources: [cite(sheet.titleOriginal)] }] : [],
      countries: sheet.countries.map((c) => claim(c, c.value)),
      leaders: (f.leaders ?? []).map((x) => claim(x, x.value)),
      programme: (f.programme ?? []).map((x) => claim(x, x.value)),
      grantNumber: (f.grantNumber ?? []).map((x) => claim(x, x.value)),
      amount: (f.amount ?? []).map((x) => claim(x, x.value)),
      grantYear: [],
      start: (f.start ?? []).map((x) => claim(x, x.value)),
      end: (f.end ?? []).map((x) => claim(x, x.value)),
      status: (f.status ?? []).map((x) => claim(x, x.value)),
      sectors: sheet.sectors.map((s) => ({ value: s, sources: [{ source: source(firstPage.page).id }], basis: 'mapping', reason: 'The atlas’s coding of the services the study concerns, from the pages read.' })),
      methods: (f.methods ?? []).map((x) => claim(x, x.value)),
      lenses: [],
      urls,
      doi: (f.doi ?? []).map((x) => claim(x, x.value)),
      publishedIn: published,
      authors: (f.authors ?? []).flatMap((x) => x.value.map((name) => claim(x, name))),
      aims: (f.aims ?? []).map((x) => claim(x, x.value)),
      context: [],
    });

    for (const finding of sheet.findings) {
      const id = unique(finding.id, existing.findingIds);
      const src = source(finding.page);
      plan.rows.findings.push({
        id,
        study_id: sheet.id,
        statement: finding.statement,
        themes: finding.themes.join(';'),
        countries: finding.countries.join(';'),
        sectors: finding.sectors.join(';'),
        evidence_type: finding.evidenceType,
        publication_id: '',
        source_ids: src.id,
        note: '',
      });
      plan.rows.passages.push({ dataset: 'findings', row: id, source_id: src.id, quote: finding.passage, lang: finding.lang === src.header.lang ? '' : finding.lang, note: '' });
    }

    const refs = sheet.summaryPassages.map((p) => `<Ref id="${source(p.page).id}" quote={${JSON.stringify(p.passage)}} />`).join('');
    const summarySources = [...new Set(sheet.summaryPassages.map((p) => source(p.page).id))];
    plan.files.push({
      path: `content/studies/${sheet.id}.mdx`,
      text: `---\nstudy: ${sheet.id}\ndescription: ${JSON.stringify(describe(sheet.summary, sheet.label))}\nsummarySources: [${summarySources.join(', ')}]\n---\n\n${mdxText(sheet.summary)}${refs}\n`,
    });
  }
  return plan;
}

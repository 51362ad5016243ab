import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { z } from 'astro/zod';
import { glossaryFile } from '../../schemas/glossary.ts';
import type { Claim } from '../../schemas/study.ts';
import { studiesFile } from '../../schemas/study.ts';
import { CSV_DATASETS, GLOSSARY_FILE, PROTOCOL_FILE, STUDIES_FILE, type CsvDatasetName } from './datasets.ts';
import { readTable } from './csv.ts';
import { toCsv } from '../to-csv.ts';
import { csvDialect, tableSchema, type FieldDescriptor } from './table-schema.ts';
import type { DataReader } from './validate.ts';

/** One file of a release, with its Frictionless resource descriptor. */
export interface ReleaseFile {
  path: string;
  bytes: Uint8Array;
  resource: Record<string, unknown>;
}

/** The release index (data/releases/index.json): every version with the checksum of every file. */
export interface ReleaseIndex {
  releases: { version: string; date: string; files: Record<string, string> }[];
}

export const LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International (for the compilation; the facts belong to their sources, which every row names)',
};

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => utf8(`${JSON.stringify(value, null, 2)}\n`);

/**
 * A study's claims in long format, one row per claim and source, with the source's passage:
 * lossless, and opens in a spreadsheet.
 */
export function studyClaimRows(studies: z.output<typeof studiesFile>['studies']): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  const blank = { basis: '', reason: '', source: '', quote: '', quote_lang: '', note: '', superseded: '' };
  for (const study of studies) {
    for (const [field, list] of Object.entries(study)) {
      if (!Array.isArray(list)) {
        rows.push({ study_id: study.id, field, claim: '', value: String(list), ...blank });
        continue;
      }
      list.forEach((c: Claim<unknown>, i) => {
        const value = typeof c.value === 'object' ? JSON.stringify(c.value) : String(c.value);
        for (const s of c.sources) {
          rows.push({ study_id: study.id, field, claim: i + 1, value, basis: c.basis ?? 'stated', reason: c.reason ?? '', source: s.source, quote: s.quote ?? '', quote_lang: s.lang ?? '', note: c.note ?? '', superseded: c.superseded ? 'yes' : '' });
        }
      });
    }
  }
  return rows;
}

const ID_LIST = { pattern: '([a-z0-9]+(-[a-z0-9]+)*)( *; *([a-z0-9]+(-[a-z0-9]+)*))*' };

const CLAIM_FIELDS: FieldDescriptor[] = [
  { name: 'study_id', type: 'string', description: 'The study.', constraints: { required: true } },
  { name: 'field', type: 'string', description: 'The fact (field of data/studies.json).', constraints: { required: true } },
  { name: 'claim', type: 'integer', description: 'Number of the claim within the field; empty for plain fields such as id and type.' },
  { name: 'value', type: 'string', description: 'The value; JSON for structured values (amounts, methods, titles).' },
  { name: 'basis', type: 'string', description: '"stated" by the source, "inferred" by the atlas or the atlas’s "mapping".' },
  { name: 'reason', type: 'string', description: 'How the atlas infers or maps the value, where it does.' },
  { name: 'source', type: 'string', description: 'Source id (data/sources.csv); a claim with several sources has one row per source.' },
  { name: 'quote', type: 'string', description: 'The source’s own words that the value rests on (the passage).' },
  { name: 'quote_lang', type: 'string', description: 'Language of the passage where it differs from the source’s.' },
  { name: 'note', type: 'string', description: 'Note on the claim.' },
  { name: 'superseded', type: 'string', description: '"yes" for an outdated reading kept for the record.' },
];

const GLOSSARY_FIELDS: FieldDescriptor[] = [
  { name: 'term_id', type: 'string', description: 'Term id.', constraints: { required: true } },
  { name: 'term', type: 'string', description: 'English term.', constraints: { required: true } },
  { name: 'kind', type: 'string', description: '"definition" (in our own words) or "equivalent" (the term in another language, as a source uses it).', constraints: { required: true } },
  { name: 'lang', type: 'string', description: 'Language of the text (BCP 47).' },
  { name: 'text', type: 'string', description: 'The definition, or the equivalent term.' },
  { name: 'source', type: 'string', description: 'Source id (data/sources.csv); one row per source.' },
  { name: 'quote', type: 'string', description: 'The source’s own words that the definition or equivalent rests on.' },
  { name: 'quote_lang', type: 'string', description: 'Language of the passage where it differs from the source’s.' },
];

function resource(name: string, path: string, bytes: Uint8Array, extra: Record<string, unknown>): ReleaseFile {
  const format = path.endsWith('.csv') ? 'csv' : 'json';
  return {
    path,
    bytes,
    resource: {
      name: `${name}-${format}`.replace(/[^a-z0-9-]/g, '-'),
      path,
      format,
      mediatype: format === 'csv' ? 'text/csv' : 'application/json',
      encoding: 'utf-8',
      bytes: bytes.byteLength,
      hash: `sha256:${sha256(bytes)}`,
      // Declared so that clients parse the CSV as written instead of guessing its delimiter.
      ...(format === 'csv' ? { dialect: csvDialect(bytes) } : {}),
      ...extra,
    },
  };
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);

/**
 * Every file of a release of the working data: each CSV dataset as published
 * (byte for byte) and as JSON; studies and glossary as JSON, with a long-format
 * CSV and a JSON Schema. The data must already validate.
 */
export function releaseFiles(read: DataReader): ReleaseFile[] {
  const files: ReleaseFile[] = [];
  for (const [key, spec] of Object.entries(CSV_DATASETS) as [CsvDatasetName, (typeof CSV_DATASETS)[CsvDatasetName]][]) {
    const name = kebab(key);
    const bytes = read(spec.file);
    if (!bytes) throw new Error(`data/${spec.file} is missing`);
    const { rows, issues } = readTable(new TextDecoder().decode(bytes), `data/${spec.file}`, spec.schema);
    if (issues.length) throw new Error(`data/${spec.file} does not validate; run npm run check:data`);
    const meta = { title: spec.title, description: spec.description, rows: rows.length };
    files.push(resource(name, `${name}.csv`, bytes, { ...meta, profile: 'tabular-data-resource', schema: tableSchema(spec.schema, spec.primaryKey) }));
    files.push(resource(name, `${name}.json`, json(rows.map((r) => r.row)), meta));
  }
  const studies = studiesFile.parse(JSON.parse(new TextDecoder().decode(read(STUDIES_FILE))));
  files.push(resource('studies', 'studies.json', read(STUDIES_FILE)!, { title: 'Studies', description: 'One entry per study; every fact is a list of claims, each with its sources. Schema: studies.schema.json.', rows: studies.studies.length, schema: 'studies.schema.json' }));
  const claims = studyClaimRows(studies.studies);
  files.push(resource('studies-claims', 'studies-claims.csv', utf8(toCsv(claims, CLAIM_FIELDS.map((f) => f.name))), { title: 'Studies, claim by claim', description: 'The same facts as studies.json in long format: one row per claim and source, with the passage the source gives.', rows: claims.length, profile: 'tabular-data-resource', schema: { fields: CLAIM_FIELDS } }));
  files.push(resource('studies-schema', 'studies.schema.json', json(z.toJSONSchema(studiesFile)), { title: 'JSON Schema of studies.json' }));
  const glossary = glossaryFile.parse(JSON.parse(new TextDecoder().decode(read(GLOSSARY_FILE))));
  files.push(resource('glossary', 'glossary.json', read(GLOSSARY_FILE)!, { title: 'Glossary', description: 'Key terms, definitions in our own words, and the equivalents the sources use. Schema: glossary.schema.json.', rows: glossary.terms.length, schema: 'glossary.schema.json' }));
  const glossaryRows = glossary.terms.flatMap((t) => [
    ...t.sources.map((s) => ({ term_id: t.id, term: t.term, kind: 'definition', lang: 'en', text: t.definition, source: s.source, quote: s.quote, quote_lang: s.lang ?? '' })),
    ...t.equivalents.flatMap((e) => e.sources.map((s) => ({ term_id: t.id, term: t.term, kind: 'equivalent', lang: e.lang, text: e.text, source: s.source, quote: s.quote, quote_lang: s.lang ?? '' }))),
  ]);
  files.push(resource('glossary-terms', 'glossary.csv', utf8(toCsv(glossaryRows, GLOSSARY_FIELDS.map((f) => f.name))), { title: 'Glossary, one row per definition or equivalent and source, with its passage', rows: glossaryRows.length, profile: 'tabular-data-resource', schema: { fields: GLOSSARY_FIELDS } }));
  files.push(resource('glossary-schema', 'glossary.schema.json', json(z.toJSONSchema(glossaryFile, { io: 'input' })), { title: 'JSON Schema of glossary.json' }));
  files.push(resource('protocol', 'protocol.json', read(PROTOCOL_FILE)!, { title: 'Search and screening protocol', description: 'The protocol of the evidence map, written before the systematic search: question, inclusion and exclusion criteria, where and how to search.' }));
  return files;
}

/**
 * The Frictionless Data Package descriptor of a release. `homepage` is the
 * absolute address of the data catalog (a package is read away from the site);
 * without the site's public address the package names none rather than a guess.
 */
export function dataPackage(files: readonly ReleaseFile[], version: string, date: string, sources: { title: string; url: string }[], homepage?: string): Record<string, unknown> {
  if (homepage !== undefined && !/^https?:\/\/[^/]/.test(homepage)) throw new Error(`The data package's homepage must be an absolute http(s) address, not "${homepage}".`);
  return {
    profile: 'data-package',
    name: 'coproduction-atlas',
    title: 'Co-production Atlas data',
    description: 'Studies, findings, sources and context indicators on co-production of health and welfare services between public authorities and voluntary organisations in Sweden, Norway, Denmark and Germany, with the United Kingdom as contrast.',
    version,
    created: date,
    ...(homepage ? { homepage } : {}),
    licenses: [LICENSE],
    contributors: [{ title: 'Co-production Atlas contributors', role: 'author' }],
    sources: sources.map((s) => ({ title: s.title, path: s.url })),
    resources: files.map((f) => f.resource),
  };
}

/** The row keys of each resource, by resource name: ids for datasets, entry ids for studies and glossary. */
export type ReleaseKeys = Map<string, Set<string>>;

/**
 * The keys of the rows of a release's files, read from their bytes with the
 * primary key each CSV dataset declares (datasets.ts), and the entry ids of
 * studies.json and glossary.json. The long-format views (studies-claims.csv,
 * glossary.csv) are left out: their rows follow the entries they are made from.
 */
export function releaseKeys(read: (file: string) => Uint8Array | undefined): ReleaseKeys {
  const keys: ReleaseKeys = new Map();
  for (const [key, spec] of Object.entries(CSV_DATASETS) as [CsvDatasetName, (typeof CSV_DATASETS)[CsvDatasetName]][]) {
    const name = `${kebab(key)}-csv`;
    const bytes = read(`${kebab(key)}.csv`);
    if (!bytes) continue;
    const [header = [], ...rows] = parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][];
    const columns = spec.primaryKey.map((c) => header.indexOf(c));
    // A release whose CSV lacks a key column had another schema: no keys to compare.
    if (columns.some((c) => c < 0)) continue;
    keys.set(name, new Set(rows.map((r) => columns.map((c) => r[c] ?? '').join(','))));
  }
  for (const [file, list] of [[STUDIES_FILE, 'studies'], [GLOSSARY_FILE, 'terms']] as const) {
    const bytes = read(file);
    if (!bytes) continue;
    try {
      const entries = (JSON.parse(new TextDecoder().decode(bytes)) as Record<string, { id?: unknown }[]>)[list] ?? [];
      keys.set(`${file.replace(/\.json$/, '')}-json`, new Set(entries.map((e) => String(e.id))));
    } catch {
      // A release always holds valid JSON; a broken file is reported by checkReleases.
    }
  }
  return keys;
}

type Res = { name: string; schema?: unknown; rows?: number; hash: string; path: string };
/** The structural contract of a resource: its field names and types (not how constraints are worded). */
const contract = (r: Res) => {
  const schema = r.schema as { fields?: { name: string; type: string }[] } | string | undefined;
  return [r.name, typeof schema === 'object' ? (schema.fields ?? []).map((f) => `${f.name}:${f.type}`) : (schema ?? null)];
};

/**
 * What kind of release the working data needs compared with the last one:
 * major when a resource, a field or a field type changes, a JSON Schema file
 * changes, or rows are removed (their ids, and so permalinks and references,
 * disappear); minor when rows are added; patch when only values change; none
 * when every data file is byte for byte the same.
 */
export function releaseKind(
  previous: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
  keys?: { previous: ReleaseKeys; next: ReleaseKeys },
): 'first' | 'major' | 'minor' | 'patch' | 'none' {
  if (!previous) return 'first';
  const prev = previous.resources as Res[];
  const curr = next.resources as Res[];
  const byName = new Map(prev.map((r) => [r.name, r]));
  if (curr.every((r) => r.hash === byName.get(r.name)?.hash) && prev.length === curr.length) return 'none';
  const shape = (rs: Res[]) => JSON.stringify(rs.map(contract).sort());
  const schemaFiles = (rs: Res[]) => JSON.stringify(rs.filter((r) => r.path.endsWith('.schema.json')).map((r) => r.hash).sort());
  if (shape(prev) !== shape(curr) || schemaFiles(prev) !== schemaFiles(curr)) return 'major';
  if (keys) {
    for (const [name, before] of keys.previous) {
      const after = keys.next.get(name);
      if (after && [...before].some((k) => !after.has(k))) return 'major';
    }
    for (const [name, after] of keys.next) {
      const before = keys.previous.get(name);
      if (before && [...after].some((k) => !before.has(k))) return 'minor';
    }
  }
  if (curr.some((r) => (r.rows ?? 0) > (byName.get(r.name)?.rows ?? 0))) return 'minor';
  if (curr.some((r) => r.rows !== undefined && r.rows < (byName.get(r.name)?.rows ?? 0))) return 'major';
  return 'patch';
}

/** The ids that a release would remove, by resource: what makes a release major when no schema changed. */
export function removedKeys(keys: { previous: ReleaseKeys; next: ReleaseKeys }): { resource: string; keys: string[] }[] {
  return [...keys.previous].flatMap(([name, before]) => {
    const after = keys.next.get(name);
    const gone = after ? [...before].filter((k) => !after.has(k)) : [];
    return gone.length ? [{ resource: name, keys: gone }] : [];
  });
}

/** The next semantic version for a kind of release. */
export function bump(version: string, kind: 'major' | 'minor' | 'patch'): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The text of a version's section in CHANGELOG.md, or undefined when there is none. */
export function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^## ${version.replace(/\./g, '\\.')}(\\s|$)`).test(l));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
}

import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { glossaryFile } from '../../schemas/glossary.ts';
import { studiesFile } from '../../schemas/study.ts';
import { CSV_DATASETS, GLOSSARY_FILE, STUDIES_FILE, type CsvDatasetName } from './datasets.ts';
import { readTable } from './csv.ts';
import { toCsv } from '../to-csv.ts';
import { tableSchema, type FieldDescriptor } from './table-schema.ts';
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

/** A study's claims in long format, one row per claim: lossless, and opens in a spreadsheet. */
export function studyClaimRows(studies: z.output<typeof studiesFile>['studies']): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const study of studies) {
    for (const [field, list] of Object.entries(study)) {
      if (!Array.isArray(list)) {
        rows.push({ study_id: study.id, field, claim: '', value: String(list), sources: '', note: '', superseded: '' });
        continue;
      }
      list.forEach((c: { value: unknown; sources: string[]; note?: string; superseded?: true }, i) => {
        rows.push({ study_id: study.id, field, claim: i + 1, value: typeof c.value === 'object' ? JSON.stringify(c.value) : String(c.value), sources: c.sources, note: c.note ?? '', superseded: c.superseded ? 'yes' : '' });
      });
    }
  }
  return rows;
}

const CLAIM_FIELDS: FieldDescriptor[] = [
  { name: 'study_id', type: 'string', description: 'The study.', constraints: { required: true } },
  { name: 'field', type: 'string', description: 'The fact (field of data/studies.json).', constraints: { required: true } },
  { name: 'claim', type: 'integer', description: 'Number of the claim within the field; empty for plain fields such as id and type.' },
  { name: 'value', type: 'string', description: 'The value; JSON for structured values (amounts, methods, titles).' },
  { name: 'sources', type: 'string', description: 'Source ids (data/sources.csv).', separator: ';' },
  { name: 'note', type: 'string', description: 'Note on the claim.' },
  { name: 'superseded', type: 'string', description: '"yes" for an outdated reading kept for the record.' },
];

const GLOSSARY_FIELDS: FieldDescriptor[] = [
  { name: 'term_id', type: 'string', description: 'Term id.', constraints: { required: true } },
  { name: 'term', type: 'string', description: 'English term.', constraints: { required: true } },
  { name: 'definition', type: 'string', description: 'Definition, in our own words.' },
  { name: 'sources', type: 'string', description: 'Sources of the definition.', separator: ';' },
  { name: 'lang', type: 'string', description: 'Language of the equivalent (BCP 47); empty when the sources give none.' },
  { name: 'text', type: 'string', description: 'The equivalent term.' },
  { name: 'equivalent_sources', type: 'string', description: 'Sources using the equivalent.', separator: ';' },
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
    files.push(resource(name, `${name}.csv`, bytes, { ...meta, profile: 'tabular-data-resource', schema: tableSchema(spec.schema) }));
    files.push(resource(name, `${name}.json`, json(rows.map((r) => r.row)), meta));
  }
  const studies = studiesFile.parse(JSON.parse(new TextDecoder().decode(read(STUDIES_FILE))));
  files.push(resource('studies', 'studies.json', read(STUDIES_FILE)!, { title: 'Studies', description: 'One entry per study; every fact is a list of claims, each with its sources. Schema: studies.schema.json.', rows: studies.studies.length, schema: 'studies.schema.json' }));
  const claims = studyClaimRows(studies.studies);
  files.push(resource('studies-claims', 'studies-claims.csv', utf8(toCsv(claims, CLAIM_FIELDS.map((f) => f.name))), { title: 'Studies, claim by claim', description: 'The same facts as studies.json in long format: one row per claim, with its sources.', rows: claims.length, profile: 'tabular-data-resource', schema: { fields: CLAIM_FIELDS } }));
  files.push(resource('studies-schema', 'studies.schema.json', json(z.toJSONSchema(studiesFile)), { title: 'JSON Schema of studies.json' }));
  const glossary = glossaryFile.parse(JSON.parse(new TextDecoder().decode(read(GLOSSARY_FILE))));
  files.push(resource('glossary', 'glossary.json', read(GLOSSARY_FILE)!, { title: 'Glossary', description: 'Key terms, definitions in our own words, and the equivalents the sources use. Schema: glossary.schema.json.', rows: glossary.terms.length, schema: 'glossary.schema.json' }));
  const glossaryRows = glossary.terms.flatMap((t) =>
    (t.equivalents.length ? t.equivalents : [undefined]).map((e) => ({ term_id: t.id, term: t.term, definition: t.definition, sources: t.sources, lang: e?.lang ?? '', text: e?.text ?? '', equivalent_sources: e?.sources ?? [] })),
  );
  files.push(resource('glossary-terms', 'glossary.csv', utf8(toCsv(glossaryRows, GLOSSARY_FIELDS.map((f) => f.name))), { title: 'Glossary, one row per equivalent', rows: glossaryRows.length, profile: 'tabular-data-resource', schema: { fields: GLOSSARY_FIELDS } }));
  files.push(resource('glossary-schema', 'glossary.schema.json', json(z.toJSONSchema(glossaryFile, { io: 'input' })), { title: 'JSON Schema of glossary.json' }));
  return files;
}

/** The Frictionless Data Package descriptor of a release. */
export function dataPackage(files: readonly ReleaseFile[], version: string, date: string, sources: { title: string; url: string }[]): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'coproduction-atlas',
    title: 'Co-production Atlas data',
    description: 'Studies, findings, sources and context indicators on co-production of health and welfare services between public authorities and voluntary organisations in Sweden, Norway, Denmark and Germany, with the United Kingdom as contrast.',
    version,
    created: date,
    homepage: '/data/',
    licenses: [LICENSE],
    contributors: [{ title: 'Co-production Atlas contributors', role: 'author' }],
    sources: sources.map((s) => ({ title: s.title, path: s.url })),
    resources: files.map((f) => f.resource),
  };
}

/** What kind of release the working data needs compared with the last one. */
export function releaseKind(previous: Record<string, unknown> | undefined, next: Record<string, unknown>): 'first' | 'major' | 'minor' | 'patch' | 'none' {
  if (!previous) return 'first';
  type Res = { name: string; schema?: unknown; rows?: number; hash: string; path: string };
  const prev = previous.resources as Res[];
  const curr = next.resources as Res[];
  const shape = (rs: Res[]) => JSON.stringify(rs.map((r) => [r.name, r.schema]).sort());
  const schemaFiles = (rs: Res[]) => JSON.stringify(rs.filter((r) => r.path.endsWith('.schema.json')).map((r) => r.hash).sort());
  if (shape(prev) !== shape(curr) || schemaFiles(prev) !== schemaFiles(curr)) return 'major';
  const byName = new Map(prev.map((r) => [r.name, r]));
  if (curr.some((r) => (r.rows ?? 0) > (byName.get(r.name)?.rows ?? 0))) return 'minor';
  if (curr.some((r) => r.hash !== byName.get(r.name)?.hash)) return 'patch';
  return 'none';
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

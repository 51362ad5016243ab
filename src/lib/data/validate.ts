import type { z } from 'astro/zod';
import { studiesFile, type Study } from '../../schemas/study.ts';
import { glossaryFile, type GlossaryTerm } from '../../schemas/glossary.ts';
import { rateYear } from './currency.ts';
import { datasetVersion, type DatasetVersion } from '../../schemas/version.ts';
import { CSV_DATASETS, GLOSSARY_FILE, PROTOCOL_FILE, STUDIES_FILE, VERSION_FILE, type CsvDatasetName, type CsvRow } from './datasets.ts';
import { protocol as protocolSchema, type Protocol } from '../../schemas/evidence-map.ts';
import { readTable, type Located } from './csv.ts';
import type { DataIssue } from './issues.ts';
import { entryLines, fieldLine, jsonStrings, parseJson } from './json.ts';
import { decodeUtf8 } from './text.ts';
import { MAX_FILE_BYTES, textProblem } from './text-rules.ts';
import { errorMap, formatPath, zodIssueToDataIssue } from './zod-issues.ts';
import { checkPassages, markdownSection, normaliseForMatch, pageBody, type PassageToCheck } from './passages.ts';
import { PASSAGE_DATASET_NAMES, PASSAGE_TABLES } from './passage-rows.ts';
import type { PassageDataset } from '../../schemas/passage.ts';

/**
 * Reads a file under data/ by relative path; undefined when it does not exist.
 * `list(dir)` names the files in a folder (recursively, as relative paths), where the reader can list.
 */
export interface DataReader {
  (relativePath: string): Uint8Array | undefined;
  list?: (dir: string) => string[] | undefined;
}

/** The validated datasets, each row still carrying its line for later checks. */
export interface ValidatedData {
  /** Files with problems of their own; references into them are not checked, to avoid cascades. */
  broken: Set<string>;
  version: DatasetVersion;
  protocol: Protocol | undefined;
  studies: { study: Study; line: number }[];
  glossary: { term: GlossaryTerm; line: number }[];
  tables: { [N in CsvDatasetName]: Located<CsvRow<N>>[] };
}

const DATA = 'data';

function readText(read: DataReader, name: string, issues: DataIssue[]): { text: string; file: string } | undefined {
  const file = `${DATA}/${name}`;
  const bytes = read(name);
  if (bytes === undefined) {
    issues.push({ file, expected: 'the file to exist', hint: 'Restore it from git or the latest release.' });
    return undefined;
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    issues.push({ file, found: `${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`, expected: `a file of at most ${MAX_FILE_BYTES / 1024 / 1024} MB`, hint: 'The datasets are a few kilobytes each; a file this large is a mistake (or needs a new limit in src/lib/data/text-rules.ts).' });
    return undefined;
  }
  const decoded = decodeUtf8(bytes, file);
  issues.push(...decoded.issues);
  return decoded.issues.length ? undefined : { text: decoded.text, file };
}

/**
 * Where a problem at a JSON path sits: for a path into the entry list under
 * `key`, the entry's id and the line of the offending field.
 */
function jsonLocator(text: string, file: string, value: unknown, key: string | undefined) {
  const starts = entryLines(text);
  const raw = key === undefined ? undefined : (value as Record<string, unknown[]> | undefined)?.[key];
  const entryName = (i: number) => {
    const entryId = Array.isArray(raw) ? (raw[i] as { id?: unknown } | undefined)?.id : undefined;
    return typeof entryId === 'string' ? `"${entryId}"` : `#${i + 1}`;
  };
  return {
    starts,
    /** The location of a path, and the prefix to strip from it for the column. */
    at(path: readonly PropertyKey[], field?: PropertyKey): { file: string; line?: number; entry?: string; pathPrefix?: readonly PropertyKey[] } {
      const [top, index, pathField = field] = path;
      if (key !== undefined && top === key && typeof index === 'number') {
        const start = starts[index];
        const line = start === undefined ? undefined : typeof pathField === 'string' ? (fieldLine(text, start, pathField) ?? start) : start;
        return { file, line, entry: entryName(index), pathPrefix: [key, index] };
      }
      return { file };
    },
    /** The entry a line falls in, for problems found in the text. */
    entryAtLine(line: number): string | undefined {
      let index = -1;
      starts.forEach((start, i) => {
        if (start <= line) index = i;
      });
      return index < 0 || !Array.isArray(raw) ? undefined : entryName(index);
    },
  };
}

/**
 * Read and validate a JSON file: syntax, nesting, duplicate keys, the text rules
 * for every string, then the schema. For files of the form { "<key>": [entries
 * with an "id"] }, each problem names the entry and the line of its field.
 */
function readJson<S extends z.ZodType>(read: DataReader, name: string, schema: S, key: string | undefined, issues: DataIssue[]): { value: z.output<S>; lines: number[] } | undefined {
  const input = readText(read, name, issues);
  if (!input) return undefined;
  const { value, issues: syntax } = parseJson(input.text, input.file);
  if (value === undefined) {
    issues.push(...syntax);
    return undefined;
  }
  const locate = jsonLocator(input.text, input.file, value, key);
  const found: DataIssue[] = syntax.map((issue) => ({ ...issue, entry: issue.line === undefined ? undefined : locate.entryAtLine(issue.line) }));
  for (const { path, text } of jsonStrings(value)) {
    const problem = textProblem(text, { lineBreaks: true });
    if (!problem) continue;
    const where = locate.at(path);
    found.push({ file: where.file, line: where.line, entry: where.entry, column: formatPath(path.slice(where.pathPrefix?.length ?? 0)) || undefined, found: text, ...problem });
  }
  const result = schema.safeParse(value, { error: errorMap, reportInput: true });
  if (result.success && !found.length) return { value: result.data, lines: locate.starts };
  if (!result.success) {
    for (const zi of result.error.issues) {
      const field = zi.code === 'unrecognized_keys' ? zi.keys[0] : undefined;
      found.push(zodIssueToDataIssue(zi, value, locate.at(zi.path, field)));
    }
  }
  issues.push(...found);
  return undefined;
}

function readStudies(read: DataReader, issues: DataIssue[]): { study: Study; line: number }[] {
  const list = readJson(read, STUDIES_FILE, studiesFile, 'studies', issues);
  return list ? list.value.studies.map((study, i) => ({ study, line: list.lines[i] ?? 1 })) : [];
}

function readGlossary(read: DataReader, issues: DataIssue[]): { term: GlossaryTerm; line: number }[] {
  const list = readJson(read, GLOSSARY_FILE, glossaryFile, 'terms', issues);
  return list ? list.value.terms.map((term, i) => ({ term, line: list.lines[i] ?? 1 })) : [];
}

function readProtocol(read: DataReader, issues: DataIssue[]): Protocol | undefined {
  const input = readText(read, PROTOCOL_FILE, issues);
  if (!input) return undefined;
  const { value, issues: syntax } = parseJson(input.text, input.file);
  issues.push(...syntax);
  if (syntax.length) return undefined;
  const result = protocolSchema.safeParse(value);
  if (result.success) return result.data;
  for (const zi of result.error.issues) issues.push(zodIssueToDataIssue(zi, value, { file: input.file }));
  return undefined;
}

function readVersion(read: DataReader, issues: DataIssue[]): DatasetVersion | undefined {
  return readJson(read, VERSION_FILE, datasetVersion, undefined, issues)?.value;
}

/** Check each file on its own: encoding, syntax, columns, types, enums, formats. */
export function validateFiles(read: DataReader): { data: ValidatedData; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const tables = {} as ValidatedData['tables'];
  for (const [name, spec] of Object.entries(CSV_DATASETS) as [CsvDatasetName, (typeof CSV_DATASETS)[CsvDatasetName]][]) {
    const input = readText(read, spec.file, issues);
    if (!input) {
      tables[name] = [];
      continue;
    }
    const { rows, issues: rowIssues } = readTable(input.text, input.file, spec.schema);
    (tables as Record<string, unknown>)[name] = rows;
    issues.push(...rowIssues);
  }
  const studies = readStudies(read, issues);
  const glossary = readGlossary(read, issues);
  const version = readVersion(read, issues) ?? { version: '0.0.0', date: '1970-01-01' };
  const protocol = readProtocol(read, issues);
  const broken = new Set(issues.map((issue) => issue.file));
  return { data: { broken, version, protocol, studies, glossary, tables }, issues };
}

/** The longest id: ids become file names and addresses (/cite/finding/<id>.bib), which file systems cap. */
export const MAX_ID_LENGTH = 80;

/**
 * Check what spans files: unique ids and keys, every reference resolving,
 * dates in order and not in the future (`today`, as YYYY-MM-DD), rates present.
 */
export function validateReferences(data: ValidatedData, read: DataReader, today = new Date().toISOString().slice(0, 10)): DataIssue[] {
  const issues: DataIssue[] = [];
  const { tables, studies } = data;
  const file = (name: CsvDatasetName) => `${DATA}/${CSV_DATASETS[name].file}`;
  const studiesFilePath = `${DATA}/${STUDIES_FILE}`;

  const idLength = (where: string, entries: { id: string; line: number; entry?: string }[]) => {
    for (const e of entries) {
      if (e.id.length > MAX_ID_LENGTH) issues.push({ file: where, line: e.line, entry: e.entry, column: 'id', found: e.id, expected: `an id of at most ${MAX_ID_LENGTH} characters (it becomes a file name and a web address; this one has ${e.id.length})` });
    }
  };
  for (const name of ['sources', 'organisations', 'findings', 'publications', 'contextFacts', 'indicators', 'indicatorsDerived'] as const) {
    idLength(file(name), tables[name].map((r) => ({ id: r.row.id, line: r.line })));
  }
  idLength(studiesFilePath, studies.map((s) => ({ id: s.study.id, line: s.line, entry: `"${s.study.id}"` })));
  idLength(`${DATA}/${GLOSSARY_FILE}`, data.glossary.map((g) => ({ id: g.term.id, line: g.line, entry: `"${g.term.id}"` })));

  const unique = (name: string, entries: { key: string; line: number; column: string; entry?: string; file?: string }[], what: string) => {
    const first = new Map<string, { line: number; file: string }>();
    for (const e of entries) {
      const where = e.file ?? name;
      const seen = first.get(e.key);
      if (seen === undefined) first.set(e.key, { line: e.line, file: where });
      else {
        const at = seen.file === where ? `line ${seen.line}` : `${seen.file}, line ${seen.line}`;
        issues.push({ file: where, line: e.line, entry: e.entry, column: e.column, found: e.key, expected: `a unique ${what} (already used on ${at})` });
      }
    }
  };
  unique(file('sources'), tables.sources.map((r) => ({ key: r.row.id, line: r.line, column: 'id' })), 'id');
  unique(file('organisations'), tables.organisations.map((r) => ({ key: r.row.id, line: r.line, column: 'id' })), 'id');
  unique(file('findings'), tables.findings.map((r) => ({ key: r.row.id, line: r.line, column: 'id' })), 'id');
  unique(file('publications'), tables.publications.map((r) => ({ key: r.row.id, line: r.line, column: 'id' })), 'id');
  unique(studiesFilePath, studies.map((s) => ({ key: s.study.id, line: s.line, column: 'id', entry: `"${s.study.id}"` })), 'id');
  unique(file('roles'), tables.roles.map((r) => ({ key: `${r.row.study_id},${r.row.organisation_id},${r.row.role}`, line: r.line, column: 'role' })), 'combination of study, organisation and role');
  unique(file('exchangeRates'), tables.exchangeRates.map((r) => ({ key: `${r.row.currency},${r.row.year}`, line: r.line, column: 'year' })), 'currency and year');

  const ids = {
    sources: new Set(tables.sources.map((r) => r.row.id)),
    studies: new Set(studies.map((s) => s.study.id)),
    organisations: new Set(tables.organisations.map((r) => r.row.id)),
    publications: new Map(tables.publications.map((r) => [r.row.id, r.row])),
  };
  const known = (set: Iterable<string>) => {
    const list = [...set].sort();
    return list.length > 8 ? `${list.slice(0, 8).join(', ')}, …` : list.join(', ');
  };
  const ref = (target: 'sources' | 'studies' | 'organisations', where: { file: string; line: number; column: string; entry?: string }, value: string) => {
    const set = ids[target];
    const targetFile = target === 'studies' ? studiesFilePath : file(target);
    if (!data.broken.has(targetFile) && !set.has(value)) {
      issues.push({ ...where, found: value, expected: `the id of an entry in ${targetFile} (known ids: ${known(set)})` });
    }
  };

  for (const { row, line } of tables.sources) {
    if (row.seen !== undefined && row.published !== undefined && row.seen.slice(0, row.published.length) < row.published.slice(0, row.seen.length)) {
      issues.push({ file: file('sources'), line, column: 'seen', found: row.seen, expected: `a date on or after the page's own date (published ${row.published}): a page cannot be read before it was published` });
    }
    for (const [column, date] of [['published', row.published], ['seen', row.seen]] as const) {
      if (date !== undefined && date.slice(0, today.length) > today.slice(0, date.length)) issues.push({ file: file('sources'), line, column, found: date, expected: `a date that is not in the future (today is ${today})` });
    }
    for (const via of row.via) {
      const path = via.split('#')[0]!;
      if (read(path) === undefined) issues.push({ file: file('sources'), line, column: 'via', found: via, expected: `a file that exists under data/ (data/${path} is missing)` });
    }
  }
  for (const { row, line } of tables.organisations) for (const s of row.source_ids) ref('sources', { file: file('organisations'), line, column: 'source_ids' }, s);
  if (!data.broken.has(file('roles'))) {
    const used = new Set(tables.roles.map((r) => r.row.organisation_id));
    for (const { row, line } of tables.organisations) {
      if (!used.has(row.id)) issues.push({ file: file('organisations'), line, column: 'id', found: row.id, expected: `an organisation that ${file('roles')} gives a role in a study (no page would show this one)` });
    }
  }
  for (const { row, line } of tables.roles) {
    const where = { file: file('roles'), line };
    ref('studies', { ...where, column: 'study_id' }, row.study_id);
    ref('organisations', { ...where, column: 'organisation_id' }, row.organisation_id);
    for (const s of row.source_ids) ref('sources', { ...where, column: 'source_ids' }, s);
  }
  for (const { row, line } of tables.publications) {
    const where = { file: file('publications'), line };
    ref('studies', { ...where, column: 'study_id' }, row.study_id);
    for (const s of row.source_ids) ref('sources', { ...where, column: 'source_ids' }, s);
  }
  const studyById = new Map(studies.map((s) => [s.study.id, s.study]));
  for (const { row, line } of tables.findings) {
    const where = { file: file('findings'), line };
    ref('studies', { ...where, column: 'study_id' }, row.study_id);
    for (const s of row.source_ids) ref('sources', { ...where, column: 'source_ids' }, s);
    if (row.publication_id !== undefined) {
      const publication = ids.publications.get(row.publication_id);
      if (!publication) {
        if (!data.broken.has(file('publications'))) issues.push({ ...where, column: 'publication_id', found: row.publication_id, expected: `the id of an entry in ${file('publications')} (known ids: ${known(ids.publications.keys())})` });
      } else if (publication.study_id !== row.study_id) issues.push({ ...where, column: 'publication_id', found: row.publication_id, expected: `a publication of study "${row.study_id}" (this one belongs to "${publication.study_id}")` });
    }
    const study = studyById.get(row.study_id);
    if (study) {
      const studyCountries = new Set(study.countries.map((c) => c.value));
      for (const c of row.countries) {
        if (!studyCountries.has(c)) issues.push({ ...where, column: 'countries', found: c, expected: `one of the study's countries (${[...studyCountries].join(', ')})` });
      }
    }
  }
  for (const { row, line } of tables.exchangeRates) ref('sources', { file: file('exchangeRates'), line, column: 'source_id' }, row.source_id);
  for (const name of ['regimes', 'countries', 'indicators', 'indicatorsDerived', 'contextFacts', 'sdgTargets', 'sdgLinks'] as const) {
    for (const { row, line } of tables[name]) for (const s of row.source_ids) ref('sources', { file: file(name), line, column: 'source_ids' }, s);
  }
  unique(file('countries'), tables.countries.map((r) => ({ key: r.row.code, line: r.line, column: 'code' })), 'country code');
  unique(file('sdgTargets'), tables.sdgTargets.map((r) => ({ key: r.row.code, line: r.line, column: 'code' })), 'goal or target code');
  unique(file('sdgLinks'), tables.sdgLinks.map((r) => ({ key: `${r.row.study_id},${r.row.code}`, line: r.line, column: 'code' })), 'combination of study and goal or target');
  const sdgCodes = new Set(tables.sdgTargets.map((r) => r.row.code));
  for (const { row, line } of tables.sdgLinks) {
    ref('studies', { file: file('sdgLinks'), line, column: 'study_id' }, row.study_id);
    if (!data.broken.has(file('sdgTargets')) && !sdgCodes.has(row.code)) issues.push({ file: file('sdgLinks'), line, column: 'code', found: row.code, expected: `a code listed in ${file('sdgTargets')} (${[...sdgCodes].join(', ')})` });
  }
  unique(file('regimes'), tables.regimes.map((r) => ({ key: r.row.id, line: r.line, column: 'id' })), 'regime id');
  unique(file('contextFacts'), tables.contextFacts.map((r) => ({ key: r.row.id, line: r.line, column: 'id' })), 'id');
  // Read and derived indicators share one id space: a derived id may not shadow a read one.
  unique(
    file('indicators'),
    [
      ...tables.indicators.map((r) => ({ key: r.row.id, line: r.line, column: 'id', file: file('indicators') })),
      ...tables.indicatorsDerived.map((r) => ({ key: r.row.id, line: r.line, column: 'id', file: file('indicatorsDerived') })),
    ],
    'id across indicators.csv and indicators-derived.csv',
  );
  // One value per place, indicator and period: charts and tables show one, and would otherwise pick either.
  unique(
    file('indicators'),
    [
      ...tables.indicators.map((r) => ({ key: `${r.row.geo}, ${r.row.indicator}, ${r.row.period}`, line: r.line, column: 'period', file: file('indicators') })),
      ...tables.indicatorsDerived.map((r) => ({ key: `${r.row.geo}, ${r.row.indicator}, ${r.row.period}`, line: r.line, column: 'period', file: file('indicatorsDerived') })),
    ],
    'geo, indicator and period across indicators.csv and indicators-derived.csv: one value per place and period',
  );
  for (const { row, line } of tables.contextFacts) {
    if ((row.term === undefined) !== (row.term_lang === undefined)) {
      issues.push({ file: file('contextFacts'), line, column: 'term_lang', found: row.term_lang ?? '', expected: 'a language tag exactly when a term is given (both or neither)' });
    }
  }

  const glossaryPath = `${DATA}/${GLOSSARY_FILE}`;
  unique(glossaryPath, data.glossary.map((g) => ({ key: g.term.id, line: g.line, column: 'id', entry: `"${g.term.id}"` })), 'id');
  const termIds = new Set(data.glossary.map((g) => g.term.id));
  for (const { term, line } of data.glossary) {
    const entry = `"${term.id}"`;
    term.sources.forEach((s, j) => ref('sources', { file: glossaryPath, line, entry, column: `sources[${j}].source` }, s.source));
    term.equivalents.forEach((e, i) => {
      e.sources.forEach((s, j) => ref('sources', { file: glossaryPath, line, entry, column: `equivalents[${i}].sources[${j}].source` }, s.source));
    });
    term.see.forEach((other, i) => {
      if (!termIds.has(other) || other === term.id) issues.push({ file: glossaryPath, line, entry, column: `see[${i}]`, found: other, expected: `the id of another term in ${glossaryPath}${other === term.id ? ' (not the term itself)' : ''}` });
    });
    // Several equivalents in one language are fine (the sources use more than one word); the same one twice is not.
    const seen = new Map<string, number>();
    term.equivalents.forEach((e, i) => {
      const key = `${e.lang}:${e.text.toLocaleLowerCase(e.lang)}`;
      const first = seen.get(key);
      if (first !== undefined) issues.push({ file: glossaryPath, line, entry, column: `equivalents[${i}].text`, found: e.text, expected: `each equivalent once (equivalents[${first}] is already "${e.text}" in ${e.lang}; merge their sources)` });
      else seen.set(key, i);
    });
  }

  const rates = new Set(tables.exchangeRates.map((r) => `${r.row.currency},${r.row.year}`));
  for (const { study, line } of studies) {
    const entry = `"${study.id}"`;
    for (const [field, list] of Object.entries(study) as [string, unknown][]) {
      if (!Array.isArray(list)) continue;
      list.forEach((claim: { sources: { source: string }[] }, i) => {
        claim.sources.forEach((s, j) => ref('sources', { file: studiesFilePath, line, entry, column: `${field}[${i}].sources[${j}].source` }, s.source));
      });
    }
    const starts = study.start.filter((c) => !c.superseded).map((c) => c.value);
    for (const [i, end] of study.end.entries()) {
      for (const start of starts) {
        if (end.value.slice(0, start.length) < start.slice(0, end.value.length)) {
          issues.push({ file: studiesFilePath, line, entry, column: `end[${i}].value`, found: end.value, expected: `a date on or after the start (${start})` });
        }
      }
    }
    const year = rateYear(study)?.year;
    study.amount.forEach((claim, i) => {
      const { currency } = claim.value;
      if (currency !== 'EUR' && year !== undefined && !data.broken.has(file('exchangeRates')) && !rates.has(`${currency},${year}`)) {
        issues.push({ file: studiesFilePath, line, entry, column: `amount[${i}].value.currency`, found: currency, expected: `a currency with an exchange rate for ${year} in ${file('exchangeRates')}`, hint: 'Run `npm run data:rates` to derive the rates.' });
      }
    });
  }
  issues.push(...validatePassages(data, read));
  issues.push(...validateEvidenceMap(data));
  return issues;
}

/** The screening log against the protocol and the studies: known criteria, and every included record a study of the atlas. */
function validateEvidenceMap(data: ValidatedData): DataIssue[] {
  const issues: DataIssue[] = [];
  const file = `${DATA}/${CSV_DATASETS.screeningLog.file}`;
  const studyIds = new Set(data.studies.map((s) => s.study.id));
  const criteria = data.protocol ? new Set(['I', ...data.protocol.exclusion.map((c) => c.id)]) : undefined;
  for (const { row, line } of data.tables.screeningLog) {
    if (criteria && !criteria.has(row.criterion)) issues.push({ file, line, column: 'criterion', found: row.criterion, expected: `"I" or an exclusion criterion of ${DATA}/${PROTOCOL_FILE} (${[...criteria].filter((c) => c !== 'I').join(', ')})` });
    if ((row.decision === 'included') !== (row.criterion === 'I')) issues.push({ file, line, column: 'criterion', found: row.criterion, expected: row.decision === 'included' ? '"I" for an included record' : 'an exclusion criterion for an excluded record' });
    const needsStudy = row.decision === 'included' || row.criterion === 'E6';
    if (needsStudy && row.study_id === undefined) issues.push({ file, line, column: 'study_id', expected: `the study this record ${row.decision === 'included' ? 'is' : 'duplicates'} (an id in data/studies.json)` });
    if (row.study_id !== undefined && !data.broken.has(`${DATA}/${STUDIES_FILE}`) && !studyIds.has(row.study_id)) issues.push({ file, line, column: 'study_id', found: row.study_id, expected: 'the id of a study in data/studies.json' });
  }
  return issues;
}

/**
 * Passages: every source of a sourced row or claim gives the words the statement rests on, and
 * those words are in the copy of the source the repository holds.
 */
function validatePassages(data: ValidatedData, read: DataReader): DataIssue[] {
  const issues: DataIssue[] = [];
  const { tables } = data;
  const file = (name: CsvDatasetName) => `${DATA}/${CSV_DATASETS[name].file}`;
  const passagesFile = file('passages');
  const sourceById = new Map(tables.sources.map((r) => [r.row.id, r.row]));

  // A `via` that names a section (#1b) must name one that exists, or the passage check would be vacuous.
  for (const { row, line } of tables.sources) {
    for (const via of row.via) {
      const [path, anchor] = via.split('#') as [string, string | undefined];
      const bytes = anchor ? read(path) : undefined;
      if (!bytes) continue;
      const text = decodeUtf8(bytes, path).text;
      if (markdownSection(pageBody(text), anchor!) === undefined) {
        issues.push({ file: file('sources'), line, column: 'via', found: via, expected: `a section that exists in data/${path} (no heading "${anchor}" there)`, hint: 'Point at the heading of the note where the source is described, e.g. provenance/research/sources.md#2a.' });
      }
    }
  }

  const toCheck: PassageToCheck[] = [];
  const duplicated = (stem: PassageDataset, key: string) =>
    (tables[PASSAGE_TABLES[stem].table] as { row: unknown }[]).filter(({ row }) => (PASSAGE_TABLES[stem].key as (r: unknown) => string)(row) === key).length > 1;
  // Rows of the CSV datasets: the sources each row names, to match against data/passages.csv.
  const rowsOf = new Map(
    PASSAGE_DATASET_NAMES.map((stem) => {
      const spec = PASSAGE_TABLES[stem];
      const rows = new Map<string, { sourceIds: string[]; line: number }>();
      const twice = new Set<string>();
      for (const { row, line } of tables[spec.table] as { row: { source_ids: string[] }; line: number }[]) {
        const key = (spec.key as (r: unknown) => string)(row);
        if (rows.has(key)) twice.add(key);
        rows.set(key, { sourceIds: row.source_ids, line });
      }
      // A duplicated row is reported by the uniqueness checks; its passages cannot be told apart.
      for (const key of twice) rows.delete(key);
      return [stem, rows] as const;
    }),
  );
  const given = new Map<string, number>();
  for (const { row, line } of tables.passages) {
    const key = `${row.dataset}\u0000${row.row}\u0000${row.source_id}`;
    const first = given.get(key);
    if (first !== undefined) {
      issues.push({ file: passagesFile, line, column: 'source_id', found: row.source_id, expected: `one passage per row and source (this one is already given on line ${first}); put a second excerpt in a second source row, or choose the one that carries the statement` });
      continue;
    }
    given.set(key, line);
    const stemFile = `${DATA}/${CSV_DATASETS[PASSAGE_TABLES[row.dataset].table].file}`;
    if (data.broken.has(stemFile)) continue;
    const target = rowsOf.get(row.dataset)!.get(row.row);
    if (!target && duplicated(row.dataset, row.row)) continue;
    if (!target) {
      const known = [...rowsOf.get(row.dataset)!.keys()].sort();
      issues.push({ file: passagesFile, line, column: 'row', found: row.row, expected: `the ${row.dataset === 'roles' ? '"study_id/organisation_id/role"' : row.dataset === 'sdg-links' ? '"study_id/code"' : 'id'} of a row in ${stemFile} (known: ${known.length ? '' : 'none yet'}${known.slice(0, 6).join(', ')}${known.length > 6 ? ', …' : ''})` });
      continue;
    }
    // A row citing an unknown source is reported by the reference checks; fix that first.
    if (!target.sourceIds.includes(row.source_id) && target.sourceIds.every((id) => sourceById.has(id))) {
      issues.push({ file: passagesFile, line, column: 'source_id', found: row.source_id, expected: `one of the sources that ${stemFile}, line ${target.line}, names (${target.sourceIds.join(', ')})`, hint: 'Add the source to the row’s source_ids, or give the passage for one it names.' });
      continue;
    }
    if (!target.sourceIds.includes(row.source_id)) continue;
    toCheck.push({ where: { file: passagesFile, line, column: 'quote' }, sourceId: row.source_id, quote: row.quote });
  }
  if (!data.broken.has(passagesFile)) {
    for (const stem of PASSAGE_DATASET_NAMES) {
      const stemFile = `${DATA}/${CSV_DATASETS[PASSAGE_TABLES[stem].table].file}`;
      for (const [key, { sourceIds, line }] of rowsOf.get(stem)!) {
        for (const id of sourceIds) {
          if (given.has(`${stem}\u0000${key}\u0000${id}`) || !sourceById.has(id)) continue;
          issues.push({ file: stemFile, line, column: 'source_ids', found: id, expected: `a passage from this source in ${passagesFile} (a row "${stem},${key},${id},<the source’s words>")`, hint: 'Every source of a statement gives the words it rests on; drop the source if it does not say it.' });
        }
      }
    }
  }

  const studiesFilePath = `${DATA}/${STUDIES_FILE}`;
  for (const { study, line } of data.studies) {
    for (const [field, list] of Object.entries(study) as [string, unknown][]) {
      if (!Array.isArray(list)) continue;
      list.forEach((claim: { sources: { source: string; quote?: string }[] }, i) => {
        claim.sources.forEach((s, j) => {
          if (s.quote !== undefined) toCheck.push({ where: { file: studiesFilePath, line, entry: `"${study.id}"`, column: `${field}[${i}].sources[${j}].quote` }, sourceId: s.source, quote: s.quote });
        });
      });
    }
  }
  const glossaryPath = `${DATA}/${GLOSSARY_FILE}`;
  for (const { term, line } of data.glossary) {
    const entry = `"${term.id}"`;
    term.sources.forEach((s, j) => toCheck.push({ where: { file: glossaryPath, line, entry, column: `sources[${j}].quote` }, sourceId: s.source, quote: s.quote }));
    term.equivalents.forEach((e, i) => {
      e.sources.forEach((s, j) => {
        toCheck.push({ where: { file: glossaryPath, line, entry, column: `equivalents[${i}].sources[${j}].quote` }, sourceId: s.source, quote: s.quote });
        // The passage is the evidence that the source uses this word: it must contain it.
        if (!normaliseForMatch(s.quote).toLowerCase().includes(normaliseForMatch(e.text).toLowerCase())) {
          issues.push({ file: glossaryPath, line, entry, column: `equivalents[${i}].sources[${j}].quote`, found: s.quote, expected: `a passage in which the source uses the term "${e.text}" as written`, hint: 'Quote the words where the term appears, or write the term in the form the source uses.' });
        }
      });
    });
  }
  issues.push(...checkPassages(toCheck, sourceById, read));
  return issues;
}

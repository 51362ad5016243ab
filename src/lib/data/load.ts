import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ExchangeRate } from '../../schemas/exchange-rate.ts';
import type { Finding } from '../../schemas/finding.ts';
import type { Organisation, Role } from '../../schemas/organisation.ts';
import type { Publication } from '../../schemas/publication.ts';
import type { Source } from '../../schemas/source.ts';
import type { Study } from '../../schemas/study.ts';
import type { DatasetVersion } from '../../schemas/version.ts';
import type { ContextFact, Country, Indicator, Regime } from '../../schemas/context.ts';
import type { SdgLink, SdgTarget } from '../../schemas/sdg.ts';
import type { Protocol, ScreeningLogRow, SearchLogRow } from '../../schemas/evidence-map.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Citation, Passage, PassageDataset } from '../../schemas/passage.ts';
import { indexRates } from './currency.ts';
import { DataValidationError, type DataIssue } from './issues.ts';
import { validateFiles, validateReferences, type DataReader } from './validate.ts';
import { checkContentRefs, checkStudyPages, type ContentFile } from './content-refs.ts';
import { checkReleases } from './release-check.ts';
import { checkContent } from './content-check.ts';

/** All datasets, validated and cross-linked. Pages read the site's facts only from here. */
export interface Atlas {
  version: DatasetVersion;
  studies: Study[];
  sources: Source[];
  organisations: Organisation[];
  roles: Role[];
  publications: Publication[];
  findings: Finding[];
  exchangeRates: ExchangeRate[];
  rates: Map<string, ExchangeRate>;
  regimes: Regime[];
  countries: Country[];
  /** Indicator values read from sources (data/indicators.csv). */
  indicatorsRead: Indicator[];
  /** Read and derived indicator values together. */
  indicators: Indicator[];
  contextFacts: ContextFact[];
  sdgTargets: SdgTarget[];
  sdgLinks: SdgLink[];
  glossary: GlossaryTerm[];
  /** The evidence map's method: protocol, search log and screening log (data/evidence-map/). */
  protocol: Protocol;
  searchLog: SearchLogRow[];
  screeningLog: ScreeningLogRow[];
  /** The passages of the CSV datasets' rows (data/passages.csv). */
  passages: Passage[];
  /**
   * The sources of a CSV row with their passages, in the row's order of source_ids:
   * e.g. passagesOf('findings', id), passagesOf('roles', 'study/organisation/role').
   */
  passagesOf(dataset: PassageDataset, row: string, sourceIds: readonly string[]): Citation[];
  /**
   * False for a finding from a publication whose link to the study is not confirmed:
   * every page that lists or counts findings says so (or counts it apart).
   */
  isConfirmed(finding: Finding): boolean;
  country(code: string): Country;
  /** SDG goals and targets of a study, in the order of data/sdg-targets.csv. */
  sdgsOf(studyId: string): { target: SdgTarget; link: SdgLink }[];
  study(id: string): Study;
  source(id: string): Source;
  organisation(id: string): Organisation;
  publication(id: string): Publication;
  rolesOf(studyId: string): Role[];
  findingsOf(studyId: string): Finding[];
  publicationsOf(studyId: string): Publication[];
}

/** A reader over a folder on disk; it can list a folder's files (recursively). */
export function diskReader(dataDir: string): DataReader {
  const read: DataReader = (relative) => {
    try {
      return readFileSync(path.join(dataDir, relative));
    } catch {
      return undefined;
    }
  };
  read.list = (dir) => {
    try {
      return readdirSync(path.join(dataDir, dir), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => path.relative(path.join(dataDir, dir), path.join(d.parentPath, d.name)).split(path.sep).join('/'))
        .sort();
    } catch {
      return undefined;
    }
  };
  return read;
}

function lookup<T extends { id: string }>(items: readonly T[], what: string): (id: string) => T {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = map.get(id);
    if (!item) throw new Error(`Unknown ${what} id "${id}": the data validated, so this is a bug in the page code asking for it.`);
    return item;
  };
}

/** Issues in reading order: by file, then line. */
function sortIssues(issues: DataIssue[]): DataIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue.file.localeCompare(b.issue.file) || (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.index - b.index)
    .map(({ issue }) => issue);
}

/** Rows grouped by a key, looked up in constant time; unknown keys give an empty list. */
function byKey<T>(items: readonly T[], key: (item: T) => string): (k: string) => T[] {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return (k) => map.get(k) ?? [];
}

/** The MDX files a content reader holds, named as a reader sees them in the repository: content/studies/x.mdx. */
export function contentFiles(content: DataReader | undefined): ContentFile[] {
  if (!content?.list) return [];
  return (content.list('') ?? [])
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((n) => ({ file: `content/${n}`, text: new TextDecoder().decode(content(n)!) }));
}

/**
 * Validate every dataset, the released files against their checksums and, given a reader over
 * content/, the MDX pages against the data and the passages their <Ref>s cite against the held
 * copies; returns all issues found, or none. `today` (YYYY-MM-DD) bounds dates such as "seen".
 */
export function checkData(read: DataReader, { content, today }: { content?: DataReader; today?: string } = {}): DataIssue[] {
  const { data, issues } = validateFiles(read);
  return sortIssues([...issues, ...validateReferences(data, read, today), ...checkReleases(read), ...contentIssues(data, read, content)]);
}

/** The MDX pages against the data: references, one page per study, descriptions, and every cited passage. */
function contentIssues(data: ReturnType<typeof validateFiles>['data'], read: DataReader, content: DataReader | undefined): DataIssue[] {
  if (!content) return [];
  const sources = new Map(data.tables.sources.map((r) => [r.row.id, r.row]));
  const files = contentFiles(content);
  const ids = {
    studies: new Set(data.studies.map((s) => s.study.id)),
    sources: new Set(sources.keys()),
    countries: new Set(data.tables.countries.map((r) => r.row.code as string)),
  };
  const references = !data.broken.has('data/studies.json') && !data.broken.has('data/sources.csv') ? checkContent(content, ids) : [];
  return [...references, ...checkStudyPages(files), ...checkContentRefs(files, sources, read)];
}

/** Where the MDX pages live: ATLAS_CONTENT_DIR (the scale benchmark's synthetic corpus) or content/. */
export const CONTENT_DIR = path.resolve(process.cwd(), process.env.ATLAS_CONTENT_DIR || 'content');

/** Load and validate the data (and, given a content reader, the MDX pages); throws a DataValidationError listing every problem. */
export function loadAtlasFrom(read: DataReader, { content }: { content?: DataReader } = {}): Atlas {
  const { data, issues } = validateFiles(read);
  const all = sortIssues([...issues, ...validateReferences(data, read), ...contentIssues(data, read, content)]);
  if (all.length) throw new DataValidationError(all);
  const rows = <T>(located: { row: T }[]) => located.map((l) => l.row);
  const studies = data.studies.map((s) => s.study);
  const sources = rows(data.tables.sources);
  const organisations = rows(data.tables.organisations);
  const roles = rows(data.tables.roles);
  const publications = rows(data.tables.publications);
  const findings = rows(data.tables.findings);
  const exchangeRates = rows(data.tables.exchangeRates);
  const countries = rows(data.tables.countries);
  const indicatorsRead = rows(data.tables.indicators);
  const indicators = [...indicatorsRead, ...rows(data.tables.indicatorsDerived)];
  const countryByCode = new Map(countries.map((c) => [c.code, c]));
  return {
    version: data.version,
    studies,
    sources,
    organisations,
    roles,
    publications,
    findings,
    exchangeRates,
    rates: indexRates(exchangeRates),
    regimes: rows(data.tables.regimes),
    countries,
    indicatorsRead,
    indicators,
    contextFacts: rows(data.tables.contextFacts),
    glossary: data.glossary.map((g) => g.term),
    protocol: data.protocol!,
    searchLog: rows(data.tables.searchLog),
    screeningLog: rows(data.tables.screeningLog),
    passages: rows(data.tables.passages),
    passagesOf: (() => {
      const index = new Map(rows(data.tables.passages).map((p) => [`${p.dataset}\u0000${p.row}\u0000${p.source_id}`, p]));
      return (dataset: PassageDataset, row: string, sourceIds: readonly string[]) =>
        sourceIds.map((source) => {
          const p = index.get(`${dataset}\u0000${row}\u0000${source}`);
          return { source, ...(p ? { quote: p.quote } : {}), ...(p?.lang ? { lang: p.lang } : {}) };
        });
    })(),
    isConfirmed: (() => {
      const relation = new Map(rows(data.tables.publications).map((p) => [p.id, p.relation]));
      return (finding: Finding) => finding.publication_id === undefined || relation.get(finding.publication_id) !== 'related-unconfirmed';
    })(),
    sdgTargets: rows(data.tables.sdgTargets),
    sdgLinks: rows(data.tables.sdgLinks),
    sdgsOf: (() => {
      const targets = rows(data.tables.sdgTargets);
      const links = byKey(rows(data.tables.sdgLinks), (l) => l.study_id);
      return (studyId: string) =>
        targets.flatMap((target) => {
          const link = links(studyId).find((l) => l.code === target.code);
          return link ? [{ target, link }] : [];
        });
    })(),
    country: (code) => {
      const c = countryByCode.get(code as Country['code']);
      if (!c) throw new Error(`Unknown country "${code}" in page code: data/countries.csv has ${[...countryByCode.keys()].join(', ')}.`);
      return c;
    },
    study: lookup(studies, 'study'),
    source: lookup(sources, 'source'),
    organisation: lookup(organisations, 'organisation'),
    publication: lookup(publications, 'publication'),
    // Indexed once: pages ask per study, and a scan per call grows with studies × rows.
    rolesOf: byKey(roles, (r) => r.study_id),
    findingsOf: byKey(findings, (f) => f.study_id),
    publicationsOf: byKey(publications, (p) => p.study_id),
  };
}

/**
 * Where the site's data lives; resolved from the working directory because
 * bundled code moves. ATLAS_DATA_DIR points elsewhere (the scale benchmark's
 * synthetic corpus).
 */
export const DATA_DIR = path.resolve(process.cwd(), process.env.ATLAS_DATA_DIR || 'data');

let cached: Atlas | undefined;
/** The site's atlas, loaded once per build. */
export function getAtlas(): Atlas {
  cached ??= loadAtlasFrom(diskReader(DATA_DIR), { content: diskReader(CONTENT_DIR) });
  return cached;
}

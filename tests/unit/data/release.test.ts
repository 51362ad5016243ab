import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_DIR, diskReader } from '../../../src/lib/data/load.ts';
import { CSV_DATASETS } from '../../../src/lib/data/datasets.ts';
import { readTable } from '../../../src/lib/data/csv.ts';
import { bump, changelogSection, releaseFiles, releaseKind, sha256 } from '../../../src/lib/data/release.ts';
import { toCsv } from '../../../src/lib/to-csv.ts';
import { releaseData, readIndex, ReleaseError } from '../../../scripts/lib/release.ts';

const index = readIndex(DATA_DIR);
const HOMEPAGE = 'https://atlas.example/data/';

describe('released data never changes', () => {
  it('has at least one release, and version.json names the latest', () => {
    expect(index.releases.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(`${DATA_DIR}/version.json`, 'utf8')).version).toBe(index.releases.at(-1)!.version);
  });

  it.each(index.releases.map((r) => [r.version, r] as const))('release %s: every file has the bytes recorded when it was released', (version, release) => {
    const dir = path.join(DATA_DIR, 'releases', version);
    expect(readdirSync(dir).sort()).toEqual(Object.keys(release.files).sort());
    for (const [file, hash] of Object.entries(release.files)) {
      const actual = sha256(readFileSync(path.join(dir, file)));
      expect(actual, `data/releases/${version}/${file} has changed since release ${version} (sha256 ${hash.slice(0, 12)}…, now ${actual.slice(0, 12)}…). Released files never change: restore it from git, and put corrections in a new release (npm run data:release).`).toBe(hash);
    }
  });

  it('the working data is the latest release: nothing unreleased is published', () => {
    const latest = index.releases.at(-1)!;
    const changed = releaseFiles(diskReader(DATA_DIR)).filter((f) => sha256(f.bytes) !== latest.files[f.path]).map((f) => f.path);
    expect(changed, `data/ differs from release ${latest.version} in ${changed.join(', ')}: run npm run data:release`).toEqual([]);
  });
});

describe('lossless round trip: CSV → rows → JSON → CSV', () => {
  it.each(Object.entries(CSV_DATASETS))('%s keeps every value', (_, spec) => {
    const text = readFileSync(path.join(DATA_DIR, spec.file), 'utf8');
    const columns = Object.keys(spec.schema.shape);
    const first = readTable(text, spec.file, spec.schema).rows.map((r) => r.row);
    const viaJson = JSON.parse(JSON.stringify(first)) as Record<string, unknown>[];
    const again = readTable(toCsv(viaJson, columns), spec.file, spec.schema);
    expect(again.issues).toEqual([]);
    expect(again.rows.map((r) => r.row)).toEqual(first);
  });

  it('keeps å ä ö ø æ ü ß é, quotes and commas inside fields', () => {
    const spec = CSV_DATASETS.organisations;
    const tricky = 'Åsa, Ärla & Öl – Søstre “Ægir” Über-Straße, café "quoted"';
    const rows = [{ id: 'x', name: tricky, type: 'voluntary', country: 'SE', source_ids: ['a', 'b'], note: 'line, with "quotes"' }];
    const csv = toCsv(rows, Object.keys(spec.schema.shape));
    const back = readTable(csv, 'x.csv', spec.schema);
    expect(back.issues).toEqual([]);
    expect(back.rows[0]!.row).toEqual(rows[0]);
    expect(JSON.parse(JSON.stringify(back.rows[0]!.row)).name).toBe(tricky);
  });
});

describe('npm run data:release (on a temporary copy of data/)', () => {
  let dir: string;
  const copy = () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-release-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    return dir;
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const quiet = () => undefined;
  const addChangelog = (version: string) => writeFileSync(path.join(dir, 'CHANGELOG.md'), `${readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8')}\n## ${version} — 2026-12-01\n\nTest change.\n`);

  it('has nothing to release when the data is unchanged', () => {
    expect(releaseData({ dataDir: copy(), date: '2026-12-01', homepage: HOMEPAGE, log: quiet })).toBeUndefined();
  });

  it('cuts a patch release for a correction, after asking for its changelog entry, leaving the old release untouched', () => {
    copy();
    const file = path.join(dir, 'findings.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('important for being able to handle any conflicts', 'important for handling any conflicts'));
    const latest = index.releases.at(-1)!.version;
    const next = bump(latest, 'patch');
    expect(() => releaseData({ dataDir: dir, date: '2026-12-01', homepage: HOMEPAGE, log: quiet })).toThrow(ReleaseError);
    expect(() => releaseData({ dataDir: dir, date: '2026-12-01', homepage: HOMEPAGE, log: quiet })).toThrow(`This is a patch release: ${next}. Add a "## ${next} — 2026-12-01" section`);
    addChangelog(next);
    expect(releaseData({ dataDir: dir, date: '2026-12-01', homepage: HOMEPAGE, log: quiet })).toEqual({ version: next, kind: 'patch' });
    const newIndex = readIndex(dir);
    expect(newIndex.releases.map((r) => r.version)).toEqual([...index.releases.map((r) => r.version), next]);
    expect(newIndex.releases.at(-2)).toEqual(index.releases.at(-1));
    expect(readFileSync(path.join(dir, 'releases', next, 'findings.csv'), 'utf8')).toContain('important for handling any conflicts');
    expect(readFileSync(path.join(dir, 'releases', latest, 'findings.csv'), 'utf8')).toContain('important for being able to handle any conflicts');
    expect(JSON.parse(readFileSync(path.join(dir, 'version.json'), 'utf8'))).toEqual({ version: next, date: '2026-12-01' });
    const pkg = JSON.parse(readFileSync(path.join(dir, 'releases', next, 'datapackage.json'), 'utf8'));
    expect(pkg.version).toBe(next);
    const res = pkg.resources.find((r: { path: string }) => r.path === 'findings.csv');
    expect(res.hash).toBe(`sha256:${sha256(readFileSync(path.join(dir, 'releases', next, 'findings.csv')))}`);
    expect(pkg.homepage).toBe(HOMEPAGE);
    expect(res.dialect).toEqual({ delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\n', header: true, skipInitialSpace: false });
    const themes = res.schema.fields.find((f: { name: string }) => f.name === 'themes');
    expect(themes).not.toHaveProperty('separator');
    expect(themes.constraints.pattern).toMatch(/^\(motives\|/);
  });

  it('classes removed rows as a major release, even when rows are added too', () => {
    copy();
    const file = path.join(dir, 'sdg-links.csv');
    const [header, first, ...rest] = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, `${[header, ...rest].join('\n')}\n`);
    // Its passages go with it.
    const key = `sdg-links,${first!.split(',').slice(0, 2).join('/')},`;
    const passages = path.join(dir, 'passages.csv');
    writeFileSync(passages, readFileSync(passages, 'utf8').split('\n').filter((l) => !l.startsWith(key)).join('\n'));
    const logs: string[] = [];
    expect(releaseData({ dataDir: dir, date: '2026-12-01', log: (s) => logs.push(s), dryRun: true })?.kind).toBe('major');
    expect(logs.join('\n')).toContain(`sdg-links-csv: 1 row removed (${first!.split(',').slice(0, 2).join(',')})`);
    writeFileSync(file, `${[header, ...rest].join('\n')}\ncocreation-journey,17.17,atlas,A test row.,ntnuopen-3166343,\n`);
    writeFileSync(passages, `${readFileSync(passages, 'utf8')}sdg-links,cocreation-journey/17.17,ntnuopen-3166343,"The study is based on a project in a Norwegian municipality",,\n`);
    expect(releaseData({ dataDir: dir, date: '2026-12-01', log: quiet, dryRun: true })?.kind).toBe('major');
  });

  it('refuses a --date that is not a real day, and a changelog that dates the release otherwise, before writing anything', () => {
    copy();
    const file = path.join(dir, 'findings.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('important for being able to handle any conflicts', 'important for handling any conflicts'));
    for (const date of ['next-tuesday', '2021-13-01', '2021-02-30', '2026-12']) {
      expect(() => releaseData({ dataDir: dir, date, homepage: HOMEPAGE, log: quiet, dryRun: true })).toThrow(`--date=${date} is not a real calendar date`);
    }
    const next = bump(index.releases.at(-1)!.version, 'patch');
    addChangelog(next);
    expect(() => releaseData({ dataDir: dir, date: '2026-12-02', homepage: HOMEPAGE, log: quiet })).toThrow(`data/CHANGELOG.md dates release ${next} 2026-12-01, but --date is 2026-12-02`);
    expect(() => releaseData({ dataDir: dir, date: '2026-12-01', homepage: 'atlas.example/data/', log: quiet })).toThrow('not an absolute http(s) address');
    expect(existsSync(path.join(dir, 'releases', next))).toBe(false);
    expect(readIndex(dir)).toEqual(index);
  });

  it('names no homepage rather than a guess when the public address is not set, and says so', () => {
    copy();
    const file = path.join(dir, 'findings.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('important for being able to handle any conflicts', 'important for handling any conflicts'));
    const next = bump(index.releases.at(-1)!.version, 'patch');
    addChangelog(next);
    const logs: string[] = [];
    expect(releaseData({ dataDir: dir, date: '2026-12-01', log: (s) => logs.push(s) })?.version).toBe(next);
    expect(logs.join('\n')).toContain('SITE_URL is not set: the data package names no homepage');
    expect(JSON.parse(readFileSync(path.join(dir, 'releases', next, 'datapackage.json'), 'utf8')).homepage).toBeUndefined();
  });

  it('cuts a minor release for new rows, in a CSV or a JSON dataset', () => {
    copy();
    const file = path.join(dir, 'sdg-links.csv');
    writeFileSync(file, `${readFileSync(file, 'utf8')}cocreation-journey,17.17,atlas,A test row.,ntnuopen-3166343,\n`);
    const passages = path.join(dir, 'passages.csv');
    writeFileSync(passages, `${readFileSync(passages, 'utf8')}sdg-links,cocreation-journey/17.17,ntnuopen-3166343,"The study is based on a project in a Norwegian municipality",,\n`);
    expect(releaseData({ dataDir: dir, date: '2026-12-01', log: quiet, dryRun: true })?.kind).toBe('minor');
    rmSync(dir, { recursive: true, force: true });
    copy();
    const glossary = JSON.parse(readFileSync(path.join(dir, 'glossary.json'), 'utf8'));
    const term = glossary.terms.find((t: { equivalents: { lang: string }[] }) => !t.equivalents.some((e) => e.lang === 'nn'));
    term.equivalents.push({ lang: 'nn', text: 'lokale myndigheiter', sources: [{ source: 'rcn-314525-en', quote: 'Samskaping av helse- og velferdstenester mellom lokale myndigheiter og frivillige organisasjonar i Noreg og Tyskland', lang: 'nn' }] });
    writeFileSync(path.join(dir, 'glossary.json'), JSON.stringify(glossary, null, 2));
    expect(releaseData({ dataDir: dir, date: '2026-12-01', log: quiet, dryRun: true })?.kind).toBe('minor');
  });

  it('refuses to release data that does not validate', () => {
    copy();
    writeFileSync(path.join(dir, 'findings.csv'), readFileSync(path.join(dir, 'findings.csv'), 'utf8').replace(',SE,refugees', ',XX,refugees'));
    expect(() => releaseData({ dataDir: dir, date: '2026-12-01', homepage: HOMEPAGE, log: quiet })).toThrow('data/ has 1 problem(s)');
    expect(existsSync(path.join(dir, 'releases', bump(index.releases.at(-1)!.version, 'patch')))).toBe(false);
  });
});

describe('release helpers', () => {
  it('releaseKind: a schema change or removed rows are major, more rows minor, other changes patch', () => {
    const pkg = (schema: unknown, rows: number, hash: string) => ({ resources: [{ name: 'f', path: 'f.csv', schema, rows, hash }] });
    const base = pkg({ fields: [{ name: 'a', type: 'string' }] }, 1, 'x');
    expect(releaseKind(undefined, base)).toBe('first');
    expect(releaseKind(base, pkg({ fields: [{ name: 'a', type: 'string' }, { name: 'b', type: 'string' }] }, 1, 'y'))).toBe('major');
    expect(releaseKind(base, pkg({ fields: [{ name: 'a', type: 'integer' }] }, 1, 'y'))).toBe('major');
    expect(releaseKind(base, pkg({ fields: [{ name: 'a', type: 'string' }] }, 2, 'y'))).toBe('minor');
    expect(releaseKind(base, pkg({ fields: [{ name: 'a', type: 'string' }] }, 1, 'y'))).toBe('patch');
    expect(releaseKind(base, pkg({ fields: [{ name: 'a', type: 'string' }] }, 0, 'y'))).toBe('major');
    expect(releaseKind(base, base)).toBe('none');
    // Only how a constraint is described changed, the data did not: nothing to release.
    expect(releaseKind(base, pkg({ fields: [{ name: 'a', type: 'string', constraints: { pattern: 'x' } }] }, 1, 'x'))).toBe('none');
    const keys = (ids: string[]) => new Map([['f', new Set(ids)]]);
    expect(releaseKind(base, pkg({ fields: [{ name: 'a', type: 'string' }] }, 1, 'y'), { previous: keys(['p']), next: keys(['q']) })).toBe('major');
  });

  it('bump follows semantic versioning', () => {
    expect(bump('1.2.3', 'major')).toBe('2.0.0');
    expect(bump('1.2.3', 'minor')).toBe('1.3.0');
    expect(bump('1.2.3', 'patch')).toBe('1.2.4');
  });
  it('changelogSection finds a version’s notes', () => {
    expect(changelogSection('# x\n\n## 1.1.0 — d\n\nNew.\n\n## 1.0.0 — d\n\nFirst.\n', '1.1.0')).toBe('New.');
    expect(changelogSection('## 1.0.0\n', '1.0.1')).toBeUndefined();
  });
});

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkData, diskReader, loadAtlasFrom } from '../../src/lib/data/load.ts';
import { formatIssue } from '../../src/lib/data/issues.ts';
import { bump, changelogSection, dataPackage, releaseFiles, releaseKeys, releaseKind, removedKeys, sha256, type ReleaseIndex } from '../../src/lib/data/release.ts';
import { fullDate } from '../../src/schemas/fields.ts';
import { writeAtomic } from './write-atomic.ts';

export class ReleaseError extends Error {}

const readOptional = (file: string): Uint8Array | undefined => (existsSync(file) ? readFileSync(file) : undefined);

/** Read data/releases/index.json, or an empty index before the first release. */
export function readIndex(dataDir: string): ReleaseIndex {
  const file = path.join(dataDir, 'releases', 'index.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReleaseIndex) : { releases: [] };
}

/**
 * Cut a release of the working data: work out the version (major for a schema
 * change or removed rows, minor for new rows, patch for corrections), refuse to
 * overwrite an existing release, write every file and the data package into
 * data/releases/<version>/, and record each file's sha256 in the index.
 * `homepage` is the absolute address of the site's data catalog (SITE_URL + /data/).
 */
export function releaseData({ dataDir, date, homepage, dryRun = false, log = console.log }: { dataDir: string; date: string; homepage?: string; dryRun?: boolean; log?: (s: string) => void }): { version: string; kind: string } | undefined {
  // Check the arguments before reading anything: a release is immutable once written.
  if (!fullDate.safeParse(date).success) throw new ReleaseError(`--date=${date} is not a real calendar date as YYYY-MM-DD (e.g. --date=2026-12-01).`);
  if (homepage !== undefined && !/^https?:\/\/[^/]/.test(homepage)) {
    throw new ReleaseError(`SITE_URL gives the homepage "${homepage}", not an absolute http(s) address. Run SITE_URL=https://your.domain npm run data:release.`);
  }
  // A release is immutable: without the site's public address it names no homepage rather than a guess.
  if (homepage === undefined && !dryRun) log('! SITE_URL is not set: the data package names no homepage (set SITE_URL to the public address to name one).');
  const read = diskReader(dataDir);
  const issues = checkData(read);
  if (issues.length) throw new ReleaseError(`data/ has ${issues.length} problem(s); fix them first:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
  const atlas = loadAtlasFrom(read);
  const index = readIndex(dataDir);
  const latest = index.releases.at(-1);
  const previous = latest ? (JSON.parse(readFileSync(path.join(dataDir, 'releases', latest.version, 'datapackage.json'), 'utf8')) as Record<string, unknown>) : undefined;
  const files = releaseFiles(read);
  const sources = atlas.sources.map((s) => ({ title: `${s.publisher}: ${s.title}`, url: s.url }));
  const keys = latest ? { previous: releaseKeys((f) => readOptional(path.join(dataDir, 'releases', latest.version, f))), next: releaseKeys(read) } : undefined;
  const kind = releaseKind(previous, dataPackage(files, '0.0.0', date, sources, homepage), keys);
  if (kind === 'none') {
    log(`Nothing to release: data/ is the same as release ${latest!.version}.`);
    return undefined;
  }
  const version = kind === 'first' ? atlas.version.version : bump(latest!.version, kind);
  log(`${kind === 'first' ? 'First' : kind[0]!.toUpperCase() + kind.slice(1)} release ${version} (${files.length} files).`);
  for (const { resource, keys: gone } of keys ? removedKeys(keys) : []) {
    log(`  ${resource}: ${gone.length} row${gone.length === 1 ? '' : 's'} removed (${gone.slice(0, 5).join('; ')}${gone.length > 5 ? '; …' : ''}), so this is a major release.`);
  }
  if (dryRun) return { version, kind };
  const changelog = readFileSync(path.join(dataDir, 'CHANGELOG.md'), 'utf8');
  if (!changelogSection(changelog, version)) {
    throw new ReleaseError(`This is a ${kind} release: ${version}. Add a "## ${version} — ${date}" section to data/CHANGELOG.md saying what changed, then run the release again.`);
  }
  const headingDate = new RegExp(`^## ${version.replace(/\./g, '\\.')}\\s.*?(\\d{4}-\\d{2}-\\d{2})`, 'm').exec(changelog)?.[1];
  if (headingDate !== undefined && headingDate !== date) {
    throw new ReleaseError(`data/CHANGELOG.md dates release ${version} ${headingDate}, but --date is ${date}: make them agree.`);
  }
  const target = path.join(dataDir, 'releases', version);
  if (existsSync(target)) throw new ReleaseError(`data/releases/${version}/ exists already: a released version never changes.`);

  const pkg = new TextEncoder().encode(`${JSON.stringify(dataPackage(files, version, date, sources, homepage), null, 2)}\n`);
  const temp = `${target}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  const checksums: Record<string, string> = {};
  for (const f of files) {
    writeFileSync(path.join(temp, f.path), f.bytes);
    checksums[f.path] = sha256(f.bytes);
  }
  writeFileSync(path.join(temp, 'datapackage.json'), pkg);
  checksums['datapackage.json'] = sha256(pkg);
  renameSync(temp, target);
  index.releases.push({ version, date, files: checksums });
  writeAtomic(path.join(dataDir, 'releases', 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  writeAtomic(path.join(dataDir, 'version.json'), `${JSON.stringify({ version, date }, null, 2)}\n`);
  log(`Wrote data/releases/${version}/ and recorded its checksums in data/releases/index.json.`);
  return { version, kind };
}

import { createHash } from 'node:crypto';
import type { DataIssue } from './issues.ts';
import type { DataReader } from './validate.ts';

const INDEX = 'releases/index.json';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Every released file against the checksums recorded when it was released:
 * each file listed in data/releases/index.json must exist with the same
 * sha256, each release folder may hold nothing else, and each datapackage.json
 * must agree with the files it describes. Runs in check:data, which the build
 * runs first, so a changed, missing or extra released file is never published.
 */
export function checkReleases(read: DataReader): DataIssue[] {
  const bytes = read(INDEX);
  if (bytes === undefined) return []; // before the first release
  const file = `data/${INDEX}`;
  let index: { releases?: { version?: unknown; files?: Record<string, unknown> }[] };
  try {
    index = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return [{ file, expected: `well-formed JSON (${error instanceof Error ? error.message : String(error)})`, hint: 'Restore it from git: the index records the checksum of every released file.' }];
  }
  if (!Array.isArray(index.releases)) return [{ file, found: JSON.stringify(index).slice(0, 80), expected: 'an object with a "releases" list' }];
  const issues: DataIssue[] = [];
  const restore = (version: string) => `Released files never change: restore data/releases/${version}/ from git, and put corrections in a new release (npm run data:release).`;
  for (const [i, release] of index.releases.entries()) {
    const version = typeof release.version === 'string' && /^\d+\.\d+\.\d+$/.test(release.version) ? release.version : undefined;
    if (!version || typeof release.files !== 'object' || release.files === null) {
      issues.push({ file, entry: `#${i + 1}`, found: JSON.stringify(release).slice(0, 80), expected: 'a release with a semantic "version" and the sha256 of its "files"' });
      continue;
    }
    const folder = `releases/${version}`;
    const listed = Object.entries(release.files);
    for (const [name, hash] of listed) {
      const content = read(`${folder}/${name}`);
      if (content === undefined) {
        issues.push({ file: `data/${folder}/${name}`, expected: `the file released in ${version} (it is listed in ${file})`, hint: restore(version) });
      } else if (sha256(content) !== hash) {
        issues.push({ file: `data/${folder}/${name}`, found: `sha256 ${sha256(content).slice(0, 12)}…`, expected: `the bytes released in ${version} (sha256 ${String(hash).slice(0, 12)}…, recorded in ${file})`, hint: restore(version) });
      }
    }
    const present = read.list?.(folder);
    if (present === undefined && read.list) {
      issues.push({ file: `data/${folder}/`, expected: `the folder of release ${version} (listed in ${file})`, hint: restore(version) });
    }
    for (const name of present ?? []) {
      if (!Object.hasOwn(release.files, name)) issues.push({ file: `data/${folder}/${name}`, found: 'a file the release does not list', expected: `only the files released in ${version} (this one is not listed in ${file})`, hint: 'Remove it: a release never gains files after it is cut.' });
    }
    const pkgBytes = read(`${folder}/datapackage.json`);
    if (pkgBytes === undefined) continue;
    let pkg: { resources?: { path?: unknown; hash?: unknown }[] };
    try {
      pkg = JSON.parse(new TextDecoder().decode(pkgBytes));
    } catch {
      continue; // its checksum is wrong too, reported above
    }
    for (const resource of pkg.resources ?? []) {
      if (typeof resource.path !== 'string') continue;
      const recorded = release.files[resource.path];
      if (recorded === undefined) issues.push({ file: `data/${folder}/datapackage.json`, column: resource.path, expected: `a resource listed in ${file}` });
      else if (resource.hash !== `sha256:${recorded}`) issues.push({ file: `data/${folder}/datapackage.json`, column: resource.path, found: String(resource.hash), expected: `the hash recorded in ${file} (sha256:${String(recorded).slice(0, 12)}…)` });
    }
  }
  return issues;
}

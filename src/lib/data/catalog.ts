import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { changelogSection, type ReleaseIndex } from './release.ts';
import type { FieldDescriptor } from './table-schema.ts';

/** A field as a release published it: releases before 1.2 marked list columns with a `separator` (and an enum of the items). */
export type PublishedField = FieldDescriptor & { separator?: string };

/** True for a column holding a ";"-separated list, in either way a release described it. */
export function isListField(field: PublishedField): boolean {
  return field.separator !== undefined || /\( \*; \*/.test(field.constraints?.pattern ?? '');
}

/** The values a column allows: its enum, or the alternatives of a list pattern such as (a|b)( *; *(a|b))*. */
export function allowedValues(field: PublishedField): string[] | undefined {
  if (field.constraints?.enum) return field.constraints.enum;
  const alternatives = /^\(([^()]+)\)\( \*; \*\(\1\)\)\*$/.exec(field.constraints?.pattern ?? '')?.[1];
  return alternatives && /^[\w\\. /-]+(\|[\w\\. /-]+)*$/.test(alternatives) ? alternatives.split('|').map((v) => v.replace(/\\(.)/g, '$1')) : undefined;
}

/** A resource as listed in a release's datapackage.json. */
export interface PackageResource {
  name: string;
  path: string;
  format: 'csv' | 'json';
  bytes: number;
  hash: string;
  title?: string;
  description?: string;
  rows?: number;
  schema?: { fields: PublishedField[] } | string;
}

/** One dataset of the catalog: its CSV and JSON files, grouped under the base name. */
export interface CatalogDataset {
  /** Page slug and file base name, e.g. "findings" or "studies". */
  name: string;
  title: string;
  description: string;
  rows: number;
  files: PackageResource[];
  fields?: PublishedField[];
}

export interface Catalog {
  latest: string;
  versions: { version: string; date: string; changelog: string; files: number }[];
  datasets: CatalogDataset[];
  package: Record<string, unknown>;
}

/** Base dataset of a release file: "findings.json" → "findings"; "studies-claims.csv" and "studies.schema.json" → "studies". */
export function datasetOf(file: string): string {
  return file.replace(/\.(schema\.)?(csv|json)$/, '').replace(/-claims$/, '');
}

/** Read the catalog from data/releases/ and data/CHANGELOG.md. */
export function readCatalog(dataDir: string): Catalog {
  const index = JSON.parse(readFileSync(path.join(dataDir, 'releases', 'index.json'), 'utf8')) as ReleaseIndex;
  const latest = index.releases.at(-1);
  if (!latest) throw new Error('data/releases/index.json lists no release: run npm run data:release');
  const changelog = existsSync(path.join(dataDir, 'CHANGELOG.md')) ? readFileSync(path.join(dataDir, 'CHANGELOG.md'), 'utf8') : '';
  const pkg = JSON.parse(readFileSync(path.join(dataDir, 'releases', latest.version, 'datapackage.json'), 'utf8')) as { resources: PackageResource[] };
  const byName = new Map<string, CatalogDataset>();
  for (const r of pkg.resources) {
    const name = datasetOf(r.path);
    const entry = byName.get(name) ?? { name, title: r.title ?? name, description: r.description ?? '', rows: r.rows ?? 0, files: [] };
    if (r.path === `${name}.csv` || r.path === `${name}.json`) {
      entry.title = r.title ?? entry.title;
      entry.description = r.description ?? entry.description;
      entry.rows = r.rows ?? entry.rows;
    }
    if (typeof r.schema === 'object' && r.path === `${name}.csv`) entry.fields = r.schema.fields;
    if (!entry.fields && typeof r.schema === 'object') entry.fields = r.schema.fields;
    entry.files.push(r);
    byName.set(name, entry);
  }
  return {
    latest: latest.version,
    versions: [...index.releases].reverse().map((r) => ({ version: r.version, date: r.date, changelog: changelogSection(changelog, r.version) ?? '', files: Object.keys(r.files).length })),
    datasets: [...byName.values()],
    package: pkg,
  };
}

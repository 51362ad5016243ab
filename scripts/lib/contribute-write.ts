import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { csvField } from '../../src/lib/to-csv.ts';
import type { Existing, Plan, Row } from '../../src/lib/contribute/plan.ts';

/*
 * Writing a plan into a data folder: rows appended to the CSV files in their header's column
 * order, studies appended to studies.json, new files created (never overwritten). Reading what
 * exists first, so ids stay unique and organisations are reused by name.
 */

function csvRows(file: string): Record<string, string>[] {
  if (!existsSync(file)) return [];
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}

/** Ids and names already in a data folder. */
export function existingData(dataDir: string): Existing {
  const sources = csvRows(path.join(dataDir, 'sources.csv'));
  const organisations = csvRows(path.join(dataDir, 'organisations.csv'));
  const findings = csvRows(path.join(dataDir, 'findings.csv'));
  const studiesFile = path.join(dataDir, 'studies.json');
  const studies = existsSync(studiesFile) ? (JSON.parse(readFileSync(studiesFile, 'utf8')) as { studies: { id: string }[] }).studies : [];
  const byName = new Map<string, string>();
  for (const o of organisations) {
    byName.set(o.name!.toLowerCase(), o.id!);
    if (o.name_en) byName.set(o.name_en.toLowerCase(), o.id!);
  }
  return {
    sourceIds: new Set(sources.map((s) => s.id!)),
    studyIds: new Set(studies.map((s) => s.id)),
    findingIds: new Set(findings.map((f) => f.id!)),
    organisations: byName,
    organisationIds: new Set(organisations.map((o) => o.id!)),
  };
}

/** Append rows to a CSV file in the order of its header; a column the header lacks is an error. */
function appendRows(file: string, rows: readonly Row[]): void {
  if (!rows.length) return;
  const text = readFileSync(file, 'utf8');
  const header = text.split(/\r?\n/, 1)[0]!.replace(/^\uFEFF/, '').split(',');
  for (const row of rows) {
    const unknown = Object.keys(row).filter((k) => !header.includes(k));
    if (unknown.length) throw new Error(`${file}: no column ${unknown.join(', ')} (the header is ${header.join(',')}).`);
  }
  const lines = rows.map((row) => header.map((column) => csvField(row[column] ?? '')).join(','));
  writeFileSync(file, `${text.endsWith('\n') ? text : `${text}\n`}${lines.join('\n')}\n`);
}

/** Write a plan; files that exist already are refused before anything is written. */
export function applyPlan(plan: Plan, { root, dataDir, contentDir }: { root: string; dataDir: string; contentDir: string }): void {
  const target = (p: string) => (p.startsWith('data/') ? path.join(dataDir, p.slice(5)) : p.startsWith('content/') ? path.join(contentDir, p.slice(8)) : path.join(root, p));
  const clash = plan.files.map((f) => target(f.path)).filter((p) => existsSync(p));
  if (clash.length) throw new Error(`Refusing to overwrite ${clash.map((p) => path.relative(root, p)).join(', ')}.`);
  for (const f of plan.files) {
    mkdirSync(path.dirname(target(f.path)), { recursive: true });
    writeFileSync(target(f.path), f.text.endsWith('\n') ? f.text : `${f.text}\n`);
  }
  appendRows(path.join(dataDir, 'sources.csv'), plan.rows.sources);
  appendRows(path.join(dataDir, 'organisations.csv'), plan.rows.organisations);
  appendRows(path.join(dataDir, 'roles.csv'), plan.rows.roles);
  appendRows(path.join(dataDir, 'findings.csv'), plan.rows.findings);
  appendRows(path.join(dataDir, 'passages.csv'), plan.rows.passages);
  if (plan.studies.length) {
    const file = path.join(dataDir, 'studies.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { studies: unknown[] };
    data.studies.push(...plan.studies);
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  }
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// An independent Frictionless client (Table Schema v1 profiles): a reader to test against, not a writer.
// @ts-expect-error: the package ships no types.
import { Package } from 'datapackage';
import { DATA_DIR } from '../../../src/lib/data/load.ts';
import { readIndex } from '../../../scripts/lib/release.ts';

interface ClientResource {
  name: string;
  tabular: boolean;
  descriptor: { path: string; rows?: number };
  read(options: { cast: boolean; keyed?: boolean }): Promise<unknown[]>;
}

describe('the latest data release, read by the datapackage library (Table Schema v1)', () => {
  // The published release itself: what other tools get from /data/latest/.
  const dir = DATA_DIR;
  const version = readIndex(DATA_DIR).releases.at(-1)!.version;

  it('loads as a valid data package', async () => {
    const pkg = await Package.load(path.join(dir, 'releases', version, 'datapackage.json'));
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
  });

  it('reads every tabular resource with casting, 0 errors, every row', async () => {
    const pkg = await Package.load(path.join(dir, 'releases', version, 'datapackage.json'));
    const tabular = (pkg.resources as ClientResource[]).filter((r) => r.tabular);
    expect(tabular.map((r) => r.descriptor.path).sort()).toEqual([...new Set(tabular.map((r) => r.descriptor.path))].sort());
    expect(tabular.length).toBe(18);
    const failures: string[] = [];
    for (const resource of tabular) {
      try {
        const rows = await resource.read({ cast: true, keyed: true });
        if (resource.descriptor.rows !== undefined && rows.length !== resource.descriptor.rows) failures.push(`${resource.name}: ${rows.length} rows read, ${resource.descriptor.rows} declared`);
      } catch (error) {
        const errors = (error as { errors?: unknown[] }).errors ?? [];
        failures.push(`${resource.name}: ${String(error)} ${errors.map(String).join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('casts values as the schema declares: numbers, integers and list patterns', async () => {
    const pkg = await Package.load(path.join(dir, 'releases', version, 'datapackage.json'));
    const rates = (await (pkg.getResource('exchange-rates-csv') as ClientResource).read({ cast: true, keyed: true })) as { year: number; rate: unknown }[];
    expect(typeof rates[0]!.year).toBe('number');
    const findings = (await (pkg.getResource('findings-csv') as ClientResource).read({ cast: true, keyed: true })) as { themes: string }[];
    expect(findings.some((f) => f.themes.includes(';'))).toBe(true);
  });

  it('rejects a list cell with an unknown value: the pattern constraint is enforced by the client', async () => {
    const release = path.join(dir, 'releases', version);
    const original = readFileSync(path.join(release, 'findings.csv'), 'utf8');
    const descriptor = JSON.parse(readFileSync(path.join(release, 'datapackage.json'), 'utf8'));
    const findings = descriptor.resources.find((r: { path: string }) => r.path === 'findings.csv');
    const tampered = mkdtempSync(path.join(tmpdir(), 'atlas-frictionless-bad-'));
    try {
      writeFileSync(path.join(tampered, 'findings.csv'), original.replace(/,(?:SE|NO|DK),/, ',XX,'));
      writeFileSync(path.join(tampered, 'datapackage.json'), JSON.stringify({ ...descriptor, resources: [{ ...findings, hash: undefined, bytes: undefined }] }));
      const pkg = await Package.load(path.join(tampered, 'datapackage.json'));
      await expect((pkg.resources[0] as ClientResource).read({ cast: true })).rejects.toThrow();
    } finally {
      rmSync(tampered, { recursive: true, force: true });
    }
  });
});

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/lib/data/load.ts';
import { readCatalog } from '../../src/lib/data/catalog.ts';
import { readIndex } from '../../scripts/lib/release.ts';
import { DIST, page, requireBuild, text } from './helpers.ts';
import { TABLE_ROWS } from '../../src/lib/explore/render.ts';

beforeAll(requireBuild);
const catalog = readCatalog(DATA_DIR);
const index = readIndex(DATA_DIR);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('/data/ catalog', () => {
  const doc = page('/data/');

  it('lists every dataset of the latest release, with its row count', () => {
    const rows = [...doc.querySelectorAll('table[data-catalog] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-dataset')).sort()).toEqual(catalog.datasets.map((d) => d.name).sort());
    for (const d of catalog.datasets) expect(text(doc.querySelector(`tr[data-dataset="${d.name}"] td.num`))).toBe(d.rows.toLocaleString('en-GB'));
  });

  it('lists every version with its date and changelog', () => {
    for (const r of index.releases) {
      const section = doc.querySelector(`section[data-version="${r.version}"]`);
      expect(text(section)).toContain(r.date);
      expect(text(section?.querySelector('pre'))).not.toBe('No changelog entry.');
    }
  });

  it('every file it links to exists and matches its recorded hash, at /data/<version>/ and /data/latest/', () => {
    for (const r of index.releases) {
      for (const [file, hash] of Object.entries(r.files)) {
        expect(sha(`${DIST}/data/${r.version}/${file}`), `/data/${r.version}/${file}`).toBe(hash);
      }
    }
    const latest = index.releases.at(-1)!;
    for (const [file, hash] of Object.entries(latest.files)) expect(sha(`${DIST}/data/latest/${file}`)).toBe(hash);
    for (const a of doc.querySelectorAll('a[href^="/data/"]')) {
      const href = a.getAttribute('href')!;
      expect(existsSync(`${DIST}${href}${href.endsWith('/') ? 'index.html' : ''}`), href).toBe(true);
    }
  });

  it('each release is a Frictionless Data Package with hashes, schemas, sources and licence', () => {
    const pkg = JSON.parse(readFileSync(`${DIST}/data/latest/datapackage.json`, 'utf8'));
    expect(pkg.version).toBe(catalog.latest);
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    expect(pkg.sources.length).toBeGreaterThan(40);
    for (const r of pkg.resources) {
      expect(r.hash).toBe(`sha256:${sha(`${DIST}/data/latest/${r.path}`)}`);
      expect(r.bytes).toBe(readFileSync(`${DIST}/data/latest/${r.path}`).byteLength);
      if (r.format === 'csv') expect(r.schema.fields.length).toBeGreaterThan(1);
    }
  });
});

describe('/data/<dataset>/ pages', () => {
  it.each(catalog.datasets.map((d) => [d.name, d] as const))('%s: schema, downloads, citation and JSON-LD Dataset', (name, dataset) => {
    const doc = page(`/data/${name}/`);
    if (dataset.fields) {
      const fields = [...doc.querySelectorAll('table[data-schema] tbody th code')].map((c) => text(c));
      expect(fields).toEqual(dataset.fields.map((f) => f.name));
    }
    for (const f of dataset.files.filter((x) => !x.path.endsWith('.schema.json'))) expect(doc.querySelector(`a[href="/data/latest/${f.path}"]`)).not.toBeNull();
    expect(doc.querySelector(`[data-cite="dataset/${name}"] .apa`)).not.toBeNull();
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@type']).toBe('Dataset');
    expect(ld.distribution.length).toBeGreaterThan(0);
  });

  it('a dataset citation credits the original sources', () => {
    const doc = page('/data/indicators/');
    const cite = text(doc.querySelector('[data-cite="dataset/indicators"]'));
    // A dataset rests on many sources: the citation says how many and where they are listed.
    expect(cite).toMatch(/Based on: \d+ original sources, listed with their addresses at https?:\/\/[^ ]+\/sources\//);
    expect(text(page('/sources/').querySelector('main'))).toContain('OECD');
  });
});

describe('/explore/ without JavaScript', () => {
  it('shows its first view, the first findings with a caption that says how many there are, and links to the downloads', () => {
    const doc = page('/explore/');
    const findings = catalog.datasets.find((d) => d.name === 'findings')!.rows;
    expect(doc.querySelectorAll('#explore-table-wrap tbody tr').length).toBe(Math.min(findings, TABLE_ROWS));
    if (findings > TABLE_ROWS) expect(text(doc.querySelector('#explore-table-wrap caption'))).toBe(`Selected findings (${findings}): the first ${TABLE_ROWS} are shown; the CSV and JSON downloads hold all ${findings}`);
    // The download of the first view holds every row.
    expect(readFileSync(`${DIST}/explore/atlas-findings-view.csv`, 'utf8').trim().split('\n').length).toBeGreaterThan(findings);
    expect(doc.querySelector('#explorer a[href="/data/latest/findings.csv"]')).not.toBeNull();
    expect(doc.querySelector('#explore-csv')?.getAttribute('href')).toBe('/explore/atlas-findings-view.csv');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCharts } from '../site-charts.ts';
import { cffCsl } from './cff.ts';
import { getAtlas } from '../data/load.ts';
import { SITE_ORIGIN } from '../site.ts';
import type { CslItem } from './csl.ts';
import { citables } from './registry.ts';
import { readCatalog } from '../data/catalog.ts';
import { DATA_DIR } from '../data/load.ts';

let cached: Map<string, CslItem> | undefined;

/** Every citable item of the site, built once per build. */
export function getCitables(): Map<string, CslItem> {
  cached ??= citables(getAtlas(), getCharts(), SITE_ORIGIN, readCatalog(DATA_DIR), cffCsl(readFileSync(path.resolve(process.cwd(), 'CITATION.cff'), 'utf8'), SITE_ORIGIN));
  return cached;
}

/** One citable item by key, with a helpful error for a typo. */
export function getCitable(key: string): CslItem {
  const item = getCitables().get(key);
  if (!item) throw new Error(`Nothing citable under "${key}"; keys look like study/<id>, finding/<id>, chart/<id>, dataset/<name>, atlas/coproduction-atlas (src/lib/cite/registry.ts).`);
  return item;
}

import { getAtlas } from '../data/load.ts';
import { chartRegistry } from './registry.ts';
import type { AnyChart } from './spec.ts';

let charts: Map<string, AnyChart> | undefined;

/** The site's charts, built once per build from the atlas. */
export function getCharts(): Map<string, AnyChart> {
  charts ??= chartRegistry(getAtlas());
  return charts;
}

/** One chart by id, with a helpful error for a typo in a page. */
export function getChart(id: string): AnyChart {
  const spec = getCharts().get(id);
  if (!spec) throw new Error(`No chart "${id}". Known charts: ${[...getCharts().keys()].join(', ')} (src/lib/charts/registry.ts).`);
  return spec;
}

import { chartRegistry } from './charts/registry.ts';
import type { AnyChart } from './charts/spec.ts';
import { comparisonCharts } from './compare/charts.ts';
import { getAtlas, type Atlas } from './data/load.ts';

/**
 * Every chart of the site, by id: the registry's own charts (src/lib/charts/registry.ts)
 * and those of the comparison pages (src/lib/compare/charts.ts). Composed here so
 * the chart builders never depend on a feature that uses them.
 */
export function siteCharts(atlas: Atlas): Map<string, AnyChart> {
  const charts = chartRegistry(atlas);
  for (const spec of comparisonCharts(atlas, charts)) charts.set(spec.id, spec);
  return charts;
}

let charts: Map<string, AnyChart> | undefined;

/** The site's charts, built once per build from the atlas. Pages place one with <Chart id="…" />; /charts/<id>.csv serves its values. */
export function getCharts(): Map<string, AnyChart> {
  charts ??= siteCharts(getAtlas());
  return charts;
}

/** One chart by id, with a helpful error for a typo in a page. */
export function getChart(id: string): AnyChart {
  const spec = getCharts().get(id);
  if (!spec) throw new Error(`No chart "${id}". Known charts: ${[...getCharts().keys()].join(', ')} (src/lib/charts/registry.ts).`);
  return spec;
}

import * as Plot from '@observablehq/plot';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Atlas } from '../data/load.ts';
import { current } from '../data/claims.ts';
import { formatList, plural } from '../format.ts';
import { FONT_SIZE, WIDTHS } from './palette.ts';
import type { ChartSpec } from './spec.ts';

type CountryFeature = Feature<Geometry, { name: string }>;

/** Countries of the 1:110m Natural Earth map (world-atlas) whose centre lies in northern and central Europe, for context. */
export function europeFeatures(topology: Topology<{ countries: GeometryCollection<{ name: string }> }>): CountryFeature[] {
  const all = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
  return all.filter((f) => {
    const [lon, lat] = geoCentroid(f);
    return lon > -12 && lon < 32 && lat > 45 && lat < 72;
  });
}

export interface MapRow {
  country: string;
  code: string;
  studies: number;
  titles: string;
}

/**
 * A map of where the studies took place, at country level: the sources name
 * the countries, not coordinates, so no point is placed more precisely than that.
 */
export function studyMapChart(atlas: Pick<Atlas, 'studies' | 'countries'>, features: CountryFeature[]): ChartSpec<MapRow> {
  const rows: MapRow[] = atlas.countries.map((c) => {
    const studies = atlas.studies.filter((s) => current(s.countries).some((x) => x.value === c.code));
    return { country: c.name, code: c.code, studies: studies.length, titles: studies.map((s) => s.label).join('; ') };
  });
  const names = new Set(rows.map((r) => r.country));
  const focus = features.filter((f) => names.has(f.properties.name));
  const missing = [...names].filter((n) => !focus.some((f) => f.properties.name === n));
  if (missing.length) throw new Error(`studyMapChart: no map shape named ${formatList(missing)} in world-atlas`);
  const count = (name: string) => rows.find((r) => r.country === name)?.studies ?? 0;
  const max = Math.max(...rows.map((r) => r.studies));
  const fills = ['#e2e8f0', '#9ecae1', '#4292c6', '#08519c', '#08306b'];
  return {
    id: 'study-map',
    title: 'Where the studies took place',
    takeaway: `Studies with fieldwork in each country: ${formatList(rows.filter((r) => r.studies).map((r) => `${r.country} ${r.studies}`))}${rows.some((r) => !r.studies) ? `; none in ${formatList(rows.filter((r) => !r.studies).map((r) => r.country))}` : ''}.`,
    description: `Map of northern and central Europe. The five countries of the atlas are shaded by how many studies have fieldwork there, darker for more, and labelled with their name and count: ${rows.map((r) => `${r.country} ${plural(r.studies, 'study', 'studies')}`).join(', ')}. A study covering two countries counts in both. Other countries are drawn in pale grey for orientation.`,
    rows,
    columns: [
      { key: 'country', label: 'Country', href: (r) => `/countries/${r.code.toLowerCase()}/` },
      { key: 'studies', label: 'Studies', numeric: true },
      { key: 'titles', label: 'Which' },
    ],
    sources: ['world-atlas'],
    datasets: ['data/studies.json'],
    notes: ['Shapes: Natural Earth 1:110m country outlines from the world-atlas package. Places are shown by country only, because the sources do not locate the studies more precisely in a form the atlas records.'],
    plot: (width) => ({
      width: WIDTHS[width],
      height: Math.round(WIDTHS[width] * 1.05),
      margin: 4,
      style: { fontSize: `${FONT_SIZE}px` },
      // The frame: from Ireland to Finland, from the Alps to the North Cape (Svalbard left out).
      projection: { type: 'conic-conformal', parallels: [50, 65], rotate: [-12, 0], domain: { type: 'MultiPoint', coordinates: [[-8, 47.5], [28, 47.5], [-8, 71], [28, 71]] }, inset: 6 },
      marks: [
        Plot.geo(features, { fill: '#f1f5f9', stroke: '#94a3b8', strokeWidth: 0.5 }),
        Plot.geo(focus, { fill: (f: CountryFeature) => fills[Math.min(count(f.properties.name), fills.length - 1)], stroke: '#334155', strokeWidth: 0.8 }),
        Plot.text(
          focus,
          Plot.centroid({
            text: (f: CountryFeature) => `${f.properties.name}\n${count(f.properties.name) ? plural(count(f.properties.name), 'study', 'studies') : 'no study'}`,
            fill: (f: CountryFeature) => (count(f.properties.name) >= Math.max(2, max) ? 'white' : 'black'),
            stroke: (f: CountryFeature) => (count(f.properties.name) >= Math.max(2, max) ? '#08306b' : 'white'),
            strokeWidth: 3,
            fontWeight: 600,
          }),
        ),
      ],
    }),
  };
}

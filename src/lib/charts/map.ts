import * as Plot from '@observablehq/plot';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Atlas } from '../data/load.ts';
import { current } from '../data/claims.ts';
import { formatList, plural } from '../format.ts';
import { FONT_SIZE, WIDTHS } from './palette.ts';

/** Land colours: the atlas's countries, and the others drawn for orientation (darkened by the site's dark theme). */
const MAP = { focus: '#9ecae1', context: '#e8ecef' } as const;

/** Where a label moves from its country's centre, in degrees: Denmark's goes out to sea, clear of Norway, Sweden and Germany. */
const LABEL_SHIFT: Record<string, [number, number]> = { Denmark: [-4.2, 0.2] };
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
  const code = (name: string) => rows.find((r) => r.country === name)!.code;
  return {
    id: 'study-map',
    title: 'Where the studies took place',
    takeaway: `Studies with fieldwork in each country: ${formatList(rows.filter((r) => r.studies).map((r) => `${r.country} ${r.studies}`))}${rows.some((r) => !r.studies) ? `; none in ${formatList(rows.filter((r) => !r.studies).map((r) => r.country))}` : ''}.`,
    description: `Map of northern and central Europe. The five countries of the atlas are shaded blue and labelled with their name (on a phone, their code) and how many studies have fieldwork there: ${rows.map((r) => `${r.country} ${plural(r.studies, 'study', 'studies')}`).join(', ')}. A study covering two countries counts in both. Other countries are drawn in pale grey for orientation.`,
    rows,
    columns: [
      { key: 'country', label: 'Country', href: (r) => `/countries/${r.code.toLowerCase()}/` },
      { key: 'studies', label: 'Studies', numeric: true },
      { key: 'titles', label: 'Which' },
    ],
    sources: ['world-atlas'],
    legend: [
      { label: 'Country of the atlas, labelled with its number of studies', color: MAP.focus },
      // The swatch follows the theme, as the map's land does (see global.css).
      { label: 'Other country, for orientation', color: `var(--map-context, ${MAP.context})` },
    ],
    datasets: ['data/studies.json'],
    notes: ['Shapes: Natural Earth 1:110m country outlines from the world-atlas package. Places are shown by country only, because the sources do not locate the studies more precisely in a form the atlas records.'],
    plot: (width) => {
      const narrow = width === 'narrow';
      return {
        width: WIDTHS[width],
        height: Math.round(WIDTHS[width] * 1.05),
        margin: 4,
        style: { fontSize: `${narrow ? FONT_SIZE - 1 : FONT_SIZE}px` },
        // The frame: from Ireland to Finland, from the Alps (all of Bavaria) to the North Cape (Svalbard left out).
        projection: { type: 'conic-conformal', parallels: [50, 65], rotate: [-12, 0], domain: { type: 'MultiPoint', coordinates: [[-8, 46.4], [28, 46.4], [-8, 71], [28, 71]] }, inset: 6 },
        marks: [
          // Classes let the site's dark theme darken the land (a fill attribute yields to CSS).
          Plot.geo(features, { fill: MAP.context, stroke: '#94a3b8', strokeWidth: 0.5, className: 'map-context' }),
          Plot.geo(focus, { fill: MAP.focus, stroke: '#334155', strokeWidth: 0.8, className: 'map-focus' }),
          Plot.text(
            focus.map((f) => {
              const [lon, lat] = geoCentroid(f);
              const [dLon, dLat] = LABEL_SHIFT[f.properties.name] ?? [0, 0];
              return { name: f.properties.name, lon: lon + dLon, lat: lat + dLat };
            }),
            {
              x: 'lon',
              y: 'lat',
              // On a phone full names would crowd each other: codes, with the names in the table and the description.
              text: (d: { name: string }) => (narrow ? `${code(d.name)} ${count(d.name)}` : `${d.name}\n${count(d.name) ? plural(count(d.name), 'study', 'studies') : 'no study'}`),
              fill: 'black',
              stroke: 'white',
              strokeWidth: 3,
              fontWeight: 600,
            },
          ),
        ],
      };
    },
  };
}

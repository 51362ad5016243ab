import type { APIRoute, GetStaticPaths } from 'astro';
import { getChart, getCharts } from '../../lib/site-charts.ts';
import { renderChart } from '../../lib/charts/render.ts';
import { standaloneSvg } from '../../lib/charts/standalone.ts';
import { getAtlas } from '../../lib/data/load.ts';
import { SITE_ORIGIN } from '../../lib/site.ts';

/** /charts/<id>.svg: the chart as an image to take away, with its title, sources and data version on it. */
export const getStaticPaths: GetStaticPaths = () => [...getCharts().keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) => {
  const spec = getChart(String(params.id));
  const atlas = getAtlas();
  const svg = standaloneSvg(spec, {
    svg: renderChart(spec).wide,
    publishers: [...new Set(spec.sources.map((s: string) => atlas.source(s).publisher))],
    version: atlas.version.version,
    dataUrl: new URL(`/charts/${spec.id}.csv`, SITE_ORIGIN).href,
  });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { getChart, getCharts } from '../../lib/site-charts.ts';
import { specCsv } from '../../lib/charts/spec.ts';

/** /charts/<id>.csv: exactly the values a chart plots, for download. */
export const getStaticPaths: GetStaticPaths = () => [...getCharts().keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(specCsv(getChart(String(params.id))), { headers: { 'content-type': 'text/csv; charset=utf-8' } });

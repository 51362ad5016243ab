import type { APIRoute } from 'astro';
import { compareData } from '../../lib/compare/data.ts';
import { getCharts } from '../../lib/charts/index.ts';
import { getAtlas } from '../../lib/data/load.ts';

/** /compare/data.json: what the compare tool needs in the browser. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(compareData(getAtlas(), getCharts())), { headers: { 'content-type': 'application/json; charset=utf-8' } });

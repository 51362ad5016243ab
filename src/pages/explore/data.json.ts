import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/data/load.ts';
import { defaultView } from '../../lib/explore/default-view.ts';

/** /explore/data.json: the explorer's four tables, fetched when a reader starts to use it. */
export const GET: APIRoute = () => new Response(JSON.stringify(defaultView(getAtlas()).data), { headers: { 'content-type': 'application/json; charset=utf-8' } });

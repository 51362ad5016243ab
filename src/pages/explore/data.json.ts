import type { APIRoute } from 'astro';
import { explorerData } from '../../lib/explore/data.ts';
import { getAtlas } from '../../lib/data/load.ts';

/** /explore/data.json: the atlas flattened into the explorer's three tables. */
export const GET: APIRoute = () => new Response(JSON.stringify(explorerData(getAtlas())), { headers: { 'content-type': 'application/json; charset=utf-8' } });

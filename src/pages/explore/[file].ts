import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/data/load.ts';
import { defaultView } from '../../lib/explore/default-view.ts';
import { downloadName, viewCsv, viewJson } from '../../lib/explore/render.ts';

/** The downloads of the explorer's default view, written at build time so they work without JavaScript. */
export function getStaticPaths() {
  return (['csv', 'json'] as const).map((ext) => ({ params: { file: downloadName('findings', ext) }, props: { ext } }));
}

export const GET: APIRoute = ({ props }) => {
  const { rows } = defaultView(getAtlas()).view;
  return props.ext === 'csv'
    ? new Response(viewCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
    : new Response(viewJson(rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

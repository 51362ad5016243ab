import type { APIRoute, GetStaticPaths } from 'astro';
import { getCitable, getCitables } from '../../../lib/cite/index.ts';
import { CITATION_FORMATS, type CitationFormat } from '../../../lib/cite/format.ts';

/** /cite/<kind>/<id>.bib|.ris|.json: citation downloads for every citable item. */
export const getStaticPaths: GetStaticPaths = () =>
  [...getCitables().keys()].flatMap((key) => {
    const [kind, id] = key.split('/') as [string, string];
    return (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((ext) => ({ params: { kind, file: `${id}.${ext}` } }));
  });

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const dot = file.lastIndexOf('.');
  const ext = file.slice(dot + 1) as CitationFormat;
  const item = getCitable(`${params.kind}/${file.slice(0, dot)}`);
  const format = CITATION_FORMATS[ext];
  return new Response(format.render(item), { headers: { 'content-type': format.type } });
};

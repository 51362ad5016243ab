import type { Atlas } from '../data/load.ts';
import type { AnyChart } from '../charts/spec.ts';
import { atlasCsl, findingCsl, studyCsl, type CslItem } from './csl.ts';
import type { Catalog } from '../data/catalog.ts';
import { datasetSources } from '../data/dataset-sources.ts';
import { briefs } from '../briefs.ts';
import { citationKey } from './keys.ts';

/**
 * Everything the site offers a "Cite this" for, by key ("study/copro",
 * "finding/x", "chart/y", "dataset/z", and "atlas/coproduction-atlas" for the
 * atlas itself, from CITATION.cff), each with its unique BibTeX key.
 */
export function citables(atlas: Atlas, charts: Map<string, AnyChart>, origin: string, catalog?: Catalog, atlasItem?: CslItem): Map<string, CslItem> {
  const out = new Map<string, CslItem>();
  for (const study of atlas.studies) out.set(`study/${study.id}`, studyCsl(study, atlas));
  for (const finding of atlas.findings) out.set(`finding/${finding.id}`, findingCsl(finding, atlas, origin));
  for (const [id, spec] of charts) {
    out.set(`chart/${id}`, atlasCsl({ id: `chart-${id}`, type: 'dataset', title: spec.title, genre: 'Chart data', path: `/charts/${id}.csv`, sources: spec.sources }, atlas, origin));
  }
  for (const brief of briefs(atlas)) out.set(`brief/${brief.id}`, atlasCsl({ id: `brief-${brief.id}`, type: 'webpage', title: `Brief: ${brief.title}`, path: `/briefs/${brief.id}/`, sources: [] }, atlas, origin));
  for (const dataset of catalog?.datasets ?? []) {
    const item = atlasCsl({ id: `dataset-${dataset.name}`, type: 'dataset', title: dataset.title, genre: 'Data set', path: `/data/${dataset.name}/`, sources: datasetSources(dataset.name, atlas) }, atlas, origin);
    out.set(`dataset/${dataset.name}`, { ...item, version: catalog!.latest });
  }
  if (atlasItem) out.set('atlas/coproduction-atlas', { ...atlasItem, URL: `${origin}/` });
  // One key per item across every export, so that two downloads can share one .bib file.
  const keys = new Map<string, string>();
  for (const [key, item] of out) {
    const [kind, id] = key.split('/') as [string, string];
    const citation = citationKey(item, kind, id);
    const other = keys.get(citation);
    if (other) throw new Error(`Two citable items would share the BibTeX key "${citation}": ${other} and ${key} (src/lib/cite/keys.ts).`);
    keys.set(citation, key);
    item['citation-key'] = citation;
  }
  return out;
}

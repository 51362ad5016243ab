import type { Atlas } from '../data/load.ts';
import type { AnyChart } from '../charts/spec.ts';
import { atlasCsl, findingCsl, studyCsl, type CslItem } from './csl.ts';
import type { Catalog } from '../data/catalog.ts';
import { datasetSources } from '../data/dataset-sources.ts';
import { briefs } from '../briefs.ts';

/** Everything the site offers a "Cite this" for, by key ("study/copro", "finding/x", "chart/y"). */
export function citables(atlas: Atlas, charts: Map<string, AnyChart>, origin: string, catalog?: Catalog): Map<string, CslItem> {
  const out = new Map<string, CslItem>();
  for (const study of atlas.studies) out.set(`study/${study.id}`, studyCsl(study, atlas));
  for (const finding of atlas.findings) out.set(`finding/${finding.id}`, findingCsl(finding, atlas, origin));
  for (const [id, spec] of charts) {
    out.set(`chart/${id}`, atlasCsl({ id: `chart-${id}`, type: 'dataset', title: `${spec.title} [Chart data]`, path: `/charts/${id}.csv`, sources: spec.sources }, atlas, origin));
  }
  for (const brief of briefs(atlas)) out.set(`brief/${brief.id}`, atlasCsl({ id: `brief-${brief.id}`, type: 'webpage', title: `Brief: ${brief.title}`, path: `/briefs/${brief.id}/`, sources: [] }, atlas, origin));
  for (const dataset of catalog?.datasets ?? []) {
    out.set(`dataset/${dataset.name}`, atlasCsl({ id: `dataset-${dataset.name}`, type: 'dataset', title: `${dataset.title} [Data set, version ${catalog!.latest}]`, path: `/data/${dataset.name}/`, sources: datasetSources(dataset.name, atlas) }, atlas, origin));
  }
  return out;
}

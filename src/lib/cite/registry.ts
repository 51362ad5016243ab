import type { Atlas } from '../data/load.ts';
import type { AnyChart } from '../charts/spec.ts';
import { atlasCsl, findingCsl, studyCsl, type CslItem } from './csl.ts';

/** Everything the site offers a "Cite this" for, by key ("study/copro", "finding/x", "chart/y"). */
export function citables(atlas: Atlas, charts: Map<string, AnyChart>, origin: string): Map<string, CslItem> {
  const out = new Map<string, CslItem>();
  for (const study of atlas.studies) out.set(`study/${study.id}`, studyCsl(study, atlas));
  for (const finding of atlas.findings) out.set(`finding/${finding.id}`, findingCsl(finding, atlas, origin));
  for (const [id, spec] of charts) {
    out.set(`chart/${id}`, atlasCsl({ id: `chart-${id}`, type: 'dataset', title: `${spec.title} [Chart data]`, path: `/charts/${id}.csv`, sources: spec.sources }, atlas, origin));
  }
  return out;
}

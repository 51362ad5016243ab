import type { Atlas } from '../data/load.ts';
import { explorerData, type ExplorerData } from './data.ts';
import { defaultState, type Allowed, type ExploreState } from './state.ts';
import { allowedValues, exploreView, prepare, type ExploreView } from './view.ts';
import { installClosureCompiler } from './arquero-without-eval.ts';

/** The explorer as its address without parameters shows it, computed with Arquero at build time. */
export interface DefaultView {
  data: ExplorerData;
  allowed: Allowed;
  state: ExploreState;
  view: ExploreView;
}

let cached: { atlas: Atlas; value: DefaultView } | undefined;

/** The default view of the explorer (every finding by theme), once per build. */
export function defaultView(atlas: Atlas): DefaultView {
  if (cached?.atlas === atlas) return cached.value;
  // Computed as the browser computes it: Arquero with closures, never eval.
  installClosureCompiler();
  const data = explorerData(atlas);
  const prepared = prepare(data);
  const allowed = allowedValues(data, prepared);
  const state = defaultState(allowed);
  const value = { data, allowed, state, view: exploreView(prepared, allowed, state) };
  cached = { atlas, value };
  return value;
}

import { getAtlas } from '../../src/lib/data/load.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { compareData } from '../../src/lib/compare/data.ts';
import { allPairs, comparePair as compare, pairPath } from '../../src/lib/compare/pair.ts';

const atlas = getAtlas();
const data = compareData(atlas, chartRegistry(atlas));

/** comparePair on the real data. */
export const comparePair = (a: string, b: string) => compare(data, a, b);
export { allPairs, pairPath };


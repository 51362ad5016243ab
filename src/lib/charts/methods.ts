import type { Atlas } from '../data/load.ts';
import { current } from '../data/claims.ts';
import { formatList, plural } from '../format.ts';
import { COUNTRIES, METHODS } from '../../schemas/vocab.ts';
import { crossTabChart, type CrossCell } from './cross-tab.ts';
import type { ChartSpec } from './spec.ts';

/** How many studies of each country used each method: a grid of counts. */
export function methodCells(atlas: Pick<Atlas, 'studies'>): { cells: CrossCell[]; methods: string[]; countries: string[]; unreported: number } {
  const count = new Map<string, number>();
  let unreported = 0;
  for (const study of atlas.studies) {
    const methods = new Set(current(study.methods).map((m) => METHODS[m.value.method]));
    if (!methods.size) unreported++;
    for (const country of new Set(current(study.countries).map((c) => COUNTRIES[c.value]))) {
      for (const method of methods) count.set(`${method}|${country}`, (count.get(`${method}|${country}`) ?? 0) + 1);
    }
  }
  const used = (m: string) => [...count.keys()].some((k) => k.startsWith(`${m}|`));
  const inUse = (c: string) => [...count.keys()].some((k) => k.endsWith(`|${c}`));
  const total = (m: string) => [...count].filter(([k]) => k.startsWith(`${m}|`)).reduce((n, [, v]) => n + v, 0);
  // Methods by how often they are used, so the grid reads from the common to the rare.
  const methods = Object.values(METHODS).filter(used).sort((a, b) => total(b) - total(a) || a.localeCompare(b));
  const countries = Object.values(COUNTRIES).filter(inUse);
  const cells = methods.flatMap((row) => countries.map((column) => ({ row, column, count: count.get(`${row}|${column}`) ?? 0 })));
  return { cells, methods, countries, unreported };
}

/** Which methods the studies used, country by country. Sample sizes are on each study's page. */
export function methodsChart(atlas: Pick<Atlas, 'studies'>): ChartSpec<CrossCell> {
  const { cells, methods, countries, unreported } = methodCells(atlas);
  const grid = crossTabChart(cells, { id: 'study-methods', what: 'studies', rows: methods, columns: countries, by: 'Method', across: 'Country' });
  const byMethod = (m: string) => cells.filter((c) => c.row === m).reduce((n, c) => n + c.count, 0);
  return {
    ...grid,
    title: 'Methods, by country',
    takeaway: `The most used methods are ${formatList(methods.slice(0, 3).map((m) => `${m.toLowerCase()} (${plural(byMethod(m), 'study', 'studies')})`))}.`,
    datasets: ['data/studies.json'],
    notes: [
      'A study that used several methods, or worked in several countries, counts in each cell it belongs to.',
      'Sample sizes and numbers of places are on each study’s page, with the sources that report them.',
      ...(unreported ? [`Not counted: ${plural(unreported, 'study', 'studies')} whose sources do not report a method.`] : []),
    ],
  };
}

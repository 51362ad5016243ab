/**
 * Stand-in for arquero/src/util/unroll.js without `new Function` (see
 * arquero-without-eval.ts for why). Arquero "unrolls" small loops into code
 * for speed; the explorer needs two of them, which closures do as well:
 *
 *   join:      (i,a,j,b) => { _0.push($0(i,a,j,b)); _1.push($1(i,a,j,b)); … }
 *   window:    (r,d,op)  => { _0[r] = $0(r, d, op); … }
 *   aggregate: (state,v1) => { _0.add(state,v1); _1.add(state,v1); … }   (and .rem)
 *
 * Any other loop (impute, window state) throws with the code it was asked for.
 * Wired for Arquero's own imports by the `atlas:arquero-without-eval` plugin
 * (astro.config.mjs and vitest.config.ts).
 */
type Fn = (...args: unknown[]) => unknown;

export function unroll(args: string | string[], code: string, ...lists: unknown[][]): Fn {
  const [columns = [], functions = []] = lists as [unknown[][], Fn[]];
  const method = /^\{_0\.(add|rem)\(/.exec(code)?.[1];
  if (lists.length === 1 && method && code === `{${columns.map((_, i) => `_${i}.${method}(${args});`).join('')}}`) {
    const ops = columns as unknown as Record<string, Fn>[];
    return (...values) => {
      for (const op of ops) op[method]!(...values);
    };
  }
  const each = (shape: (i: number) => string) => `{${columns.map((_, i) => shape(i)).join('')}}`;
  if (lists.length === 2 && code === each((i) => `_${i}.push($${i}(${args}));`)) {
    return (...values) => {
      for (let k = 0; k < columns.length; k++) columns[k]!.push(functions[k]!(...values));
    };
  }
  if (lists.length === 2 && code === each((i) => `_${i}[r] = $${i}(r, d, op);`)) {
    return (r, d, op) => {
      for (let k = 0; k < columns.length; k++) columns[k]![r as number] = functions[k]!(r, d, op);
    };
  }
  throw new Error(`The explorer runs Arquero without eval and cannot unroll "(${args}) => ${code}"; this Arquero verb is not available in the browser.`);
}

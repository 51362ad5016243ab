/** Arquero's internal expression compiler, replaced in the browser by src/lib/explore/arquero-without-eval.ts. */
declare module 'arquero/src/expression/compile.js' {
  type Compiled = (...args: never[]) => unknown;
  export const compile: {
    escape(code: string, fn: (...args: never[]) => unknown, params: unknown): Compiled;
    expr(code: string, params?: unknown): Compiled;
    expr2(code: string, params?: unknown): Compiled;
    join(code: string, params?: unknown): Compiled;
    param(code: string, params?: unknown): unknown;
  };
}

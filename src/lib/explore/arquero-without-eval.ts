import { compile } from 'arquero/src/expression/compile.js';

/**
 * Arquero without `new Function`, so /explore/ keeps the site-wide strict
 * Content-Security-Policy (no 'unsafe-eval').
 *
 * Arquero parses every table expression and compiles the code it generates with
 * `Function(...)` (arquero/src/expression/compile.js). The explorer only ever
 * asks for what needs no real code: column reads, row objects, aggregate and
 * window operators, and functions passed through `escape()`. For those the
 * generated code has a handful of fixed shapes, which this module turns into
 * closures instead:
 *
 *   data["col"][row]   data["col"].at(row)   data["col"].key(row)   data1.col[row1]
 *   op(0,row)          ({"a":data["a"][row],"b":…})
 *   (row,data)=>fn(({…}),$)                                   (escape)
 *
 * Anything else (arithmetic, calls to op functions in an expression string)
 * throws, naming the expression, instead of silently evaluating code. Install
 * it once, before the first Arquero call: it replaces the methods of Arquero's
 * shared `compile` object. Tests install it in Node and compare every view with
 * Arquero's own compiler.
 */

type Scope = Record<string, unknown>;
type Evaluate = (scope: Scope) => unknown;
type Row = number;
type Columns = Record<string, { [index: number]: unknown; at(row: Row): unknown; key(row: Row): unknown }>;

/** An expression this compiler does not handle: the code, and what to do instead. */
export class UnsupportedExpression extends Error {
  constructor(code: string) {
    super(`The explorer runs Arquero without eval and cannot compile "${code}". Use a column name, an op aggregate (op.count(), op.array_agg(…)) or escape(fn).`);
    this.name = 'UnsupportedExpression';
  }
}

/** A reader over the generated code, one token at a time. */
class Reader {
  private i = 0;
  private readonly code: string;
  constructor(code: string) {
    this.code = code;
  }
  fail(): never {
    throw new UnsupportedExpression(this.code);
  }
  done(): boolean {
    return this.i >= this.code.length;
  }
  /** Consume `text` if it comes next. */
  take(text: string): boolean {
    if (!this.code.startsWith(text, this.i)) return false;
    this.i += text.length;
    return true;
  }
  expect(text: string): void {
    if (!this.take(text)) this.fail();
  }
  /** A JSON string literal, or an integer. */
  literal(): string | number {
    const rest = this.code.slice(this.i);
    const match = /^"(?:[^"\\]|\\.)*"|^-?\d+/.exec(rest) ?? this.fail();
    this.i += match[0].length;
    return JSON.parse(match[0]) as string | number;
  }
  /** A variable of the generated code: row, row0…row2, data, data0…data2, op, fn, $. */
  name(): string {
    const match = /^(?:row|data)[0-2]?|^op|^fn|^\$/.exec(this.code.slice(this.i)) ?? this.fail();
    this.i += match[0].length;
    return match[0];
  }
  /** An identifier after a dot (data.col). */
  identifier(): string {
    const match = /^[A-Za-z_$][\w$]*/.exec(this.code.slice(this.i)) ?? this.fail();
    this.i += match[0].length;
    return match[0];
  }
}

/** expression := object | op(<literal>,<row>) | data<n><column><read> */
function expression(r: Reader): Evaluate {
  if (r.take('({')) {
    const fields: [string, Evaluate][] = [];
    if (!r.take('})')) {
      do {
        const key = String(r.literal());
        r.expect(':');
        fields.push([key, expression(r)]);
      } while (r.take(','));
      r.expect('})');
    }
    return (s) => {
      const object: Record<string, unknown> = {};
      for (const [key, value] of fields) object[key] = value(s);
      return object;
    };
  }
  if (r.take('op(')) {
    const id = r.literal();
    r.expect(',');
    const row = r.name();
    r.expect(')');
    return (s) => (s.op as (id: string | number, row: Row) => unknown)(id, s[row] as Row);
  }
  const data = r.name();
  if (!data.startsWith('data')) r.fail();
  let column: string;
  if (r.take('[')) {
    column = String(r.literal());
    r.expect(']');
  } else {
    r.expect('.');
    column = r.identifier();
  }
  if (r.take('[')) {
    const row = r.name();
    r.expect(']');
    return (s) => (s[data] as Columns)[column]![s[row] as Row];
  }
  const method = r.take('.at(') ? 'at' : r.take('.key(') ? 'key' : r.fail();
  const row = r.name();
  r.expect(')');
  return (s) => (s[data] as Columns)[column]![method](s[row] as Row);
}

/** Compile a whole generated expression; the code must be nothing else. */
function whole(code: string): Evaluate {
  const r = new Reader(code);
  const evaluate = expression(r);
  if (!r.done()) r.fail();
  return evaluate;
}

/**
 * A compiled function that prints as the code it stands for, as Arquero's own do:
 * Arquero compares fields by their text (verbs/reduce/util.js) to share work.
 */
function named<F extends (...args: never[]) => unknown>(fn: F, text: string): F {
  fn.toString = () => text;
  return fn;
}

/** The same methods as arquero/src/expression/compile.js, built from closures. */
export const closureCompiler = {
  expr(code: string) {
    const evaluate = whole(code);
    return named((row: Row, data: unknown, op: unknown) => evaluate({ row, data, op }), `(row,data,op)=>${code}`);
  },
  expr2(code: string) {
    const evaluate = whole(code);
    return named((row0: Row, data0: unknown, row: Row, data: unknown) => evaluate({ row0, data0, row, data }), `(row0,data0,row,data)=>${code}`);
  },
  join(code: string) {
    const evaluate = whole(code);
    return named((row1: Row, data1: unknown, row2: Row, data2: unknown) => evaluate({ row1, data1, row2, data2 }), `(row1,data1,row2,data2)=>${code}`);
  },
  escape(code: string, fn: (...args: unknown[]) => unknown, params: unknown) {
    const r = new Reader(code);
    r.expect('(row,data)=>fn(');
    const argument = expression(r);
    r.expect(',$)');
    if (!r.done()) r.fail();
    return named((row: Row, data: unknown) => fn(argument({ row, data }), params), code);
  },
  param(code: string): never {
    throw new UnsupportedExpression(code);
  },
};

/**
 * Make Arquero compile with closures from now on, in this JavaScript realm;
 * returns a function that restores the compiler it replaced. (Arquero's loop
 * unroller, its other use of `new Function`, is replaced at build time:
 * src/integrations/arquero-without-eval.ts.)
 */
export function installClosureCompiler(): () => void {
  const replaced = { ...compile };
  Object.assign(compile, closureCompiler);
  return () => Object.assign(compile, replaced);
}

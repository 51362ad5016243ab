import { BUDGETS, jsBudget } from '../../src/lib/quality/budgets.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export interface Bytes {
  raw: number;
  gz: number;
}
export interface PageWeight {
  path: string;
  html: Bytes;
  css: Bytes;
  /** The scripts the HTML loads and their static imports: what runs before any interaction. */
  js: Bytes & { files: string[] };
  /** Modules those scripts import on demand (dynamic import()), with their own static imports. */
  lazy: Bytes & { files: string[] };
}

const size = (buf: Buffer): Bytes => ({ raw: buf.byteLength, gz: gzipSync(buf, { level: 9 }).byteLength });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });

/** Every module a script loads statically, following Vite's `import … from "./x.js"` between chunks. */
function moduleClosure(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(path.join(dist, entry), 'utf8');
  for (const m of code.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\s*["']([^"']+)["']/g)) {
    const spec = m[1] ?? m[2]!;
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    moduleClosure(dist, path.posix.join(path.posix.dirname(entry), spec).replace(/^\//, ''), seen);
  }
  return seen;
}

/** Modules a script may import on demand: Vite lists them in __vite__mapDeps, or they appear in import("./x.js"). */
function dynamicImports(dist: string, entry: string): string[] {
  const code = readFileSync(path.join(dist, entry), 'utf8');
  const mapped = /m\.f=\[([^\]]*)\]/.exec(code)?.[1]?.match(/["'`]([^"'`]+)["'`]/g)?.map((q) => q.slice(1, -1)) ?? [];
  const imported = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => path.posix.join(path.posix.dirname(entry), m[1]!));
  return [...mapped, ...imported].map((f) => f.replace(/^\//, ''));
}

/**
 * What a page costs before any interaction: its HTML, the stylesheets it links
 * and the scripts it loads with their static imports, raw and gzipped (level 9).
 * Data fetched at run time (search index, JSON) is measured in the browser by npm run bench.
 */
export function pageWeight(dist: string, sitePath: string): PageWeight {
  const file = path.join(dist, sitePath, sitePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file);
  const { document } = parseHTML(html.toString('utf8'));
  let css: Bytes = { raw: 0, gz: 0 };
  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) css = add(css, size(readFileSync(path.join(dist, link.getAttribute('href')!))));
  const modules = new Set<string>();
  for (const s of document.querySelectorAll('script[src]')) for (const m of moduleClosure(dist, s.getAttribute('src')!.replace(/^\//, ''))) modules.add(m);
  let js: Bytes = { raw: 0, gz: 0 };
  for (const m of modules) js = add(js, size(readFileSync(path.join(dist, m))));
  const later = new Set<string>();
  for (const m of modules) for (const d of dynamicImports(dist, m)) for (const x of moduleClosure(dist, d)) if (!modules.has(x)) later.add(x);
  let lazy: Bytes = { raw: 0, gz: 0 };
  for (const m of later) lazy = add(lazy, size(readFileSync(path.join(dist, m))));
  return { path: sitePath, html: size(html), css, js: { ...js, files: [...modules] }, lazy: { ...lazy, files: [...later] } };
}

/**
 * Pages of a built site over their byte budgets (src/lib/quality/budgets.ts), with what they weigh:
 * run by every build, so an oversized page (a runaway data value, say) is never published.
 */
export function overBudget(dist: string, sitePaths: readonly string[]): string[] {
  return sitePaths.flatMap((sitePath) => {
    const w = pageWeight(dist, sitePath);
    const problems: string[] = [];
    if (w.html.gz + w.css.gz > BUDGETS.htmlCssGz) problems.push(`${sitePath}: HTML + CSS ${w.html.gz + w.css.gz} B gzipped, over the ${BUDGETS.htmlCssGz} B budget`);
    const js = jsBudget(sitePath);
    if (w.js.gz > js.bytes) problems.push(`${sitePath}: JavaScript ${w.js.gz} B gzipped, over the ${js.name} budget of ${js.bytes} B`);
    return problems;
  });
}

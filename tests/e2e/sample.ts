import { statSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../build/helpers.ts';

/** The page type of a site path: "/studies/copro/" → "/studies/*\/", "/" → "/". */
export function pageType(sitePath: string): string {
  const parts = sitePath.split('/').filter(Boolean);
  if (parts.length < 2) return sitePath;
  return `/${parts[0]}/${parts.slice(1).map(() => '*').join('/')}${sitePath.endsWith('/') ? '/' : ''}`;
}

const bytes = (sitePath: string) => statSync(path.join(DIST, sitePath, sitePath.endsWith('/') ? 'index.html' : '')).size;

/**
 * Pages to open in a browser: every page of a type with few pages, and of a
 * type with many (studies, findings, organisations, pairs …) the first and last
 * by address and the two longest pages, which carry the most markup to go wrong.
 * Opening all 760 pages twice with axe takes most of an hour; the build's own
 * structure check (src/integrations/atlas-build.ts) still reads every page.
 */
export function pagesByType(paths: readonly string[], perType = 4): string[] {
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const key = pageType(p);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const out: string[] = [];
  for (const group of groups.values()) {
    if (group.length <= perType) {
      out.push(...group);
      continue;
    }
    const sorted = [...group].sort();
    const longest = [...group].sort((a, b) => bytes(b) - bytes(a) || a.localeCompare(b));
    const picked = new Set([sorted[0]!, sorted.at(-1)!]);
    for (const p of longest) {
      if (picked.size >= perType) break;
      picked.add(p);
    }
    out.push(...[...picked].sort());
  }
  return out;
}

import type { DataIssue } from './issues.ts';
import type { DataReader } from './validate.ts';

/** The frontmatter keys of an MDX file with the line each sits on: `key: value`, `key: [a, b]` or a block list. */
export function frontmatter(text: string): Map<string, { line: number; values: string[] }> {
  const out = new Map<string, { line: number; values: string[] }>();
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return out;
  let current: string | undefined;
  for (let i = 1; i < lines.length; i++) {
    const content = lines[i]!;
    if (content.trim() === '---') break;
    const item = /^\s+-\s+(.*)$/.exec(content);
    if (item && current) {
      out.get(current)!.values.push(unquote(item[1]!));
      continue;
    }
    const pair = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(content);
    if (!pair) continue;
    current = pair[1]!;
    const raw = pair[2]!.trim();
    const values = raw.startsWith('[') ? raw.replace(/^\[|\]$/g, '').split(',').map((v) => unquote(v.trim())).filter(Boolean) : raw ? [unquote(raw)] : [];
    out.set(current, { line: i + 1, values });
  }
  return out;
}
const unquote = (v: string) => v.replace(/^(['"])(.*)\1$/, '$2');

/** Which frontmatter keys of which content folder name what: the ids they must match in data/. */
const REFERENCES: Record<string, Record<string, 'study' | 'source' | 'country'>> = {
  studies: { study: 'study', summarySources: 'source' },
  compare: { sources: 'source' },
  countries: { country: 'country', sources: 'source' },
};

/**
 * The MDX pages against the data, so that a mismatch stops check:data instead
 * of failing (or, with a warm content cache, misleading) later in the build:
 * every study has exactly one page, every page's study exists, and every
 * source or country a page names exists.
 */
export function checkContent(content: DataReader, ids: { studies: Set<string>; sources: Set<string>; countries: Set<string> }): DataIssue[] {
  const issues: DataIssue[] = [];
  const pages = new Map<string, string>();
  const known = (set: Set<string>) => {
    const list = [...set].sort();
    return list.length > 8 ? `${list.slice(0, 8).join(', ')}, …` : list.join(', ');
  };
  for (const [folder, refs] of Object.entries(REFERENCES)) {
    for (const name of (content.list?.(folder) ?? []).filter((n) => n.endsWith('.mdx')).sort()) {
      const file = `content/${folder}/${name}`;
      const bytes = content(`${folder}/${name}`);
      if (!bytes) continue;
      const fm = frontmatter(new TextDecoder().decode(bytes));
      for (const [key, kind] of Object.entries(refs)) {
        const entry = fm.get(key);
        if (!entry) continue;
        const set = kind === 'study' ? ids.studies : kind === 'source' ? ids.sources : ids.countries;
        const target = kind === 'study' ? 'data/studies.json' : kind === 'source' ? 'data/sources.csv' : 'data/countries.csv';
        for (const value of entry.values) {
          if (!set.has(value)) issues.push({ file, line: entry.line, column: key, found: value, expected: `the id of an entry in ${target} (known ids: ${known(set)})` });
        }
        if (kind === 'study') {
          for (const value of entry.values) {
            const other = pages.get(value);
            if (other) issues.push({ file, line: entry.line, column: key, found: value, expected: `a study without another page (${other} is its page already)` });
            else pages.set(value, file);
          }
        }
      }
    }
  }
  if (content.list) {
    for (const study of [...ids.studies].sort()) {
      if (!pages.has(study)) issues.push({ file: 'data/studies.json', entry: `"${study}"`, found: study, expected: `a page for every study: add content/studies/${study}.mdx with "study: ${study}"` });
    }
  }
  return issues;
}

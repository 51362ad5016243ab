import type { CslItem } from './csl.ts';

/**
 * The fields of a CITATION.cff file that a citation needs: title, authors,
 * version, release date, type and DOI or URL. CITATION.cff is YAML; this reads
 * the plain subset the file uses (top-level `key: value` and an `authors` list
 * of `name` or `family-names`/`given-names` entries) rather than pulling in a
 * YAML parser for one file.
 */
export function readCff(text: string): { title?: string; version?: string; date?: string; type?: string; doi?: string; url?: string; authors: CslItem['author'] & object } {
  const top = new Map<string, string>();
  const authors: ({ literal: string } | { family: string; given: string })[] = [];
  let current: Record<string, string> | undefined;
  let inAuthors = false;
  const unquote = (v: string) => v.trim().replace(/^(['"])(.*)\1$/, '$2');
  const flush = () => {
    if (!current) return;
    if (current['family-names']) authors.push({ family: current['family-names'], given: current['given-names'] ?? '' });
    else if (current.name) authors.push({ literal: current.name });
    current = undefined;
  };
  for (const line of text.split(/\r?\n/)) {
    const key = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (key) {
      flush();
      inAuthors = key[1] === 'authors';
      if (key[2] && !key[2].startsWith('>')) top.set(key[1]!, unquote(key[2]));
      continue;
    }
    if (!inAuthors) continue;
    const item = /^\s*-\s+([\w-]+):\s*(.*)$/.exec(line);
    const field = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (item) {
      flush();
      current = { [item[1]!]: unquote(item[2]!) };
    } else if (field && current) current[field[1]!] = unquote(field[2]!);
  }
  flush();
  return { title: top.get('title'), version: top.get('version'), date: top.get('date-released'), type: top.get('type'), doi: top.get('doi'), url: top.get('url'), authors };
}

/** The atlas as a citable item, from its CITATION.cff: what "Cite the atlas" shows and exports. */
export function cffCsl(text: string, origin: string): CslItem {
  const cff = readCff(text);
  if (!cff.title) throw new Error('CITATION.cff has no title: the atlas cannot be cited without one.');
  const [year, month, day] = (cff.date ?? '').split('-').map(Number);
  return {
    id: 'coproduction-atlas',
    type: cff.type === 'software' ? 'webpage' : 'dataset',
    title: cff.title,
    author: cff.authors.length ? cff.authors : undefined,
    version: cff.version,
    DOI: cff.doi,
    URL: cff.url ?? `${origin}/`,
    issued: year ? { 'date-parts': [[year, ...(month ? [month, ...(day ? [day] : [])] : [])]] } : undefined,
  };
}

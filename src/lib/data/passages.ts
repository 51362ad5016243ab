import type { Source } from '../../schemas/source.ts';
import type { DataIssue } from './issues.ts';
import type { DataReader } from './validate.ts';

/*
 * Verifying passages against the copies of their sources that the repository holds
 * (data/provenance/, data/raw/). A passage is the source's own words; the check compares
 * after normalising what copying and typesetting change without changing the words:
 * whitespace, quote marks, dashes, soft hyphens and invisible joiners.
 */

/** Text as compared: NFC, soft hyphens and zero-width characters dropped, quotes and dashes unified, whitespace collapsed. */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A held copy of a source: the file it is in and the text that counts (a section, or a page's body). */
export interface HeldCopy {
  path: string;
  text: string;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** The section of a Markdown note that an anchor such as `1b`, `9b` or `unodc-sdg3` names; undefined if none does. */
export function markdownSection(text: string, anchor: string): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const slug = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  let start = -1;
  let level = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = HEADING.exec(lines[i]!);
    if (!m) continue;
    const title = m[2]!;
    if (start >= 0) {
      if (m[1]!.length <= level) return lines.slice(start, i).join('\n');
      continue;
    }
    if (title === anchor || title.startsWith(`${anchor}.`) || title.startsWith(`${anchor} `) || slug(title) === anchor) {
      start = i;
      level = m[1]!.length;
    }
  }
  return start >= 0 ? lines.slice(start).join('\n') : undefined;
}

/**
 * A page copy kept by the corpus search starts with a header (`url:`, `read:`, …) and a line `---`;
 * only the text after it is the source's.
 */
export function pageBody(text: string): string {
  if (!/^url: /.test(text)) return text;
  const at = text.search(/^---$/m);
  return at < 0 ? text : text.slice(at + 3);
}

/** The held copies of a source, one per `via` entry; a missing file or section is reported by the reference checks. */
export function heldCopies(source: Pick<Source, 'via'>, read: DataReader): HeldCopy[] {
  const copies: HeldCopy[] = [];
  for (const via of source.via) {
    const [file, anchor] = via.split('#') as [string, string | undefined];
    const bytes = read(file);
    if (!bytes) continue;
    const whole = pageBody(new TextDecoder().decode(bytes));
    const text = anchor ? markdownSection(whole, anchor) : whole;
    if (text !== undefined) copies.push({ path: via, text: normaliseForMatch(text) });
  }
  return copies;
}

/** Where a passage stops matching: undefined when it is found whole in one of the copies. */
export function unmatchedPart(quote: string, copies: readonly HeldCopy[]): string | undefined {
  const wanted = normaliseForMatch(quote);
  if (copies.some((c) => c.text.includes(wanted))) return undefined;
  const words = wanted.split(' ');
  // The longest prefix found in some copy; the words after it are the first ones not found.
  let found = 0;
  for (let n = 1; n <= words.length; n++) {
    const prefix = words.slice(0, n).join(' ');
    if (copies.some((c) => c.text.includes(prefix))) found = n;
    else break;
  }
  return words.slice(found, found + 8).join(' ') + (found + 8 < words.length ? ' …' : '');
}

/** A passage to verify, located for the error message. */
export interface PassageToCheck {
  where: Omit<DataIssue, 'expected' | 'found'>;
  sourceId: string;
  quote: string;
}

/** Check each passage against its source's held copies; sources that do not exist are reported elsewhere. */
export function checkPassages(passages: Iterable<PassageToCheck>, sources: ReadonlyMap<string, Pick<Source, 'via'>>, read: DataReader): DataIssue[] {
  const issues: DataIssue[] = [];
  const cache = new Map<string, HeldCopy[]>();
  for (const p of passages) {
    const source = sources.get(p.sourceId);
    if (!source) continue;
    let copies = cache.get(p.sourceId);
    if (!copies) cache.set(p.sourceId, (copies = heldCopies(source, read)));
    if (copies.length === 0) continue;
    const missing = unmatchedPart(p.quote, copies);
    if (missing === undefined) continue;
    const held = source.via.map((v) => `data/${v}`).join(' or ');
    issues.push({
      ...p.where,
      found: p.quote,
      expected: `the words of source "${p.sourceId}" exactly as its copy ${held} has them; not found from "${missing}"`,
      hint: 'Copy the passage from the held copy (spacing, quote marks and dashes may differ; words may not), or cite the source that says it.',
    });
  }
  return issues;
}

import type { Source } from '../../schemas/source.ts';
import { QUOTE_MAX } from '../../schemas/passage.ts';
import { LANGUAGES } from '../../schemas/vocab.ts';
import type { DataIssue } from './issues.ts';
import { parse as parseYaml } from 'yaml';
import { checkPassages, type PassageToCheck } from './passages.ts';
import type { DataReader } from './validate.ts';

/*
 * MDX prose cites with <Ref id="source-id" quote="the source's words" />. The build renders the
 * marker and the passage; this module finds every <Ref> in the content files so that
 * `npm run check:data` can verify them like the data, before anything is built.
 */

/** An MDX file under content/, as text. */
export interface ContentFile {
  /** Path from the project root, e.g. content/countries/se.mdx. */
  file: string;
  text: string;
}

/** One <Ref> tag: its line and its string attributes ("…", '…' or {"…"}); other expressions are kept as `{…}`. */
export interface RefTag {
  line: number;
  attrs: Record<string, string>;
}

/** Every <Ref …/> in an MDX text. */
export function refTags(text: string): RefTag[] {
  return componentTags(text, 'Ref');
}

/** Comments and fenced code, blanked out (line breaks kept, so lines still count): a <Ref> there is not cited. */
function blankInert(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text.replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->|^```[\s\S]*?^```/gm, blank);
}

/** Every use of a component, e.g. <Value id="…" />, with its attributes. */
export function componentTags(source: string, name: string): RefTag[] {
  const text = blankInert(source);
  const tags: RefTag[] = [];
  const pattern = new RegExp(`<${name}\\b`, 'g');
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    let i = m.index + name.length + 1;
    const attrs: Record<string, string> = {};
    for (;;) {
      while (/\s/.test(text[i] ?? '')) i++;
      if (text.startsWith('/>', i) || text[i] === '>' || i >= text.length) break;
      const name = /^[A-Za-z_][\w-]*/.exec(text.slice(i))?.[0];
      if (!name) break;
      i += name.length;
      while (/\s/.test(text[i] ?? '')) i++;
      if (text[i] !== '=') {
        attrs[name] = 'true';
        continue;
      }
      i++;
      while (/\s/.test(text[i] ?? '')) i++;
      const open = text[i];
      if (open === '"' || open === "'") {
        const end = text.indexOf(open, i + 1);
        attrs[name] = text.slice(i + 1, end < 0 ? undefined : end);
        i = end < 0 ? text.length : end + 1;
      } else if (open === '{') {
        let depth = 0;
        const start = i;
        for (; i < text.length; i++) {
          if (text[i] === '{') depth++;
          else if (text[i] === '}' && --depth === 0) break;
        }
        const expression = text.slice(start, ++i);
        // A string literal in braces, quote={"…"}, holds any characters a passage may have.
        const literal = /^\{\s*("(?:[^"\\]|\\.)*")\s*\}$/s.exec(expression)?.[1];
        let value = expression;
        if (literal) {
          try {
            value = JSON.parse(literal) as string;
          } catch {
            /* not a JSON string: keep the expression, reported as such */
          }
        }
        attrs[name] = value;
      } else break;
    }
    tags.push({ line: text.slice(0, m.index).split('\n').length, attrs });
  }
  return tags;
}

/** Check the <Ref> tags of MDX files: known source, a passage of the right length, found in the source's held copy. */
export function checkContentRefs(files: readonly ContentFile[], sources: ReadonlyMap<string, Pick<Source, 'via'>>, read: DataReader): DataIssue[] {
  const issues: DataIssue[] = [];
  const toCheck: PassageToCheck[] = [];
  for (const { file, text } of files) {
    for (const { line, attrs } of refTags(text)) {
      const where = { file, line, entry: '<Ref>' };
      const id = attrs.id;
      if (id === undefined || id.startsWith('{')) {
        issues.push({ ...where, column: 'id', found: id, expected: 'one source id as a plain string, id="source-id" (one <Ref> per source, each with its passage)' });
        continue;
      }
      if (!sources.has(id)) {
        issues.push({ ...where, column: 'id', found: id, expected: 'the id of a source in data/sources.csv' });
        continue;
      }
      const quote = attrs.quote;
      if (quote === undefined || quote.startsWith('{')) {
        issues.push({ ...where, column: 'quote', found: quote, expected: `the passage of source "${id}" that the sentence rests on, as quote="…" (the source’s own words)` });
        continue;
      }
      if (quote.length > QUOTE_MAX) {
        issues.push({ ...where, column: 'quote', found: quote, expected: `a short passage: a sentence or two, at most ${QUOTE_MAX} characters` });
        continue;
      }
      if (attrs.lang !== undefined && !(attrs.lang in LANGUAGES)) {
        issues.push({ ...where, column: 'lang', found: attrs.lang, expected: `a BCP 47 language tag: one of ${Object.keys(LANGUAGES).join(', ')}` });
      }
      toCheck.push({ where: { ...where, column: 'quote' }, sourceId: id, quote });
    }
  }
  issues.push(...checkPassages(toCheck, sources, read));
  return issues;
}

/** The frontmatter of an MDX file, parsed as YAML; undefined when there is none. */
export function frontmatter(text: string): { data?: unknown; error?: string; lines: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/.exec(text);
  if (!m) return { lines: 0 };
  try {
    return { data: parseYaml(m[1]!), lines: m[0].split('\n').length };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error), lines: m[0].split('\n').length };
  }
}

/**
 * What the content layer would otherwise report only halfway through a build: a study page is
 * named after its study and has a description of the right length. (Which ids a page may name is
 * checked in content-check.ts.)
 */
export function checkStudyPages(files: readonly ContentFile[]): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const { file, text } of files.filter((f) => /^content\/studies\/[^/]+\.mdx$/.test(f.file))) {
    const stem = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
    const fm = frontmatter(text);
    if (fm.error !== undefined || typeof fm.data !== 'object' || fm.data === null) {
      issues.push({ file, line: 1, found: fm.error, expected: 'frontmatter between two lines "---": study, description and summarySources' });
      continue;
    }
    const data = fm.data as Record<string, unknown>;
    const lineOf = (key: string) => {
      const at = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
      return at < 0 ? 1 : at + 1;
    };
    if (typeof data.study === 'string' && data.study !== stem) {
      issues.push({ file, line: lineOf('study'), column: 'study', found: data.study, expected: `the study named by the file, "${stem}" (name the file content/studies/${data.study}.mdx)` });
    }
    const description = data.description;
    if (typeof description !== 'string' || description.length < 50 || description.length > 160) {
      issues.push({ file, line: lineOf('description'), column: 'description', found: typeof description === 'string' ? description : undefined, expected: 'a description for search results and link previews, 50–160 characters' });
    }
  }
  return issues;
}

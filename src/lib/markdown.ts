import { marked } from 'marked';
import type { Segment } from './terms.ts';

/**
 * Markdown of the project's own files (data/CHANGELOG.md) as HTML, at build time. The text is the
 * maintainers', not visitors': raw HTML in it is escaped all the same, so only Markdown renders.
 * Original-language terms in the text are marked with their language, as everywhere on the site.
 */
export function markdownToHtml(text: string, mark?: (text: string) => Segment[]): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = marked.parse(escaped, { async: false, gfm: true, breaks: false }) as string;
  if (!mark) return html;
  // Only text between tags is marked; the tags themselves stay as they are.
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${mark(text).map((s) => (s.lang ? `<span lang="${s.lang}">${s.text}</span>` : s.text)).join('')}<`);
}

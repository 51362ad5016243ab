import { marked } from 'marked';

/**
 * Markdown of the project's own files (data/CHANGELOG.md) as HTML, at build time. The text is the
 * maintainers', not visitors': raw HTML in it is escaped all the same, so only Markdown renders.
 */
export function markdownToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return marked.parse(escaped, { async: false, gfm: true, breaks: false }) as string;
}

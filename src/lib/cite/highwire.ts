import type { CslItem } from './csl.ts';

/**
 * Highwire Press `citation_*` meta tags for a citable item: what Zotero,
 * Google Scholar and other reference managers read from a page. Dates are
 * YYYY/MM/DD (or YYYY), authors "Family, Given".
 */
export function highwireTags(item: CslItem): [name: string, content: string][] {
  const tags: [string, string][] = [['citation_title', item.title]];
  for (const a of item.author ?? []) tags.push(['citation_author', 'family' in a ? `${a.family}, ${a.given}` : a.literal]);
  const parts = item.issued?.['date-parts'][0];
  if (parts) tags.push(['citation_publication_date', parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('/')]);
  if (item.type === 'article-journal') {
    if (item['container-title']) tags.push(['citation_journal_title', item['container-title']]);
    if (item.volume) tags.push(['citation_volume', item.volume]);
    if (item.issue) tags.push(['citation_issue', item.issue]);
    const [firstPage, lastPage] = (item.page ?? '').split('-');
    if (firstPage) tags.push(['citation_firstpage', firstPage]);
    if (lastPage) tags.push(['citation_lastpage', lastPage]);
  }
  if (item.type === 'report') {
    const institution = item.author?.[0];
    if (institution && 'literal' in institution) tags.push(['citation_technical_report_institution', institution.literal]);
  }
  if (item.DOI) tags.push(['citation_doi', item.DOI]);
  if (item.publisher) tags.push(['citation_publisher', item.publisher]);
  if (item.language) tags.push(['citation_language', item.language]);
  if (item.URL) tags.push(['citation_public_url', item.URL]);
  return tags;
}

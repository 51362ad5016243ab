import { escapeXml } from './escape-xml.ts';

/** sitemap.xml for the given site paths, in a stable order. */
export function sitemapXml(paths: readonly string[], origin: string): string {
  const urls = [...paths].sort().map((p) => `  <url><loc>${escapeXml(new URL(p, origin).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; points to the sitemap. */
export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
}

/** Site paths that belong in the sitemap: every page but the 404 page. */
export function sitemapPaths(pagePaths: readonly string[]): string[] {
  return pagePaths.filter((p) => p !== '/404.html' && p.endsWith('/'));
}

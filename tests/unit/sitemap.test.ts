import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapPaths, sitemapXml } from '../../src/lib/sitemap.ts';

describe('sitemap', () => {
  it('lists every page but the 404 page, as absolute addresses', () => {
    const xml = sitemapXml(sitemapPaths(['/', '/404.html', '/studies/copro/']), 'https://atlas.test');
    expect(xml).toContain('<loc>https://atlas.test/</loc>');
    expect(xml).toContain('<loc>https://atlas.test/studies/copro/</loc>');
    expect(xml).not.toContain('404');
  });
  it('robots.txt points to it', () => {
    expect(robotsTxt('https://atlas.test')).toContain('Sitemap: https://atlas.test/sitemap.xml');
  });
});

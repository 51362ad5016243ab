import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLocal } from '../../src/lib/site-url.ts';
import { listFiles } from '../../src/lib/quality/site-files.ts';
import { DIST, builtOrigin, page, requireBuild } from './helpers.ts';

requireBuild();
const origin = builtOrigin();

describe('the site names its public address, and only that', () => {
  // npm test builds with SITE_URL=https://atlas.example, so this runs there; a local preview build names localhost by design.
  it.runIf(!isLocal(origin))(`no file of dist/ names localhost or a loopback address (built for ${origin})`, () => {
    const offenders = listFiles(DIST)
      .filter((file) => !/\.(?:wasm|png|pf_\w+|woff2?)$/.test(file) && !file.includes('/pagefind/'))
      .filter((file) => /localhost|127\.0\.0\.1|\[::1\]/.test(readFileSync(path.join(DIST, file), 'latin1')));
    expect(offenders).toEqual([]);
  });

  it('the home page, the sitemap, robots.txt and a citation name the built address', () => {
    expect(page('/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}/`);
    expect(readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8')).toContain(`<loc>${origin}/studies/</loc>`);
    expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap.xml`);
    expect(readFileSync(path.join(DIST, 'cite/finding/copro-untapped-potential.ris'), 'utf8')).toContain(`UR  - ${origin}/findings/copro-untapped-potential/`);
  });

  it('the 404 page, served at every missing address, claims no address of its own', () => {
    const doc = page('/404.html');
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(doc.querySelector('meta[property="og:url"]')).toBeNull();
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

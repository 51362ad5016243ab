import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/quality/links.ts';
import { SECURITY_HEADERS, cspHeader, cspMeta } from '../../src/lib/security.ts';
import { listFiles, readPages } from '../../src/lib/quality/site-files.ts';
import { DIST, allPages, page, requireBuild } from './helpers.ts';

beforeAll(requireBuild);

/**
 * Places where a space goes missing around inline markup (all seen in the reader review):
 * a word glued to a link or emphasis that follows ("about<em>co-production", "as<span lang>idéburet"),
 * a closing tag glued to the next word ("co-creation</em>of"), and a source marker glued to the next
 * sentence ("[5]In this atlas").
 */
const INLINE = '(?:a|em|strong|i|b|span|code|q|cite|abbr)';
const RUN_TOGETHER = [
  new RegExp(`[\\p{L}\\p{N}](?:<${INLINE}\\b[^>]*>)+[\\p{L}\\p{N}]`, 'gu'),
  // A sentence or clause glued to a link or emphasis that follows ("sources.<a>How they were found").
  new RegExp(`[\\p{L}\\p{N})][.,;:!?](?:<${INLINE}\\b[^>]*>)+\\p{L}`, 'gu'),
  new RegExp(`[\\p{L}\\p{N}.,;:!?)](?:</${INLINE}>)+(?:[\\p{L}\\p{N}]{2}|\\([\\p{L}\\p{N}])`, 'gu'),
  /<\/sup>\p{L}/gu,
];

const BLOCK = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'SECTION', 'ARTICLE', 'TD', 'TH', 'TR', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'DD', 'DT', 'UL', 'OL', 'DL', 'TABLE', 'CAPTION', 'DETAILS', 'SUMMARY', 'NAV', 'BR', 'FORM', 'FIELDSET', 'LEGEND', 'LABEL', 'OPTION', 'SVG']);

/** The text a reader sees: block elements apart, as the browser lays them out. */
function readingText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName.toLowerCase() === 'svg') return '\n';
  const inner = [...el.childNodes].map(readingText).join('');
  return BLOCK.has(el.tagName) ? `\n${inner}\n` : inner;
}

describe('the built site', () => {
  it('has no broken internal link or anchor', () => {
    expect(checkLinks(readPages(DIST), listFiles(DIST)).broken).toEqual([]);
  });

  it.each(allPages())('%s: no inline script, and the CSP meta element', (path) => {
    const doc = page(path);
    const inline = [...doc.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(inline.map((s) => s.outerHTML.slice(0, 80))).toEqual([]);
    const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).toBe(cspMeta(path));
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // Only the search page may compile WebAssembly (Pagefind); every other page, the explorer included (Arquero runs without eval), keeps the strict policy.
    if (path.startsWith('/search/')) expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'; ");
    else expect(csp).toContain("script-src 'self'; ");
    expect(csp).not.toContain("'unsafe-eval'");
  });

  it.each(allPages())('%s: no words or markers run together (a lost space)', (path) => {
    const main = page(path).querySelector('main');
    const html = main?.innerHTML ?? '';
    const found = RUN_TOGETHER.flatMap((pattern) => html.match(pattern) ?? []);
    // A sentence glued to the next one, in the text as read: "care.The", "countries.In".
    found.push(...(main ? readingText(main) : '').match(/\p{Ll}{2}[.!?]\p{Lu}\p{Ll}{2}/gu) ?? []);
    expect(found).toEqual([]);
  });

  it('ships a _headers file with the security headers for static hosts, one CSP per section', () => {
    const headers = readFileSync(`${DIST}/_headers`, 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers).toContain(`${name}: ${value}`);
    expect(headers).toContain(`/studies/*\n  Content-Security-Policy: ${cspHeader('/studies/')}`);
    expect(headers).toContain(`/explore/*\n  Content-Security-Policy: ${cspHeader('/explore/')}`);
    expect(headers.match(/^\/\*$/m)?.length).toBe(1);
    // Every address, a 404 included, gets the headers and the part of the policy no page relaxes.
    const everywhere = headers.split('/*\n')[1]!.split('\n\n')[0]!;
    expect(everywhere).toContain("X-Frame-Options: DENY");
    expect(everywhere).toContain("Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
    expect(everywhere).not.toContain('script-src');
    expect(headers).not.toContain('interest-cohort');
  });
});

describe('_headers as a static host applies it (rules merged, as Netlify and Cloudflare Pages do)', () => {
  it('a 404 at any address gets the security headers and cannot be framed; only the search page relaxes the policy, for WebAssembly', async () => {
    const { serveStatic } = await import('../../scripts/lib/static-server.ts');
    const { url, server } = await serveStatic(DIST);
    try {
      const missing = await fetch(`${url}/no-such-page/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('Page not found');
      expect(missing.headers.get('x-frame-options')).toBe('DENY');
      expect(missing.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(missing.headers.get(name)).toBe(value);
      const search = (await fetch(`${url}/search/`)).headers.get('content-security-policy') ?? '';
      expect(search).toContain("frame-ancestors 'none'");
      expect(search).toContain("script-src 'self' 'wasm-unsafe-eval'");
      // The explorer runs Arquero without eval, so it keeps the strict policy of every other page.
      const explore = (await fetch(`${url}/explore/`)).headers.get('content-security-policy') ?? '';
      expect(explore).toContain("script-src 'self';");
      expect(explore).not.toContain('unsafe-eval');
    } finally {
      server.close();
    }
  });
});

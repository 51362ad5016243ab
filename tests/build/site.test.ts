import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/quality/links.ts';
import { SECURITY_HEADERS, cspHeader, cspMeta } from '../../src/lib/security.ts';
import { listFiles, readPages } from '../../src/lib/quality/site-files.ts';
import { DIST, allPages, page, requireBuild } from './helpers.ts';

beforeAll(requireBuild);

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
    // Every page, the explorer included (Arquero runs without eval), keeps the strict policy.
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'; ");
    expect(csp).not.toContain("'unsafe-eval'");
  });

  it.each(allPages())('%s: no words run together around links or emphasis (a lost space)', (path) => {
    const html = page(path).querySelector('main')?.innerHTML ?? '';
    expect(html.match(/[a-z]<a href|<\/a>[a-z]{2}|[a-z]<(em|strong)>/g) ?? []).toEqual([]);
  });

  it('ships a _headers file with the security headers for static hosts, one CSP per section', () => {
    const headers = readFileSync(`${DIST}/_headers`, 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers).toContain(`${name}: ${value}`);
    expect(headers).toContain(`/studies/*\n  Content-Security-Policy: ${cspHeader('/studies/')}`);
    expect(headers).toContain(`/explore/*\n  Content-Security-Policy: ${cspHeader('/explore/')}`);
    expect(headers.match(/^\/\*$/m)?.length).toBe(1);
    expect(headers.split('/*\n')[1]!.split('\n\n')[0]).not.toContain('Content-Security-Policy');
  });
});

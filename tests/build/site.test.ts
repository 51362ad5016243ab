import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/quality/links.ts';
import { SECURITY_HEADERS } from '../../src/lib/security.ts';
import { listFiles, readPages } from '../../scripts/lib/dist.ts';
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
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('ships a _headers file with the security headers for static hosts', () => {
    const headers = readFileSync(`${DIST}/_headers`, 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers).toContain(`${name}: ${value}`);
  });
});

import { describe, expect, it } from 'vitest';
import { encodeTextTerm, textDirective, textFragmentUrl } from '../../src/lib/text-fragment.ts';

describe('text fragments (WICG syntax)', () => {
  it('encodes spaces, commas, dashes and ampersands, which the directive reserves', () => {
    expect(encodeTextTerm('a b')).toBe('a%20b');
    expect(encodeTextTerm('a,b')).toBe('a%2Cb');
    expect(encodeTextTerm('co-production')).toBe('co%2Dproduction');
    expect(encodeTextTerm('R&D')).toBe('R%26D');
  });

  it('encodes non-ASCII letters as UTF-8', () => {
    expect(encodeTextTerm('idéburet välfärd')).toBe('id%C3%A9buret%20v%C3%A4lf%C3%A4rd');
    expect(encodeTextTerm('Koproduktion – Träger')).toBe('Koproduktion%20%E2%80%93%20Tr%C3%A4ger');
  });

  it('matches a short passage whole, without its edge punctuation and quote marks', () => {
    expect(textDirective('“kan være utfordrende”.')).toBe('text=kan%20v%C3%A6re%20utfordrende');
  });

  it('matches a long passage by its first and last words', () => {
    const passage = 'Långsiktiga IOP satsningar bör stärkas genom politiska beslut både på lokal och nationell nivå.';
    expect(textDirective(passage)).toBe('text=L%C3%A5ngsiktiga%20IOP%20satsningar%20b%C3%B6r,lokal%20och%20nationell%20niv%C3%A5');
  });

  it('matches an elided passage from its first part to its last', () => {
    expect(textDirective('1 av 15 sykehjem … skal drive byens 48 sykehjem')).toBe('text=1%20av%2015%20sykehjem,drive%20byens%2048%20sykehjem');
  });

  it('appends the directive to an address, keeping an existing fragment', () => {
    expect(textFragmentUrl('https://example.org/p', 'two words')).toBe('https://example.org/p#:~:text=two%20words');
    expect(textFragmentUrl('https://example.org/p#results', 'two words')).toBe('https://example.org/p#results:~:text=two%20words');
    expect(textFragmentUrl('https://example.org/p#:~:text=a', 'b c')).toBe('https://example.org/p#:~:text=a&text=b%20c');
    expect(textFragmentUrl('https://example.org/p', undefined)).toBe('https://example.org/p');
  });

  it('yields a URL a browser parses, with the directive intact', () => {
    const url = new URL(textFragmentUrl('https://example.org/sök?q=1', 'idéburna välfärdsaktörer, till exempel'));
    expect(url.hash).toBe('#:~:text=id%C3%A9burna%20v%C3%A4lf%C3%A4rdsakt%C3%B6rer%2C%20till%20exempel');
  });
});

import { publicUrl } from '../../src/lib/public-url.ts';
describe('public addresses of sources', () => {
  it('turns a publisher back-end host into its public one, and leaves other addresses alone', () => {
    expect(publicUrl('http://core-varnish-new.prod.aop.cambridge.org/core/journals/x/article/y')).toBe('https://www.cambridge.org/core/journals/x/article/y');
    expect(publicUrl('https://www.vinnova.se/p/x/')).toBe('https://www.vinnova.se/p/x/');
    expect(publicUrl('https://www-cambridge-org.ezproxyberklee.flo.org/core/product/A3/core-reader')).toBe('https://www.cambridge.org/core/product/A3/core-reader');
  });
});

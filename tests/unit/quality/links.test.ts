import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/lib/quality/links.ts';

const page = (path: string, body: string) => ({ path, html: `<!doctype html><html><body>${body}</body></html>` });

describe('checkLinks(pages, files)', () => {
  const site = [
    page('/', '<a href="/studies/">s</a><a href="/studies/copro/#facts">f</a><a href="https://www.vinnova.se/p/x/">v</a><a href="http://www.kora.dk/">k</a>'),
    page('/studies/', '<a href="copro/">relative</a><a href="/data/latest/studies.csv">csv</a>'),
    page('/studies/copro/', '<h2 id="facts">Facts</h2><a href="#facts">self</a>'),
  ];

  it('accepts links to pages, files, relative paths and existing anchors', () => {
    expect(checkLinks(site, ['/data/latest/studies.csv']).broken).toEqual([]);
  });

  it('reports a missing page, a missing file and a missing anchor, naming the page', () => {
    const broken = checkLinks([...site, page('/about/', '<a href="/nope/">x</a><a href="/studies/copro/#find">y</a><a href="/data/x.csv">z</a>')], []).broken;
    expect(broken).toEqual([
      { page: '/studies/', href: '/data/latest/studies.csv', reason: 'no page or file at /data/latest/studies.csv' },
      { page: '/about/', href: '/nope/', reason: 'no page or file at /nope/' },
      { page: '/about/', href: '/studies/copro/#find', reason: 'the page has no element with id "find" (similar: facts)' },
      { page: '/about/', href: '/data/x.csv', reason: 'no page or file at /data/x.csv' },
    ]);
  });

  it('lists external links by scheme without fetching them', () => {
    const { external } = checkLinks(site, ['/data/latest/studies.csv']);
    expect(external.map((e) => [e.scheme, e.host])).toEqual([
      ['http (not encrypted)', 'www.kora.dk'],
      ['https', 'www.vinnova.se'],
    ]);
  });
});

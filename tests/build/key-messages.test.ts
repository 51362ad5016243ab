import { beforeAll, describe, expect, it } from 'vitest';
import { allPairs } from '../../src/lib/compare/pair.ts';
import { allPages, page, requireBuild, text } from './helpers.ts';

beforeAll(requireBuild);

const pairs = allPairs().map(([a, b]) => `/compare/${a}-${b}/`);
const readerPages = [
  ...allPages().filter((p) => /^\/(countries|themes)\/[a-z-]+\/$/.test(p)),
  ...pairs,
  '/compare/welfare-regimes/',
  '/compare/oslo-berlin/',
];

describe('key messages', () => {
  it('cover every ready-made pair, country and theme page', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(28);
    for (const p of pairs) expect(allPages()).toContain(p);
    expect(readerPages.filter((p) => p.startsWith('/countries/'))).toHaveLength(5);
    expect(readerPages.filter((p) => p.startsWith('/themes/'))).toHaveLength(7);
  });

  it.each(readerPages)('%s opens with key messages, labelled as the atlas’s reading, linked to their evidence', (path) => {
    const doc = page(path);
    const section = doc.querySelector('section[data-key-messages]');
    expect(section, 'a Key messages section').not.toBeNull();
    // Before any other section of the page: it opens the page.
    const h2s = [...doc.querySelectorAll('main h2')];
    expect(h2s[0]?.closest('section[data-key-messages]')).toBe(section);
    expect(text(section!.querySelector('.km-label'))).toMatch(/^The atlas’s reading of its evidence/);
    const sentences = [...section!.querySelectorAll('li, p:not(.km-label):not(.no-print)')].map(text).filter(Boolean);
    expect(sentences.length).toBeGreaterThanOrEqual(path === '/compare/oslo-berlin/' ? 2 : 1);
    expect(section!.querySelectorAll('a[href]').length).toBeGreaterThan(0);
  });

  it.each([...pairs, ...readerPages.filter((p) => p.startsWith('/countries/')), '/compare/welfare-regimes/'])('%s links its printable brief', (path) => {
    const id = path.startsWith('/countries/') ? path.split('/')[2] : path.split('/')[2];
    const link = page(path).querySelector(`a[href="/briefs/${id}/"]`);
    expect(link, `a link to /briefs/${id}/`).not.toBeNull();
    const brief = page(`/briefs/${id}/`);
    expect(brief.querySelector(`a[href="${path}"]`), 'the brief links back').not.toBeNull();
  });
});

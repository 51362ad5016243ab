import { describe, expect, it } from 'vitest';
import { excerptParts, formatSearchState, pagefindFilters, parseSearchState } from '../../src/client/search-state.ts';

const allowed = { country: ['Norway', 'Sweden'], type: ['Study', 'Finding'] };
const order = ['type', 'country'];

describe('parseSearchState(query, allowed)', () => {
  it('reads the query and known filter values', () => {
    expect(parseSearchState('?q=samskaping&country=Norway&type=Study', allowed)).toEqual({
      state: { q: 'samskaping', filters: { country: ['Norway'], type: ['Study'] } },
      ignored: [],
    });
  });
  it('ignores unknown parameters and values, and reports them', () => {
    const { state, ignored } = parseSearchState('?country=Atlantis&utm_source=x&type=Study&type=Study', allowed);
    expect(state.filters).toEqual({ type: ['Study'] });
    expect(ignored).toEqual(['country', 'utm_source']);
  });
  it('keeps hostile text as plain text and caps its length', () => {
    const { state } = parseSearchState(`?q=${encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(20))}`, allowed);
    expect(state.q.length).toBe(200);
    expect(state.q.startsWith('<img')).toBe(true); // shown only as an input value, never as HTML
  });
  it('never throws on random input (fuzzed)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const alphabet = '?&=%#q<>"\'country type Norway Study \u0000\uFFFD😀';
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const { state } = parseSearchState(s, allowed);
      for (const [k, vs] of Object.entries(state.filters)) for (const v of vs) expect(allowed[k as keyof typeof allowed]).toContain(v);
    }
  });
});

describe('formatSearchState', () => {
  it('writes a stable, shareable query string that parses back to the same state', () => {
    const state = { q: ' trust ', filters: { country: ['Sweden', 'Norway'], type: ['Finding'] } };
    const text = formatSearchState(state, order);
    expect(text).toBe('?q=trust&type=Finding&country=Sweden&country=Norway');
    expect(parseSearchState(text, allowed).state).toEqual({ q: 'trust', filters: { type: ['Finding'], country: ['Sweden', 'Norway'] } });
  });
  it('is empty for an empty state', () => {
    expect(formatSearchState({ q: '', filters: {} }, order)).toBe('');
  });
});

describe('pagefindFilters', () => {
  it('ORs values within a filter and leaves out empty ones', () => {
    expect(pagefindFilters({ q: '', filters: { country: ['Norway', 'Sweden'], type: [] } })).toEqual({ country: { any: ['Norway', 'Sweden'] } });
  });
});

describe('excerptParts', () => {
  it('splits highlights from plain text', () => {
    expect(excerptParts('a <mark>samskaping</mark> b')).toEqual([
      { text: 'a ', mark: false },
      { text: 'samskaping', mark: true },
      { text: ' b', mark: false },
    ]);
  });
  it('turns markup into text, so nothing in an excerpt can run', () => {
    const parts = excerptParts('x <img src=x onerror=alert(1)> &lt;script&gt; <mark>y</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('x  <script> y');
  });
});

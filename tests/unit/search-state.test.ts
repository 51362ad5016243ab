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
  it.each(['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'prototype'])('ignores the parameter name %s, which exists on Object.prototype, and still reads the query', (name) => {
    const { state, ignored } = parseSearchState(`?${name}=1&${name}=Norway&q=samskaping&country=Norway`, allowed);
    expect(state).toEqual({ q: 'samskaping', filters: { country: ['Norway'] } });
    expect(ignored).toEqual([name, name]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('never throws and keeps only allowed values on random input (fuzzed from hostile tokens)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    // Whole tokens, so the fuzz produces the names that matter: prototype members, known keys and values, junk.
    const names = ['q', 'country', 'type', '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__[x]', 'constructor[prototype][x]', '', '%', '\u202e', '😀'];
    const values = ['Norway', 'Study', 'Atlantis', '', '1', '<b>x', '__proto__', '%00', '\uFFFD'];
    let checked = 0;
    for (let i = 0; i < 2000; i++) {
      const pairs = Array.from({ length: Math.floor(rand() * 6) }, () => `${encodeURIComponent(pick(names))}=${encodeURIComponent(pick(values))}`);
      const { state } = parseSearchState(`?${pairs.join(rand() < 0.1 ? '&&' : '&')}`, allowed);
      for (const [k, vs] of Object.entries(state.filters)) {
        expect(Object.keys(allowed)).toContain(k);
        for (const v of vs) {
          expect(allowed[k as keyof typeof allowed]).toContain(v);
          checked++;
        }
      }
    }
    // The per-filter assertions above did run, many times.
    expect(checked).toBeGreaterThan(50);
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

import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { standaloneSvg, wrapText } from '../../src/lib/charts/standalone.ts';
import type { AnyChart } from '../../src/lib/charts/spec.ts';

const spec = { id: 'demo', title: 'Studies & findings by country, a title long enough to need a second line on the image', description: 'Bars <of> counts.' } as AnyChart;
const plot = '<svg class="plot" width="640" height="200" role="img" aria-labelledby="demo-title" aria-describedby="demo-desc" viewBox="0 0 640 200"><rect width="10" height="10"/></svg>';

describe('standaloneSvg(spec, parts)', () => {
  const out = standaloneSvg(spec, { svg: plot, publishers: ['OECD', 'Statistics Norway'], version: '2.0.0', dataUrl: 'https://atlas.example/charts/demo.csv?a=1&b=2' });
  const { document } = parseHTML(`<!doctype html><html><body>${out}</body></html>`);
  const root = document.querySelector('body > svg')!;

  it('puts the title, sources, data version and the address of the values on the image, escaped', () => {
    expect(out).toContain('<title id="t">Studies &amp; findings by country');
    expect(out).toContain('<desc>Bars &lt;of&gt; counts.</desc>');
    const footer = [...root.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' ');
    expect(footer).toContain('Source: OECD; Statistics Norway.');
    expect(footer).toContain('data version 2.0.0');
    expect(footer).toContain('https://atlas.example/charts/demo.csv?a=1&b=2');
    expect(out).not.toContain('&b=2"'); // escaped in text
  });

  it('nests the plot below the title, without the ids that tie it to a page, and grows to fit', () => {
    const inner = root.querySelector('svg.plot')!;
    expect(Number(inner.getAttribute('y'))).toBeGreaterThan(30); // two title lines
    expect(inner.hasAttribute('aria-labelledby')).toBe(false);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(200 + Number(inner.getAttribute('y')));
  });

  it('refuses a render without a height rather than drawing over it', () => {
    expect(() => standaloneSvg(spec, { svg: '<svg></svg>', publishers: [], version: '1', dataUrl: 'x' })).toThrow('chart "demo"');
  });
});

describe('wrapText(text, max)', () => {
  it('breaks at spaces and keeps a word longer than the line whole', () => {
    expect(wrapText('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wrapText('https://a.very.long/address', 5)).toEqual(['https://a.very.long/address']);
  });
});

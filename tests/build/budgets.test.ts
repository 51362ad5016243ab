import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, jsBudget } from '../../src/lib/quality/budgets.ts';
import { pageWeight } from '../../scripts/lib/weight.ts';
import { DIST, allPages, requireBuild } from './helpers.ts';

beforeAll(requireBuild);

describe('byte budgets (counted, not timed)', () => {
  it.each(allPages())('%s stays within its HTML + CSS and JavaScript budgets', (path) => {
    const w = pageWeight(DIST, path);
    expect(w.html.gz + w.css.gz, 'HTML + CSS, gzipped').toBeLessThanOrEqual(BUDGETS.htmlCssGz);
    const budget = jsBudget(path);
    expect(w.js.gz, `JavaScript, gzipped (${budget.name}: ${w.js.files.join(', ') || 'none'})`).toBeLessThanOrEqual(budget.bytes);
  });

  it('the explorer loads Arquero and Plot only on demand, within their own budget', () => {
    const w = pageWeight(DIST, '/explore/');
    expect(w.js.files.some((f) => f.includes('explore.'))).toBe(false);
    expect(w.lazy.files.some((f) => f.includes('explore.'))).toBe(true);
    expect(w.lazy.gz, `on demand: ${w.lazy.files.join(', ')}`).toBeLessThanOrEqual(BUDGETS.explorerInteractiveJsGz);
  });

  it('the compare tool and the pair pages load no chart library', () => {
    for (const path of ['/compare/', '/compare/se-dk/']) {
      const w = pageWeight(DIST, path);
      expect(w.js.gz + w.lazy.gz, path).toBeLessThanOrEqual(BUDGETS.contentJsGz);
    }
  });
});

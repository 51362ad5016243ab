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
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { overBudget } from '../../../scripts/lib/weight.ts';

describe('overBudget(dist, pages): the byte budgets the build enforces', () => {
  it('names a page whose HTML outgrows its budget (a runaway 1 MB text, say), and passes a small one', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'atlas-budget-'));
    try {
      writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>ok</title><p>small</p>');
      writeFileSync(path.join(dist, 'big.html'), `<!doctype html><title>big</title><p>${randomBytes(300_000).toString('base64')}</p>`);
      expect(overBudget(dist, ['/'])).toEqual([]);
      const problems = overBudget(dist, ['/', '/big.html']);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^\/big\.html: HTML \+ CSS \d+ B gzipped, over the 102400 B budget$/);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

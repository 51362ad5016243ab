import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError, buildSite } from '../../scripts/lib/site-build.ts';
import { GOOD } from '../fixtures/overlay.ts';

describe('a failed build publishes nothing', () => {
  it('stops at bad data with every problem listed, and leaves the previous site untouched', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'atlas-build-'));
    try {
      const data = path.join(tmp, 'data');
      cpSync(GOOD, data, { recursive: true });
      writeFileSync(path.join(data, 'findings.csv'), readFileSync(path.join(data, 'findings.csv'), 'utf8').replace(',SE,refugees', ',XX,refugees'));
      const out = path.join(tmp, 'site');
      mkdirSync(out);
      writeFileSync(path.join(out, 'index.html'), 'previous good site');
      const logs: string[] = [];
      await expect(buildSite({ outDir: out, dataDir: data, log: (s) => logs.push(s) })).rejects.toThrow(BuildError);
      await expect(buildSite({ outDir: out, dataDir: data, log: () => undefined })).rejects.toThrow('data/findings.csv, line 2, column "countries": found "XX"');
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous good site');
      expect(logs).toEqual([]);
      expect(existsSync(path.join(process.cwd(), `.dist-building-${process.pid}`))).toBe(false);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

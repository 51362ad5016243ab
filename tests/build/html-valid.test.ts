import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, allPages, requireBuild } from './helpers.ts';

requireBuild();
const VNU = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('valid HTML (W3C Nu Html Checker)', () => {
  it('reports 0 errors on every built page', { timeout: 300_000 }, () => {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.error) throw new Error('Java is missing: the Nu Html Checker (vnu-jar) needs it. Install it with `apt-get install -y default-jre-headless` (.ci/run does).');
    // Every page, listed explicitly, so a page the checker skipped cannot pass silently.
    const files = allPages().map((p) => path.join(DIST, p.endsWith('/') ? `${p}index.html` : p));
    const run = spawnSync('java', ['-Xss4m', '-jar', VNU, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw run.error;
    const { messages } = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    const readable = errors.map((m) => `${path.relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 80)}` : ''}`);
    expect(readable).toEqual([]);
    expect(files.length).toBeGreaterThan(80);
  });
});

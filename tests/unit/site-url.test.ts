import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isLocal, parseSiteUrl, SiteUrlError } from '../../src/lib/site-url.ts';
import { siteUrlGuard } from '../../src/integrations/site-url.ts';
import { BuildError, buildSite } from '../../scripts/lib/site-build.ts';
import { DATA_DIR } from '../../src/lib/data/load.ts';

describe('parseSiteUrl(SITE_URL): one setting for the public address', () => {
  it('keeps the origin of a root address', () => {
    expect(parseSiteUrl('https://atlas.example.org')).toBe('https://atlas.example.org');
    expect(parseSiteUrl('https://atlas.example.org/')).toBe('https://atlas.example.org');
    expect(parseSiteUrl('http://localhost:4321')).toBe('http://localhost:4321');
  });
  it.each([
    [undefined, 'SITE_URL is not set'],
    ['', 'SITE_URL is not set'],
    ['atlas.example.org', 'is not an absolute address'],
    ['ftp://atlas.example.org', 'is not an http(s) address'],
    ['https://user:pw@atlas.example.org', 'must not carry a user name or password'],
    ['https://someone.github.io/atlas/', 'must be served from the root of its host'],
    ['https://atlas.example.org/?x=1', 'must be served from the root of its host'],
  ])('refuses %j with a message saying what to do', (value, message) => {
    expect(() => parseSiteUrl(value)).toThrow(SiteUrlError);
    expect(() => parseSiteUrl(value)).toThrow(message);
    expect(() => parseSiteUrl(value)).toThrow('npm start');
  });
  it('knows a local preview address', () => {
    expect(isLocal('http://localhost:4321')).toBe(true);
    expect(isLocal('http://127.0.0.1:8080')).toBe(true);
    expect(isLocal('https://atlas.example.org')).toBe(false);
  });
});

describe('a deployment build without SITE_URL stops before writing anything', () => {
  const saved = process.env.SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  });

  it('astro build (any way it is started) refuses through the siteUrlGuard integration; dev and check do not', () => {
    delete process.env.SITE_URL;
    const setup = siteUrlGuard().hooks['astro:config:setup'] as (options: { command: string }) => void;
    expect(() => setup({ command: 'build' })).toThrow('SITE_URL is not set');
    expect(() => setup({ command: 'dev' })).not.toThrow();
    process.env.SITE_URL = 'https://atlas.example.org';
    expect(() => setup({ command: 'build' })).not.toThrow();
  });

  it('npm run build stops with the message and leaves the previous site alone', async () => {
    delete process.env.SITE_URL;
    const tmp = mkdtempSync(path.join(tmpdir(), 'atlas-site-url-'));
    try {
      const out = path.join(tmp, 'site');
      mkdirSync(out);
      writeFileSync(path.join(out, 'index.html'), 'previous site');
      const data = path.join(tmp, 'data');
      cpSync(DATA_DIR, data, { recursive: true });
      const build = buildSite({ outDir: out, dataDir: data, log: () => undefined });
      await expect(build).rejects.toThrow(BuildError);
      await expect(buildSite({ outDir: out, dataDir: data, log: () => undefined })).rejects.toThrow('SITE_URL is not set');
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous site');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

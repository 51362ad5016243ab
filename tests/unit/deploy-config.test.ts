import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('deployment configuration', () => {
  it('every npm script that runs the astro command turns its telemetry off (the site promises no third parties)', () => {
    const astro = Object.entries(pkg.scripts).filter(([, command]) => /(^|&&\s*|\s)astro\s/.test(command));
    expect(astro.length).toBeGreaterThan(2);
    for (const [name, command] of astro) {
      for (const part of command.split('&&').filter((p) => /(^|\s)astro\s/.test(p))) expect(part, `npm run ${name}`).toContain('ASTRO_TELEMETRY_DISABLED=1');
    }
  });

  it('every script that builds with Astro through its API turns telemetry off first', () => {
    const entries = readdirSync('scripts').filter((f) => f.endsWith('.ts')).map((f) => path.join('scripts', f));
    const building = entries.filter((f) => /buildSite\(|from 'astro'/.test(readFileSync(f, 'utf8')));
    expect(building.length).toBeGreaterThan(0);
    for (const file of building) expect(readFileSync(file, 'utf8'), file).toContain("process.env.ASTRO_TELEMETRY_DISABLED = '1'");
  });

  it('npm start previews under an explicit local address; npm test builds for a public one', () => {
    expect(pkg.scripts.start).toMatch(/^SITE_URL=http:\/\/localhost:4321 npm run build/);
    expect(pkg.scripts.test).toMatch(/SITE_URL=https:\/\/[^ ]+ npm run build/);
    expect(pkg.scripts.build).not.toContain('SITE_URL');
  });

  it('the GitHub Pages workflow builds with the address from the Pages configuration and publishes dist/', () => {
    const workflow = readFileSync('.github/workflows/pages.yml', 'utf8');
    expect(workflow).toContain('uses: actions/configure-pages@');
    expect(workflow).toContain('SITE_URL: ${{ steps.pages.outputs.base_url }}');
    expect(workflow).toMatch(/run: npm run build/);
    expect(workflow).toMatch(/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist/);
  });

  it('.ci/run installs Java from Debian when it is missing (the Nu Html Checker needs it)', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toContain('command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)');
    expect(ci.indexOf('apt-get update')).toBeLessThan(ci.indexOf('apt-get install'));
  });
});

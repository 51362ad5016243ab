import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { arqueroWithoutEval } from './src/integrations/arquero-without-eval.ts';

// Tests compare what they compute with what the build wrote, so they use the address dist/ was built for.
const robots = 'dist/robots.txt';
const builtFor = existsSync(robots) ? /^Sitemap: (\S+)\/sitemap\.xml$/m.exec(readFileSync(robots, 'utf8'))?.[1] : undefined;

export default defineConfig({
  plugins: [arqueroWithoutEval()],
  test: {
    include: ['tests/**/*.test.ts'],
    // Serves dist/ on loopback for the browser tests in tests/e2e/.
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: builtFor ? { SITE_URL: builtFor } : {},
    // Arquero is processed by Vite (not loaded by Node directly), so the plugin above reaches its imports.
    server: { deps: { inline: ['arquero'] } },
  },
});

import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Tests compare what they compute with what the build wrote, so they use the address dist/ was built for.
const robots = 'dist/robots.txt';
const builtFor = existsSync(robots) ? /^Sitemap: (\S+)\/sitemap\.xml$/m.exec(readFileSync(robots, 'utf8'))?.[1] : undefined;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Serves dist/ on loopback for the browser tests in tests/e2e/.
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: builtFor ? { SITE_URL: builtFor } : {},
  },
});

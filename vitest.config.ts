import { defineConfig } from 'vitest/config';
import { arqueroWithoutEval } from './src/integrations/arquero-without-eval.ts';

export default defineConfig({
  plugins: [arqueroWithoutEval()],
  test: {
    include: ['tests/**/*.test.ts'],
    // Serves dist/ on loopback for the browser tests in tests/e2e/.
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Arquero is processed by Vite (not loaded by Node directly), so the plugin above reaches its imports.
    server: { deps: { inline: ['arquero'] } },
  },
});

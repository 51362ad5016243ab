import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { requireBuild } from '../build/helpers.ts';
import { launch } from './browser.ts';

/** Assertions on a page that loads data or code on demand get this long to settle. */
export const poll = { timeout: 10_000 };

/**
 * One Chromium for a test file, launched before its tests and closed after,
 * and the address of the built site the global setup serves.
 */
export function useBrowser(): { base: string; browser: () => Browser } {
  requireBuild();
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    base: inject('baseURL'),
    browser: () => {
      if (!browser) throw new Error('useBrowser(): the browser is not launched yet; call it at the top of a test file.');
      return browser;
    },
  };
}

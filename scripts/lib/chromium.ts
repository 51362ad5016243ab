import { chromium, type Browser, type LaunchOptions, type Request } from 'playwright-core';

/** Debian's Chromium with the flags this machine needs (no downloads, no background network). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chromium lives: $CHROMIUM_PATH, else Debian's /usr/bin/chromium (never a downloaded browser). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch Chromium for the benchmarks, screenshots and browser tests; `args` are added to CHROMIUM_ARGS. */
export function launch({ args = [], ...options }: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...args], ...options });
}

/**
 * Bytes of a response body as transferred (compressed when the server compressed
 * it). Chromium reports 0 for a worker's script, so fall back to Content-Length.
 */
export async function bodyBytes(request: Request): Promise<number> {
  const { responseBodySize } = await request.sizes();
  if (responseBodySize) return responseBodySize;
  return Number((await (await request.response())?.headerValue('content-length')) ?? 0);
}

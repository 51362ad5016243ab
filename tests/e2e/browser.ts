import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
export { launch } from '../../scripts/lib/chromium.ts';

/** What a page did while loading: console errors, failed or off-site requests, CSP violations. */
export interface PageLog {
  consoleErrors: string[];
  offsite: string[];
  failed: string[];
  /** Content-Security-Policy violations the page reported. */
  csp: () => Promise<string[]>;
}

/** Open a page and record console errors and every request that leaves the site's origin. */
export async function open(context: BrowserContext, url: string, { allowStatus }: { allowStatus?: number } = {}): Promise<{ page: Page; log: PageLog }> {
  const page = await context.newPage();
  const origin = new URL(url).origin;
  // Registered through the DevTools protocol, before any page script and outside the page's CSP.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const log: PageLog = {
    consoleErrors: [],
    offsite: [],
    failed: [],
    csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => log.consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) log.offsite.push(u);
  });
  page.on('requestfailed', (r) => log.failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || (response.status() >= 400 && response.status() !== allowStatus)) throw new Error(`${url} answered ${response?.status()}`);
  return { page, log };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core with the WCAG 2.0/2.1/2.2 A and AA rules; returns violations as readable lines. */
export async function axe(page: Page): Promise<string[]> {
  // evaluate() runs through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

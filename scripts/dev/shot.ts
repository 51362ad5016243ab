/**
 * Screenshot a page, or one element of it, in Debian's Chromium, with or without JavaScript.
 *   node scripts/dev/shot.ts URL OUT.png [--width=375] [--selector=CSS] [--no-js] [--dark] [--full]
 */
import { launch } from '../lib/chromium.ts';

const [url, out] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}`))?.split('=')[1];
if (!url || !out) {
  console.error('usage: node scripts/dev/shot.ts URL OUT.png [--width=375] [--selector=CSS] [--no-js] [--dark] [--full]');
  process.exit(2);
}
const browser = await launch();
const context = await browser.newContext({
  viewport: { width: Number(flag('width') ?? 1280), height: 900 },
  javaScriptEnabled: !process.argv.includes('--no-js'),
  colorScheme: process.argv.includes('--dark') ? 'dark' : 'light',
});
const page = await context.newPage();
await page.goto(url, { waitUntil: 'networkidle' });
const selector = flag('selector');
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
console.log(out);

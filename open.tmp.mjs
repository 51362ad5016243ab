import { chromium } from 'playwright-core';
const [url, out, width = '1280', js = 'on'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, javaScriptEnabled: js === 'on' });
await p.goto(url);
await p.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
await p.screenshot({ path: out, fullPage: true });
await b.close();

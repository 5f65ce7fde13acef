// Times the analyst portal in the system's Chromium: how long after navigation the claims page (a page of claims
// with their chains) is rendered and usable, and how long a claim's page takes from the list. The portal marks
// 'corroborate:rendered' (Performance API) once a page's content is in place.
//
//   node measure.mjs PORTAL_URL USERNAME PASSWORD RUNS
import { chromium } from 'playwright-core';

const [portal, username, password, runs = '20'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(portal);
await page.click('text=Sign in');
await page.fill('#username', username);
await page.fill('#password', password);
await page.click('#kc-login');
await page.waitForSelector('table.claims');

const rendered = () => page.evaluate(() => performance.getEntriesByName('corroborate:rendered').length);
const load = [];
const toClaim = [];
let rows = 0;
for (let run = 0; run < Number(runs); run++) {
  // A full load of the list: the document, its modules, the settings, the login server's discovery, the API.
  await page.goto(`${portal}#/claims`, { waitUntil: 'commit' });
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('corroborate:rendered').length > 0 && document.querySelector('table.claims'));
  load.push(await page.evaluate(() => performance.getEntriesByName('corroborate:rendered')[0].startTime));
  rows = await page.evaluate(() => document.querySelectorAll('table.claims tbody tr').length);
  // From the list to a claim's page within the portal.
  const before = await rendered();
  const started = await page.evaluate(() => { const t = performance.now(); document.querySelector('table.claims tbody a').click(); return t; });
  await page.waitForFunction((count) => performance.getEntriesByName('corroborate:rendered').length > count && document.querySelector('.chain'), before);
  toClaim.push(await page.evaluate((t) => performance.getEntriesByName('corroborate:rendered').at(-1).startTime - t, started));
}
await browser.close();

const quantile = (values, q) => { const sorted = [...values].sort((a, b) => a - b); return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]; };
const line = (name, values) => console.log(`${name.padEnd(44)} p50 ${quantile(values, 0.5).toFixed(0).padStart(5)} ms   p95 ${quantile(values, 0.95).toFixed(0).padStart(5)} ms   max ${Math.max(...values).toFixed(0).padStart(5)} ms`);
console.log(`${runs} runs, ${rows} claims on the list's first page`);
line('claims page rendered, from navigation', load);
line('claim page rendered, from a click in the list', toClaim);

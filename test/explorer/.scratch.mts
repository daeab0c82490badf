import { chromium } from 'playwright-core';
const ctx = await chromium.launchPersistentContext('/tmp/explorer-scratch/profile-' + Date.now(), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
  viewport: { width: 1600, height: 1000 },
});
const page = ctx.pages()[0];
page.on('pageerror', (e) => console.log('pageerror:', e.message));
const target = process.argv[2] ?? '/';
await page.goto((process.env.BASE ?? 'http://127.0.0.1:4791') + target);
await page.waitForTimeout(Number(process.argv[4] ?? 5000));
await page.screenshot({ path: process.argv[3] ?? '/tmp/explorer-scratch/shot.png' });
await ctx.close();

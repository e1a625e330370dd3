import { launchBrowser, PHONE } from './tests/support/browser.ts';
import { serveStatic } from './tests/support/serve.ts';
const server = await serveStatic(process.cwd() + '/dist');
const browser = await launchBrowser();
const pages = process.argv.slice(2);
for (const [i, p] of pages.entries()) {
  const page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 1 });
  await page.goto(server.url + p.replace(/^\//, ''), { waitUntil: 'networkidle' });
  const y = Number(process.env.Y ?? 0);
  if (y) await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.screenshot({ path: `/tmp/s${i}.png` });
  await page.close();
}
await browser.close(); await server.close();

import { launchBrowser } from './tests/support/browser.ts';
import { serveStatic } from './tests/support/serve-static.ts';
const dir = process.argv[2]!;
const server = await serveStatic(dir);
const browser = await launchBrowser();
for (const [name, vp] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
  for (const url of ['', 'inquiring-lines/2/']) {
    const page = await browser.newPage({ viewport: vp });
    await page.goto(server.url + url);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/indexpages-${name}-${url.replace(/\W/g, '') || 'home'}.png`, fullPage: name === 'desktop' ? false : false });
    await page.close();
  }
}
await browser.close();
await server.close();

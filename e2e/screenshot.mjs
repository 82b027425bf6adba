// Looks at pages as a person would: full-page screenshots at 320 px and 1280 px.
// Usage: node screenshot.mjs BASE_URL OUT_DIR [lang] path...
import { chromium } from '@playwright/test';

const [base, out, lang = 'es', ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
for (const width of [320, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width === 320 ? 640 : 800 } });
  await page.addInitScript((code) => localStorage.setItem('ventanilla.lang', code), lang);
  for (const path of paths.length ? paths : ['/']) {
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    const name = `${out}/${lang}${path.replace(/[^a-z0-9]+/gi, '_')}-${width}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
  }
  await page.close();
}
await browser.close();

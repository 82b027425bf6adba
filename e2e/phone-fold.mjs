// Where a phone's first screen ends, page by page: a 360×740 screenshot and the
// top of what the citizen came for. Usage: node phone-fold.mjs BASE_URL OUT_DIR
import { chromium } from '@playwright/test';

const [base, out] = process.argv.slice(2);
const pages = {
  sheet: ['/tramites/cambio-de-clinica-imss', 'main h1', 'main a[href^="/solicitud/"]'],
  step1: ['/solicitud/imss-cambio-de-clinica/paso/1', 'main input, main select, main textarea', 'main button[type=submit]'],
  catalogue: ['/tramites', 'main h1', 'main section li'],
  home: ['/', 'main h1', 'main input'],
};
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
for (const [name, [path, ...selectors]] of Object.entries(pages)) {
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  const tops = [];
  for (const s of selectors) {
    const box = await page.locator(s).first().boundingBox().catch(() => null);
    tops.push(`${s}: ${box ? Math.round(box.y) : 'none'}`);
  }
  await page.screenshot({ path: `${out}/${name}-360.png` });
  console.log(name, tops.join(' | '));
}
await browser.close();

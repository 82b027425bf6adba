// WCAG 1.4.4 and 1.4.10: text at 200 % on a small phone still fits the
// screen, on every page the server renders, hydrated, in both languages.
// The site's sizes are all in rem, so doubling the root's size is what a
// browser's text-size setting does.
import { test, expect, expectNoHorizontalScroll, Lang } from '../support/fixtures';
import { PAGES } from '../support/routes';

for (const lang of ['es', 'en'] as Lang[]) {
  for (const width of [360, 320]) {
    test.describe(`text at 200 %, ${lang} at ${width} px`, () => {
      test.use({ lang, viewport: { width, height: 740 } });

      for (const route of PAGES) {
        test(`${route.path} does not scroll sideways`, async ({ page }) => {
          await page.goto(route.path);
          await expect(page.locator('main').locator(route.ready).first()).toBeVisible();
          // Through the CSSOM, which the page's style policy allows.
          await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
          const body = await page.evaluate(() => getComputedStyle(document.body).fontSize);
          expect(body).toBe('32px');
          await expectNoHorizontalScroll(page);
        });
      }
    });
  }
}

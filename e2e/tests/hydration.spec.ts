// A direct load of every server-rendered page, in both languages, comes to
// life without a console error, warning or panic, and its first link click
// is a client-side navigation, not a new document.
import { test, expect, Lang } from '../support/fixtures';
import { PAGES } from '../support/routes';

for (const lang of ['es', 'en'] as Lang[]) {
  test.describe(`hydration, ${lang}`, () => {
    test.use({ lang });

    for (const route of PAGES) {
      test(`${route.path} hydrates cleanly and then routes in the page`, async ({ page }) => {
        const problems: string[] = [];
        page.on('console', (m) => {
          // The browser's own network lines (a not-found page is a 404 document) are not the app's.
          if (m.text().startsWith('Failed to load resource')) return;
          if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
        await page.goto(route.path);
        await expect(page.locator('main').locator(route.ready).first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
        // The footer's links are on every page (a procedure under way has no sections in its header).
        const next = route.path.startsWith('/oficinas') ? '/seguimiento' : '/oficinas';
        await page.locator(`footer a[href="${next}"]`).click();
        await expect(page).toHaveURL(new RegExp(`${next}$`));
        await expect(page.locator('main h1')).toBeFocused();
        expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
        expect(problems).toEqual([]);
      });
    }
  });
}

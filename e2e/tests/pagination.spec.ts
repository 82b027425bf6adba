import { test, expect, expectFocusAndAnnouncement } from '../support/fixtures';
import { tabTo } from '../support/procedure';

// A new page of results keeps the keyboard user in the results and says
// which page it is: the count alone does not change, and the link pressed is gone.
for (const { path, heading } of [
  { path: '/tramites', heading: 'h2#resultados' },
  { path: '/oficinas', heading: 'h2#centros' },
]) {
  test(`${path}: Next moves the focus to the results and says which page`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(heading)).toBeVisible();
    await tabTo(page, 'nav a[rel="next"]', 400);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/pagina=2/);
    await expectFocusAndAnnouncement(page, heading, 'Página 2 de');
    // The next Tab goes on from the results, not from the top of the page.
    await page.keyboard.press('Tab');
    const inResults = await page.evaluate(
      (selector) => document.querySelector(selector)!.compareDocumentPosition(document.activeElement!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
      heading,
    );
    expect(inResults).toBeTruthy();
  });
}

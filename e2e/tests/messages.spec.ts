import { test, expect } from '../support/fixtures';

// The messages of the online procedures are not built into the app: they
// come with the pages that use them, in the page's language.

test('a page of the online procedures speaks both languages, and switching fetches the other first', async ({ page }) => {
  await page.goto('/seguimiento');
  await expect(page.locator('h1')).toHaveText('Sigue tu solicitud');
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/locales/')) fetched.push(new URL(request.url()).pathname);
  });
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('Track an application');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(fetched).toContain('/locales/en/tracking.ftl');
  await page.getByRole('button', { name: 'See how it is going' }).click();
  await expect(page.locator('[data-error-summary]')).toContainText("Enter your application's folio");
});

test('when the messages cannot be fetched the page says so, and its retry works', async ({ page }) => {
  // A page the server renders brings its messages: the failure comes on the next page.
  await page.goto('/');
  await page.route('**/locales/**', (route) => route.abort('internetdisconnected'));
  await page.locator('footer a[href="/seguimiento"]').click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('No pudimos cargar esta página');
  await expect(alert).toContainText('No pudimos conectarnos');
  await page.unroute('**/locales/**');
  await alert.getByRole('button', { name: 'Intentar de nuevo' }).click();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('when the other language cannot be fetched, switching asks the server for the page in it', async ({ page }) => {
  await page.goto('/seguimiento');
  await page.route('**/locales/en/**', (route) => route.abort('internetdisconnected'));
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('Track an application');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

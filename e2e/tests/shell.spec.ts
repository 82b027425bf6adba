import { test, expect } from '../support/fixtures';

test('the first Tab lands on the skip link, which moves focus to main', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Saltar al contenido principal' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab');
  const insideMain = await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement));
  const pastMain = await page.evaluate(() => document.querySelector('footer')!.contains(document.activeElement));
  expect(insideMain || pastMain).toBe(true);
});

test('switching language changes the text and <html lang>, and survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Trámites y servicios del gobierno');
  await expect(page.getByRole('heading', { name: 'Salud' })).toBeVisible();
  await expect(page).toHaveTitle('Inicio · Ventanilla');

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('Government procedures and services');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  // The catalogue itself is fetched again in the new language.
  await expect(page.getByRole('heading', { name: 'Health' })).toBeVisible();
  await expect(page).toHaveTitle('Home · Ventanilla');

  await page.reload();
  await expect(page.locator('h1')).toHaveText('Government procedures and services');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-MX');
  await expect(page.getByRole('heading', { name: 'Salud' })).toBeVisible();
});

test('after a client-side navigation the title is announced and focus is on the h1', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  const link = page.getByRole('link', { name: 'Declaración de accesibilidad' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/accesibilidad$/);
  await expect(page).toHaveTitle('Declaración de accesibilidad · Ventanilla');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.locator('body > [aria-live="polite"]')).toHaveText(
    'Página cargada: Declaración de accesibilidad · Ventanilla',
  );
  // Back goes back, and is announced too.
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Trámites y servicios del gobierno');
  await expect(page.locator('body > [aria-live="polite"]')).toHaveText('Página cargada: Inicio · Ventanilla');
});

test('an unknown address shows a not-found page with a way home', async ({ page }) => {
  await page.goto('/tramites-que-no-existen/123');
  await expect(page.locator('h1')).toHaveText('No encontramos esta página');
  await expect(page).toHaveTitle('Página no encontrada · Ventanilla');
  await page.getByRole('link', { name: 'Ir a la página de inicio' }).click();
  await expect(page.locator('h1')).toHaveText('Trámites y servicios del gobierno');
});

test('when the API fails the user sees why and a retry that works', async ({ page }) => {
  let failing = true;
  // The server renders with its data: the browser meets the failure on its next page.
  await page.goto('/accesibilidad');
  await page.route('**/api/v1/categories**', (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
  await page.locator('header a[href="/"]').click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('No pudimos cargar los temas');
  await expect(alert).toContainText('Revisa tu conexión');

  failing = false;
  await alert.getByRole('button', { name: 'Intentar de nuevo' }).click();
  await expect(page.getByRole('heading', { name: 'Salud' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a server error is explained too', async ({ page }) => {
  await page.goto('/accesibilidad');
  await page.route('**/api/v1/categories**', (route) =>
    route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"type":"about:blank","title":"Unavailable","status":503,"code":"unavailable"}' }),
  );
  await page.locator('header a[href="/"]').click();
  await expect(page.getByRole('alert')).toContainText('El servicio no responde en este momento');
});

test('the footer offers the other channels', async ({ page }) => {
  await page.goto('/');
  const footer = page.locator('footer');
  await expect(footer.getByRole('link', { name: '800 010 2030' })).toHaveAttribute('href', 'tel:8000102030');
  await expect(footer.getByRole('link', { name: 'Buscar un Centro de Atención' })).toHaveAttribute('href', '/oficinas');
  await expect(footer.getByRole('link', { name: 'Dar seguimiento a un trámite' })).toBeVisible();
  await expect(footer).toContainText('datos de ejemplo');
});

test('the page carries a strict Content-Security-Policy and the app still runs', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  const response = await page.goto('/');
  const csp = response!.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'nonce-");
  expect(csp).not.toContain('unsafe-inline');
  await expect(page.getByRole('heading', { name: 'Salud' })).toBeVisible();
  expect(violations).toEqual([]);
});

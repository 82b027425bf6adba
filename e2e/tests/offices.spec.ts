import { test, expect } from '../support/fixtures';

// An office's page has what a visit needs: every day's hours and a map.
test('a listed office links to its page, with the week and a map', async ({ page }) => {
  await page.goto('/oficinas?estado=AS');
  await page.getByRole('link', { name: 'Delegación de la SRE en Aguascalientes' }).click();
  await expect(page).toHaveURL(/\/oficinas\/sre-ags-aguascalientes$/);
  await expect(page.locator('h1')).toHaveText('Delegación de la SRE en Aguascalientes');
  const week = page.locator('main dl');
  await expect(week.locator('dt')).toHaveText(['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo']);
  await expect(week.locator('dd')).toHaveText([
    ...Array(5).fill('de 08:00 a 15:00'), 'de 09:00 a 13:00', 'Cerrado',
  ]);
  const map = page.getByRole('link', { name: /Ver en el mapa/ });
  await expect(map).toHaveAttribute('href', 'https://www.openstreetmap.org/?mlat=21.8795&mlon=-102.2897#map=18/21.8795/-102.2897');
});

// Offices filtered by a service say so, and offer them all.
test('the offices of one service say which, and the filter can be removed', async ({ page }) => {
  await page.goto('/oficinas?tramite=renovacion-de-pasaporte&estado=JC');
  await expect(page.locator('main')).toContainText('Solo los centros donde se hace «Renovar tu pasaporte»');
  await page.getByRole('link', { name: 'Ver los centros de todos los trámites' }).click();
  await expect(page).toHaveURL(/\/oficinas\?estado=JC$/);
  await expect(page.locator('main')).not.toContainText('Solo los centros donde se hace');
});

// A sheet asks where the reader is rather than listing the first offices of the country.
test('a sheet asks for the state, and shows the service’s offices there', async ({ page }) => {
  await page.goto('/tramites/renovacion-de-pasaporte');
  await page.getByLabel('¿En qué estado quieres hacerlo?').selectOption({ label: 'Jalisco' });
  await page.getByRole('button', { name: 'Buscar centros' }).click();
  await expect(page).toHaveURL(/\/oficinas\?tramite=renovacion-de-pasaporte&estado=JC$/);
  await expect(page.locator('main')).toContainText('Solo los centros donde se hace «Renovar tu pasaporte»');
  for (const card of await page.locator('main article').all()) await expect(card).toContainText('Jalisco');
});

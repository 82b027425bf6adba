import { test, expect } from '../support/fixtures';

// The page's announcer, a child of body (the search box has a region of its own).
const liveRegion = (page) => page.locator('body > [aria-live="polite"]');

test('keyboard only: search, pick a suggestion with the arrows, land on the sheet, jump to its requirements', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  const box = page.getByRole('combobox', { name: '¿Qué trámite buscas?' });
  // Tab from the top of the page until the search box has focus.
  for (let i = 0; i < 15 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(box).toBeFocused();
  await page.keyboard.type('pasap');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const first = page.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  const title = (await first.locator('span').first().textContent())!.trim();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tramites\/[a-z0-9-]+$/);
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('h1')).toBeFocused();

  // The sheet's contents list takes keyboard users to the requirements.
  const contents = page.getByRole('navigation', { name: 'En esta página' });
  await contents.getByRole('link', { name: 'Requisitos' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('h2#requisitos')).toBeFocused();
});

test('results follow the typing, live in the URL, and their count is announced', async ({ page }) => {
  await page.goto('/buscar');
  const box = page.getByRole('combobox', { name: '¿Qué trámite buscas?' });
  await box.fill('acta de nacimento');
  await expect(page).toHaveURL(/\/buscar\?q=acta%20de%20nacimento$/);
  await expect(page.locator('main').getByRole('heading', { level: 2 })).toContainText('resultado');
  await expect(liveRegion(page)).toContainText('para «acta de nacimento»');
  await box.fill('curp');
  await expect(page).toHaveURL(/q=curp$/);
  await expect(page.getByRole('link', { name: /CURP/ }).first()).toBeVisible();
  // Back goes to the previous query… no: typing replaces history, so back leaves the search.
  await box.fill('zzqqxxww');
  await expect(page.getByText('Prueba con:')).toBeVisible();
  await expect(liveRegion(page)).toContainText('No encontramos resultados');
});

test('keyboard only: filter the catalogue and page through it', async ({ page }) => {
  await page.goto('/tramites');
  await expect(page.locator('main').getByRole('heading', { level: 2, name: /\d+ trámites$/ })).toBeVisible();
  const topic = page.getByLabel('Tema');
  await topic.focus();
  await expect(topic.locator('option', { hasText: 'Salud' })).toHaveCount(1);
  await topic.selectOption({ label: 'Salud' });
  await page.getByRole('button', { name: 'Aplicar filtros' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/categoria=salud/);
  const count = page.locator('main').getByRole('heading', { level: 2, name: /\d+ trámites?$/ });
  await expect(count).toBeVisible();
  await expect(liveRegion(page)).toHaveText(/^\d+ trámites?$/);

  // Pages of the whole catalogue.
  await page.goto('/tramites');
  const next = page.getByRole('navigation', { name: 'Páginas de resultados' }).getByRole('link', { name: /Siguiente/ });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/pagina=2/);
  await expect(page.getByRole('navigation', { name: 'Páginas de resultados' }).locator('[aria-current="page"]')).toHaveText('2');
  await page.goBack();
  await expect(page).toHaveURL(/\/tramites$/);
});

test('keyboard only: find the offices of a state that are open now', async ({ page }) => {
  // Monday 11:00 in Mexico City: most offices are open.
  await page.clock.setFixedTime(new Date('2026-11-30T17:00:00Z'));
  await page.goto('/oficinas');
  await expect(page.locator('article h3').first()).toBeVisible();
  await page.getByLabel('Estado').selectOption({ label: 'Jalisco' });
  await page.getByLabel('Solo los que están abiertos ahora').focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Buscar centros' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/estado=JC/);
  await expect(page).toHaveURL(/abiertas=1/);
  // The previous list stays on screen while the filtered one loads: wait
  // (retrying) until no card is of another state or closed, then count.
  const cards = page.locator('article');
  await expect(cards.first()).toBeVisible();
  await expect(cards.filter({ hasNotText: 'Jalisco' })).toHaveCount(0);
  await expect(cards.filter({ hasNotText: 'Abierto ahora' })).toHaveCount(0);
  expect(await cards.count()).toBeGreaterThan(0);
  await expect(liveRegion(page)).toHaveText(/centros? de atención/);
});

test('near me asks for the location only when pressed, and works when refused', async ({ page, context }) => {
  await page.goto('/oficinas');
  await expect(page.locator('article h3').first()).toBeVisible();
  // Refused (no permission granted): the page says so and still lists offices.
  await page.getByRole('button', { name: 'Buscar cerca de mí' }).click();
  await expect(page.getByRole('alert')).toContainText('No pudimos saber tu ubicación');
  await expect(page.locator('article h3').first()).toBeVisible();
  // Allowed: nearest first, with distances.
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 20.6767, longitude: -103.3475 });
  await page.getByRole('button', { name: 'Buscar cerca de mí' }).click();
  await expect(page).toHaveURL(/cerca=20\.6767,-103\.3475/);
  await expect(page.locator('article').first()).toContainText('km de ti');
});

test('near me keeps the service and the state chosen, nearest first', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 20.6767, longitude: -103.3475 });
  await page.goto('/oficinas?tramite=renovacion-de-pasaporte&estado=JC');
  await expect(page.locator('article h3').first()).toBeVisible();
  await page.getByRole('button', { name: 'Buscar cerca de mí' }).click();
  await expect(page).toHaveURL(/cerca=20\.6767,-103\.3475/);
  await expect(page).toHaveURL(/tramite=renovacion-de-pasaporte/);
  await expect(page).toHaveURL(/estado=JC/);
  await expect(page.locator('article').first()).toContainText('km de ti');
  await expect(page.locator('article').first()).toContainText('Jalisco');
});

test('an unknown service is a proper not-found page', async ({ page }) => {
  await page.goto('/tramites/tramite-que-no-existe');
  await expect(page.locator('h1')).toHaveText('No encontramos esta página');
  await expect(page).toHaveTitle('Página no encontrada · Ventanilla');
});

test('a sheet opened before opens instantly, without asking the API again', async ({ page }) => {
  await page.goto('/tramites/consulta-curp');
  await expect(page.locator('h2#requisitos')).toBeVisible();
  await page.getByRole('link', { name: 'Trámites', exact: true }).first().click();
  await expect(page.locator('h1')).toHaveText('Trámites y servicios');
  const requests: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/v1/services/consulta-curp')) requests.push(r.url()); });
  await page.goBack();
  await expect(page.locator('h2#requisitos')).toBeVisible();
  expect(requests).toEqual([]);
});

test('the sheet prints cleanly: no navigation, no search, no footer', async ({ page }) => {
  await page.goto('/tramites/consulta-curp');
  await expect(page.locator('h2#requisitos')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('footer')).toBeHidden();
  for (const nav of await page.locator('header nav').all()) await expect(nav).toBeHidden();
  await expect(page.locator('header form')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('h2#requisitos')).toBeVisible();
});

test('every Public Attention Center can be reached: the list is paginated', async ({ page }) => {
  await page.goto('/oficinas');
  const count = page.locator('main').getByRole('heading', { level: 2, name: /centros de atención$/ });
  await expect(count).toBeVisible();
  const total = Number((await count.textContent())!.match(/\d+/)![0]);
  expect(await page.locator('article').count()).toBeLessThan(total);
  await page.getByRole('navigation', { name: 'Páginas de resultados' }).getByRole('link', { name: /Siguiente/ }).click();
  await expect(page).toHaveURL(/pagina=2/);
  await expect(page.locator('article').first()).toBeVisible();
});

// A link whose filter names nothing, or whose page is past the last, is
// explained, with a way on; trying again could never help.
test('a link to a filter that does not exist says so and offers the whole list', async ({ page }) => {
  for (const [path, label, clear] of [
    ['/tramites?categoria=magia', 'Tema', '/tramites'],
    ['/oficinas?estado=ZZ', 'Estado', '/oficinas'],
  ]) {
    await page.goto(path);
    const alert = page.locator('main').getByText('Este enlace no lleva a ningún resultado');
    await expect(alert).toBeVisible();
    await expect(page.locator('main')).toContainText(`No tenemos ese valor de «${label}»`);
    await expect(page.getByRole('link', { name: 'Quitar todos los filtros' }).last()).toHaveAttribute('href', clear);
    await expect(page.getByRole('button', { name: 'Intentar de nuevo' })).toHaveCount(0);
  }
});

test('a page past the last says how many there are and links to the first', async ({ page }) => {
  await page.goto('/tramites?pagina=99');
  await expect(page.locator('main')).toContainText(/No hay página 99: los resultados tienen \d+ páginas/);
  await expect(page.locator('main')).not.toContainText('Prueba a quitar algún filtro');
  await expect(page.getByRole('navigation', { name: 'Páginas de resultados' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Ir a la primera página' }).click();
  await expect(page).toHaveURL(/\/tramites$/);
});

// Results that are not quite for what was typed say so.
test('a corrected misspelling says what was searched, and results with only some words say that', async ({ page }) => {
  await page.goto('/buscar?q=pasaprote');
  await expect(page.locator('main')).toContainText('Mostrando resultados de «pasaporte».');
  await page.goto('/buscar?q=acta%20de%20defunci%C3%B3n');
  await expect(page.locator('main')).toContainText('Ningún resultado tiene todas tus palabras: estos tienen algunas.');
  await page.goto('/buscar?q=pasaporte');
  await expect(page.locator('main h2').first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Mostrando resultados de');
});

test('a sheet says its cost, time and validity once, in one way of writing pesos, and marks an appointment to book', async ({ page }) => {
  await page.goto('/tramites/renovacion-de-pasaporte');
  const main = page.locator('main');
  for (const said of ['Pasaporte de 3 años:', 'Generalmente el mismo día; hasta 10 días hábiles', '3, 6 o 10 años, según lo que elijas']) {
    await expect(main.getByText(said)).toHaveCount(1);
  }
  await expect(main).not.toContainText(/MXN \d/);
  const appointment = main.locator('li').filter({ has: page.locator('strong', { hasText: /^Cita$/ }) });
  await expect(appointment).toContainText('Se agenda antes');
  await expect(appointment).not.toContainText('Dato');
});

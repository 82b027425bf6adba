// With JavaScript off, blocked or failing, every page still arrives as HTML:
// a citizen can search, filter, page through results, open a sheet, find an
// office open now, read the accessibility statement and change language.
import { test, expect, expectNoAxeViolations, expectNoHorizontalScroll, VIEWPORTS, Lang } from '../support/fixtures';
import { PAGES } from '../support/routes';


const WORDS = {
  es: { search: 'Buscar', apply: 'Aplicar filtros', next: 'Siguiente', topic: 'Tema', offices: 'Buscar centros', open: 'Solo los que están abiertos ahora', other: 'English' },
  en: { search: 'Search', apply: 'Apply filters', next: 'Next', topic: 'Topic', offices: 'Find centers', open: 'Only those open now', other: 'Español' },
};

for (const lang of ['es', 'en'] as Lang[]) {
  const words = WORDS[lang];

  for (const viewport of VIEWPORTS) {
    // axe runs in the page, so here the browser runs script but the app's
    // own is blocked, as a proxy or a dropped chunk would; the journeys
    // below run with JavaScript disabled.
    test.describe(`the app's JavaScript blocked, ${lang} at ${viewport.name}`, () => {
      test.use({ lang, awaitHydration: false, viewport: { width: viewport.width, height: viewport.height } });

      for (const route of PAGES) {
        test(`${route.path} arrives whole, with no WCAG 2.2 A/AA violations`, async ({ page }) => {
          await page.route(/\.(js|wasm)$/, (request) => request.abort());
          await page.goto(route.path, { waitUntil: 'load' });
          await expect(page.locator('main').locator(route.ready).first()).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('lang', lang === 'es' ? 'es-MX' : 'en');
          await expect(page.locator('main h1').first()).toBeVisible();
          await expect(page).toHaveTitle(/Ventanilla$/);
          await expectNoAxeViolations(page);
          await expectNoHorizontalScroll(page);
        });
      }
    });
  }

  test.describe(`without JavaScript, ${lang}`, () => {
    test.use({ lang, javaScriptEnabled: false });

    test('searching from the home page shows the results', async ({ page }) => {
      await page.goto('/');
      await page.locator('main input[name=q]').fill('pasaporte');
      await page.getByRole('button', { name: words.search, exact: true }).first().click();
      await expect(page).toHaveURL(/\/buscar\?q=pasaporte/);
      await expect(page.locator('main section li a').first()).toBeVisible();
      await expect(page.locator('main input[name=q]')).toHaveValue('pasaporte');
    });

    test('the catalogue filters with its button and pages with links', async ({ page }) => {
      await page.goto('/tramites');
      const total = await page.locator('#resultados').textContent();
      await page.getByLabel(words.topic).selectOption('salud');
      await page.getByRole('button', { name: words.apply }).click();
      await expect(page).toHaveURL(/categoria=salud/);
      await expect(page.locator('#resultados')).not.toHaveText(total!);
      await expect(page.getByLabel(words.topic)).toHaveValue('salud');

      await page.goto('/tramites');
      const first = await page.locator('main ul li h3 a').first().textContent();
      await page.getByRole('link', { name: words.next }).click();
      await expect(page).toHaveURL(/pagina=2/);
      await expect(page.locator('main ul li h3 a').first()).not.toHaveText(first!);
    });

    test('a sheet opens from the catalogue with its requirements', async ({ page }) => {
      await page.goto('/tramites?q=curp');
      await page.locator('main ul li h3 a', { hasText: 'CURP' }).first().click();
      await expect(page).toHaveURL(/\/tramites\/consulta-curp/);
      await expect(page.locator('h2#requisitos')).toBeVisible();
      await expect(page.locator('h2#requisitos + *')).not.toBeEmpty();
    });

    test('the offices of a state, open now, are found with the form', async ({ page }) => {
      await page.goto('/oficinas');
      await page.locator('#estado').selectOption('JC');
      await page.getByLabel(words.open).check();
      await page.getByRole('button', { name: words.offices }).click();
      await expect(page).toHaveURL(/estado=JC/);
      await expect(page).toHaveURL(/abiertas=1/);
      await expect(page.locator('#centros')).toBeVisible();
      await expect(page.locator('#estado')).toHaveValue('JC');
      await expect(page.getByLabel(words.open)).toBeChecked();
      // Finding the position needs script: not offered without it.
      await expect(page.locator('main button[type=button]')).toHaveCount(0);
    });

    test('the accessibility statement is read from the footer', async ({ page }) => {
      await page.goto('/');
      await page.locator('footer a[href="/accesibilidad"]').click();
      await expect(page).toHaveURL(/\/accesibilidad$/);
      await expect(page.locator('main h2').first()).toBeVisible();
    });

    test('the language link changes the page, and the choice stays', async ({ page }) => {
      await page.goto('/tramites/consulta-curp');
      await page.getByRole('link', { name: words.other }).click();
      const other = lang === 'es' ? 'en' : 'es-MX';
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page).toHaveURL(/\/tramites\/consulta-curp\?lang=/);
      await page.goto('/tramites');
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });

    test('an online procedure says it needs JavaScript, and how else to do it', async ({ page }) => {
      await page.goto('/solicitud/imss-cambio-de-clinica');
      await expect(page.locator('main .noscript')).toContainText('800 010 2030');
    });
  });
}

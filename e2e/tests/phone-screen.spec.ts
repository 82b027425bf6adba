// A phone's first screen (360 × 740) is for what the citizen came for: the
// header is one bar and the sections, the search box gives way to a link,
// a procedure under way has no way off but the language, and the
// catalogue's filters wait behind one control so that results come first.
import { test, expect, Lang } from '../support/fixtures';

const TEXT = {
  es: { nav: 'Secciones principales', online: 'Hacer el trámite en línea', filters: 'Filtrar trámites', search: 'Buscar', topic: 'Tema', box: '¿Qué trámite buscas?', tracking: 'Sigue tu solicitud' },
  en: { nav: 'Main sections', online: 'Do it online', filters: 'Filter procedures', search: 'Search', topic: 'Topic', box: 'What procedure are you looking for?', tracking: 'Track an application' },
};
const SCREEN = { width: 360, height: 740 };

/** How far down the page the element's bottom edge is. */
async function bottom(locator) {
  const box = (await locator.boundingBox())!;
  return box.y + box.height;
}

for (const lang of ['es', 'en'] as Lang[]) {
  const t = TEXT[lang];
  test.describe(`${lang} on a phone`, () => {
    test.use({ lang, viewport: SCREEN });

    test('a sheet shows its name and its online button on the first screen', async ({ page }) => {
      await page.goto('/tramites/cambio-de-clinica-imss');
      const online = page.getByRole('link', { name: t.online });
      expect(await bottom(page.locator('main h1'))).toBeLessThan(SCREEN.height / 2);
      expect(await bottom(online)).toBeLessThanOrEqual(SCREEN.height);
      // The search box gives way to a link to the search page.
      await expect(page.getByRole('combobox', { name: t.box })).toBeHidden();
      const nav = page.getByRole('navigation', { name: t.nav });
      await nav.getByRole('link', { name: t.search }).click();
      await expect(page).toHaveURL(/\/buscar$/);
      await expect(page.getByRole('combobox', { name: t.box })).toBeVisible();
    });

    test('the sections include tracking and the CURP', async ({ page }) => {
      await page.goto('/tramites');
      const nav = page.getByRole('navigation', { name: t.nav });
      await expect(nav.getByRole('link', { name: t.tracking })).toHaveAttribute('href', '/seguimiento');
      await expect(nav.getByRole('link', { name: 'CURP' })).toHaveAttribute('href', '/curp');
      expect(await bottom(page.locator('header'))).toBeLessThan(220);
    });

    test('a procedure under way asks its first question on the first screen, with no way off but the language', async ({ page }) => {
      await page.goto('/solicitud/imss-cambio-de-clinica/paso/1');
      expect(await bottom(page.locator('main input').first())).toBeLessThanOrEqual(SCREEN.height);
      await expect(page.getByRole('navigation', { name: t.nav })).toHaveCount(0);
      await expect(page.getByRole('combobox', { name: t.box })).toHaveCount(0);
      await expect(page.locator('header').getByRole('link', { name: lang === 'es' ? 'English' : 'Español' })).toBeVisible();
    });

    test('the catalogue lists results first; keyboard opens the filters behind one control', async ({ page }) => {
      await page.goto('/tramites');
      const first = page.locator('main section li').first();
      expect((await first.boundingBox())!.y).toBeLessThan(SCREEN.height);
      const topic = page.getByLabel(t.topic);
      await expect(topic).toBeHidden();
      const control = page.locator('main summary', { hasText: t.filters });
      await control.focus();
      await page.keyboard.press('Enter');
      await expect(topic).toBeVisible();
      await topic.focus();
      await expect(topic).toBeFocused();
    });
  });

  test.describe(`${lang} on a desktop`, () => {
    test.use({ lang, viewport: { width: 1280, height: 800 } });

    test('the filters are open beside the results and the header has the search box', async ({ page }) => {
      await page.goto('/tramites');
      await expect(page.getByLabel(t.topic)).toBeVisible();
      await expect(page.getByRole('combobox', { name: t.box })).toBeVisible();
      await expect(page.getByRole('navigation', { name: t.nav }).getByRole('link', { name: t.search })).toBeHidden();
    });
  });
}

// <vnt-search-field> on another agency's page written in plain HTML
// (examples/elements/buscar.html), suggesting from the real Ventanilla
// server: the site passes /api/ and Ventanilla's pages on to it, as a
// reverse proxy would.
import { Server } from 'node:http';
import { resolve } from 'node:path';
import { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, expectNoHorizontalScroll, VIEWPORTS } from '../support/fixtures';
import { serveFolder } from '../support/static-server';

let site: { url: string; server: Server };
test.beforeAll(async () => {
  site = await serveFolder(resolve(__dirname, '..', '..', 'target', 'elements-site'), process.env.VENTANILLA_URL);
});
test.afterAll(() => site.server.close());
test.use({ awaitHydration: false });

/** The help page, once its elements are defined (the wasm has loaded). */
async function open(page: Page) {
  await page.goto(`${site.url}buscar.html`);
  await page.waitForFunction(() => customElements.get('vnt-search-field') !== undefined);
}

function parts(page: Page) {
  return {
    box: page.getByRole('combobox', { name: 'Busca un trámite' }),
    list: page.getByRole('listbox', { name: 'Busca un trámite' }),
    options: page.getByRole('option'),
    status: page.getByRole('status'),
  };
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.name}, typing shows Ventanilla's suggestions, counted for screen readers, with no violations`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await open(page);
    const p = parts(page);
    await p.box.fill('pasaporte');
    await expect(p.list).toBeVisible();
    await expect(p.box).toHaveAttribute('aria-expanded', 'true');
    const count = await p.options.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(6);
    await expect(p.options.first()).toContainText(/pasaporte/i);
    await expect(p.status).toHaveText(
      count === 1 ? '1 sugerencia. Usa las flechas para elegirla.' : `${count} sugerencias. Usa las flechas para elegir una.`,
    );
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });
}

test('with the keyboard, the arrows choose a suggestion and Enter opens its sheet on Ventanilla', async ({ page }) => {
  await open(page);
  const p = parts(page);
  await page.keyboard.press('Tab');
  await expect(p.box).toBeFocused();
  await page.keyboard.type('pasaporte');
  await expect(p.list).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const first = p.options.first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(p.box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  // Up from the first goes round to the last, and down again to the first.
  await page.keyboard.press('ArrowUp');
  await expect(p.options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  const title = (await first.locator('.vnt-search-option-title').textContent())!;
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/tramites\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('Enter with no suggestion chosen searches, and Escape closes the list, then clears the box', async ({ page }) => {
  await open(page);
  const p = parts(page);
  await p.box.fill('acta');
  await expect(p.list).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(p.list).toBeHidden();
  await expect(p.box).toHaveAttribute('aria-expanded', 'false');
  await expect(p.box).toHaveValue('acta');
  await page.keyboard.press('Escape');
  await expect(p.box).toHaveValue('');
  await p.box.fill('acta de nacimiento');
  await expect(p.list).toBeVisible();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/buscar\?q=acta\+de\+nacimiento$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /acta de nacimiento/i }).first()).toBeVisible();
});

test('the suggestions and their count speak the language of the page', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    document.documentElement.lang = 'en';
  });
  const p = parts(page);
  await p.box.fill('passport');
  await expect(p.options.first()).toContainText(/passport/i);
  await expect(p.status).toHaveText(/^\d+ suggestions?\. Use the arrow keys to choose/);
});

test('when the suggestions fail, the box is a plain search box that still searches', async ({ page }) => {
  await page.route(/\/api\/v1\/search/, (request) => request.abort());
  await open(page);
  const p = parts(page);
  const failed = page.waitForEvent('requestfailed', (request) => request.url().includes('/api/v1/search'));
  await p.box.fill('pasaporte');
  await failed;
  await expect(p.list).toBeHidden();
  await expect(p.box).toHaveAttribute('aria-expanded', 'false');
  await page.unroute(/\/api\/v1\/search/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/buscar\?q=pasaporte$/);
});

test('with the bundle blocked, the page is a plain search form with no violations', async ({ page }) => {
  // axe runs in the page, so the browser runs script; only the bundle is blocked.
  await page.route(/\.(js|wasm)$/, (request) => request.abort());
  await page.goto(`${site.url}buscar.html`, { waitUntil: 'load' });
  await expect(page.getByRole('searchbox', { name: 'Busca un trámite' })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the form searches Ventanilla', async ({ page }) => {
    await page.goto(`${site.url}buscar.html`);
    await page.getByRole('searchbox', { name: 'Busca un trámite' }).fill('pasaporte');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.waitForURL(/\/buscar\?q=pasaporte$/);
    await expect(page.getByRole('link', { name: /pasaporte/i }).first()).toBeVisible();
  });
});

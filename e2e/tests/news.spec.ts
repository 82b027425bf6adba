// What the agencies publish, as a citizen finds it: /prensa filtered and
// paged with JavaScript and without, each item's page with its history,
// files and notices, the agency's page, and the feeds a reader follows.
import { test, expect, Lang } from '../support/fixtures';
import { tabTo } from '../support/procedure';

const WORDS = {
  es: {
    kind: 'Tipo', apply: 'Aplicar filtros', next: 'Siguiente', programme: 'Programa', history: 'Historial de cambios',
    first: 'Publicado por primera vez', all: 'Todo lo que publica esta dependencia', onlySpanish: 'Esta publicación solo existe en español.',
    previous: 'Publicado durante una administración anterior', feed: 'Prensa y publicaciones del Gobierno de México',
    documents: 'Documentos', accessible: 'accesibilidad@imss.example', content: 'Prensa y publicaciones',
  },
  en: {
    kind: 'Type', apply: 'Apply filters', next: 'Next', programme: 'Programme', history: 'History of changes',
    first: 'First published', all: 'Everything this agency publishes', onlySpanish: 'This publication exists in Spanish only.',
    previous: 'Published under a previous administration', feed: 'News and publications of the Government of Mexico',
    documents: 'Documents', accessible: 'accesibilidad@imss.example', content: 'News and publications',
  },
};

const OLD_SPANISH_ONLY = '/dependencias/renapo/prensa/la-consulta-e-impresion-de-la-curp-es-gratuita';
const REPORT = '/dependencias/imss/documentos/informe-situacion-financiera-y-riesgos-2025-2026';

for (const lang of ['es', 'en'] as Lang[]) {
  const words = WORDS[lang];

  test.describe(`without JavaScript, ${lang}`, () => {
    test.use({ lang, javaScriptEnabled: false });

    test('the list filters by kind with its button, pages with links, and opens an item', async ({ page }) => {
      await page.goto('/prensa');
      const total = await page.locator('#publicaciones').textContent();
      await page.getByLabel(words.kind).selectOption('programme');
      await page.getByRole('button', { name: words.apply }).click();
      await expect(page).toHaveURL(/tipo=programme/);
      await expect(page.locator('#publicaciones')).not.toHaveText(total!);
      await expect(page.getByLabel(words.kind)).toHaveValue('programme');
      const cards = page.locator('main ul li');
      for (const meta of await cards.allTextContents()) expect(meta).toContain(words.programme);

      const title = (await page.locator('main ul li h3 a').first().textContent())!;
      await page.locator('main ul li h3 a').first().click();
      await expect(page).toHaveURL(/\/dependencias\/[a-z]+\/programas\//);
      await expect(page.locator('main h1')).toHaveText(title);
      await expect(page.getByRole('heading', { name: words.history })).toBeVisible();
      await expect(page.getByText(words.first)).toBeVisible();

      await page.goto('/prensa');
      const first = await page.locator('main ul li h3 a').first().textContent();
      await page.getByRole('link', { name: words.next }).click();
      await expect(page).toHaveURL(/pagina=2/);
      await expect(page.locator('main ul li h3 a').first()).not.toHaveText(first!);
    });

    test('an old item says it is from a previous administration, and in English that it is Spanish only', async ({ page }) => {
      await page.goto(OLD_SPANISH_ONLY);
      await expect(page.getByText(words.previous)).toBeVisible();
      await expect(page.locator('main article')).toHaveAttribute('lang', 'es-MX');
      if (lang === 'en') await expect(page.getByText(words.onlySpanish)).toBeVisible();
      else await expect(page.getByText(WORDS.en.onlySpanish)).toHaveCount(0);
    });

    test('a publication offers its files and whom to ask for an accessible format', async ({ page, request }) => {
      await page.goto(REPORT);
      await expect(page.getByRole('heading', { name: words.documents })).toBeVisible();
      const file = page.locator('main a[href^="/archivos/"]').first();
      const response = await request.get((await file.getAttribute('href'))!);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
      await expect(page.getByRole('link', { name: words.accessible })).toHaveAttribute('href', `mailto:${words.accessible}`);
      await expect(page.locator('main article table')).toBeVisible();
    });

    test('the pages link their feeds, which a reader gets as Atom', async ({ page, request }) => {
      await page.goto('/prensa?dependencia=imss');
      const feed = page.locator('head link[rel=alternate][type="application/atom+xml"]');
      await expect(feed).toHaveAttribute('title', words.feed);
      const response = await request.get((await feed.getAttribute('href'))!);
      expect(response.headers()['content-type']).toContain('application/atom+xml');
      expect(await response.text()).toContain('<feed');
    });
  });

  test.describe(`with JavaScript, ${lang}`, () => {
    test.use({ lang });

    test('from an agency, the keyboard reaches all it published, then one item, focus on its heading', async ({ page }) => {
      await page.goto('/dependencias/imss');
      await tabTo(page, `a:text-matches("^${words.all} \\\\(\\\\d+\\\\)$")`, 150);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/prensa\?dependencia=imss$/);
      await expect(page.getByLabel(WORDS[lang].kind)).toBeVisible();
      const link = page.locator('main ul li h3 a').first();
      await expect(link).toBeVisible();
      const title = (await link.textContent())!;
      await tabTo(page, 'main ul li h3 a');
      await page.keyboard.press('Enter');
      await expect(page.locator('main h1')).toHaveText(title);
      await expect(page.locator('main h1')).toBeFocused();
    });

    test('the site search finds published items below the services', async ({ page }) => {
      await page.goto('/buscar?q=sembrando%20vida');
      await expect(page.getByRole('heading', { name: words.content, level: 3 })).toBeVisible();
      await expect(page.locator('main section li a[href="/dependencias/bienestar/programas/programa-sembrando-vida"]')).toBeVisible();
    });
  });
}

// The agencies' content, with the keyboard only: an IMSS editor writes a
// press release with a table and an image (the error summary first, then
// the toolbar's table, the preview), saves and submits it; an IMSS
// publisher reviews the diff and schedules it for tomorrow (a time typed
// the 12-hour way first, which the error summary explains); when the
// server's clock reaches that time, the item is on the agency's page, in
// /prensa, in the site search and in the feed; then the publisher withdraws
// it (a reason first forgotten). axe on every page and state.
import { APIRequestContext } from '@playwright/test';
import { test, expect, Lang } from '../support/fixtures';
import { checkPage, press, typeInto } from '../support/editor';
import { staffSession } from '../support/staff';
import { tabTo } from '../support/procedure';

const WORDS = {
  es: {
    contentOf: 'Contenido de IMSS', write: 'Escribir un contenido nuevo', save: 'Guardar el borrador',
    preview: 'Ver la vista previa', table: 'una tabla', inserted: 'Se insertó una tabla', draft: 'Borrador',
    submit: 'Enviar a revisión', submitted: 'Enviado a revisión', scheduled: 'Programado', schedule: 'Programar la publicación',
    missing: 'Título: falta escribirlo.', clock: 'Escribe la hora en 24 horas', withdraw: 'Retirar', withdrawn: 'Retirado',
    reasonMissing: 'Escribe el motivo del retiro', notice: 'Este contenido fue retirado', title: 'Arranca la jornada de vacunación invernal',
  },
  en: {
    contentOf: 'Content of IMSS', write: 'Write new content', save: 'Save the draft',
    preview: 'See the preview', table: 'a table', inserted: 'Inserted a table', draft: 'Draft',
    submit: 'Submit for review', submitted: 'Submitted for review', scheduled: 'Scheduled', schedule: 'Schedule the publication',
    missing: 'Title: this is missing.', clock: 'Write the time on the 24-hour clock', withdraw: 'Withdraw', withdrawn: 'Withdrawn',
    reasonMissing: 'Enter the reason for withdrawing it', notice: 'This content has been withdrawn', title: 'Arranca la jornada de vacunación invernal',
  },
};

/** The server's scheduling clock, moved on `seconds`: its time then (seconds since 1970). */
async function clockAfter(request: APIRequestContext, seconds: number): Promise<number> {
  const answer = await request.post('/api/v1/dev/clock', { data: { seconds } });
  expect(answer.status()).toBe(200);
  return (await answer.json()).now;
}

// One after the other: each moves the server's scheduling clock, which the other reads.
test.describe.configure({ mode: 'serial' });

for (const [lang, width] of [['es', 320], ['en', 1280]] as [Lang, number][]) {
  test.describe(`writing and publishing, ${lang} at ${width} px`, () => {
    test.use({ lang, viewport: { width, height: 900 } });

    test('an editor writes a press release, a publisher schedules it, and it goes out at its time', async ({ page, browser, baseURL }) => {
      test.setTimeout(180_000);
      const words = WORDS[lang];
      const slug = `jornada-de-vacunacion-invernal-${lang}-${Date.now()}`;
      await staffSession(page.request, 'imss', 'editor');

      await page.goto('/gestion/solicitudes');
      await press(page, words.contentOf);
      await expect(page.locator('h1')).toHaveText(words.contentOf);
      await checkPage(page);
      await press(page, words.write);
      await expect(page.locator('h1')).toHaveText(words.write);
      await checkPage(page);

      // Saved empty: the summary says what is missing, and takes the focus.
      await press(page, words.save);
      await expect(page.locator('[data-error-summary]')).toBeFocused();
      await expect(page.locator('[data-error-summary]')).toContainText(words.missing);
      await checkPage(page);

      await tabTo(page, '#kind', 120);
      await page.keyboard.press('Space');
      await typeInto(page, 'slug', slug);
      await typeInto(page, 'title_es', words.title);
      await typeInto(page, 'summary_es', 'Del 1 al 20 de diciembre, en todas las unidades de medicina familiar.');
      await typeInto(page, 'body_es', 'Vacúnate contra la influenza y el COVID-19.\n\n![Mapa de las unidades de medicina familiar](/archivos/mapa.png)\n');
      await press(page, words.table);
      await expect(page.locator('#body_es')).toBeFocused();
      await expect(page.locator('[aria-live="polite"]').filter({ hasText: words.inserted })).toHaveCount(1);
      await page.keyboard.type('\nEn las unidades de medicina familiar, de 8 a 20 horas.');
      await typeInto(page, 'press_number', 'Comunicado 120/2026');
      await typeInto(page, 'press_place', 'Ciudad de México');

      await press(page, words.preview);
      await expect(page.locator('#preview')).toBeFocused();
      await expect(page.locator('section table')).toBeVisible();
      await expect(page.locator('section img[alt="Mapa de las unidades de medicina familiar"]')).toHaveCount(1);
      await checkPage(page);

      await press(page, words.save);
      await expect(page).toHaveURL(new RegExp(`/gestion/dependencias/imss/contenido/${slug}$`));
      await expect(page.locator('#document-state')).toContainText(words.draft);
      await checkPage(page);
      await press(page, words.submit);
      await expect(page.locator('#document-state')).toBeFocused();
      await expect(page.locator('#document-state')).toContainText(words.submitted);
      await checkPage(page);

      // A publisher of the same agency, in a browser of their own.
      const publisherContext = await browser.newContext({ baseURL, viewport: { width, height: 900 }, locale: 'es-MX' });
      await publisherContext.addCookies([{ name: 'ventanilla_lang', value: lang, url: baseURL! }]);
      const publisher = await publisherContext.newPage();
      await staffSession(publisher.request, 'imss', 'publisher');
      await publisher.goto(`/gestion/dependencias/imss/contenido/${slug}`);
      await publisher.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      await expect(publisher.locator('ins').filter({ hasText: words.title })).toBeVisible();
      await checkPage(publisher);

      // Tomorrow at 10:00 in Mexico City, in the date's three boxes and the time's.
      const now = await clockAfter(publisher.request, 0);
      const tomorrow = new Date((now + 86_400 - 6 * 3600) * 1000);
      const [year, month, day] = [tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCDate()];
      const at = Date.UTC(year, month - 1, day, 16, 0, 0) / 1000;
      // A time in the 12-hour way is refused, with what to write instead.
      await typeInto(publisher, 'at', String(day));
      await typeInto(publisher, 'at-month', String(month));
      await typeInto(publisher, 'at-year', String(year));
      await typeInto(publisher, 'at_time', '10 am');
      await press(publisher, words.schedule);
      await expect(publisher.locator('#step-errors')).toBeFocused();
      await expect(publisher.locator('#step-errors')).toContainText(words.clock);
      await checkPage(publisher);
      await publisher.locator('#step-errors a').press('Enter');
      await expect(publisher.locator('#at_time')).toBeFocused();
      await publisher.keyboard.press('ControlOrMeta+a');
      await publisher.keyboard.type('10:00');
      await press(publisher, words.schedule);
      await expect(publisher.locator('#document-state')).toBeFocused();
      await expect(publisher.locator('#document-state')).toContainText(words.scheduled);
      await checkPage(publisher);

      // Not public before its time; public everywhere once the clock reaches it.
      const item = `/dependencias/imss/prensa/${slug}`;
      expect((await page.request.get(item)).status()).toBe(404);
      await clockAfter(publisher.request, at - now + 60);
      await page.goto(item);
      await expect(page.locator('h1')).toHaveText(words.title);
      await expect(page.locator('article table')).toBeVisible();
      await checkPage(page);
      await page.goto('/dependencias/imss');
      await expect(page.locator(`a[href="${item}"]`).first()).toBeVisible();
      await page.goto('/prensa?dependencia=imss&tipo=press_release');
      await expect(page.locator(`a[href="${item}"]`).first()).toBeVisible();
      const found = await (await page.request.get(`/api/v1/search?q=${encodeURIComponent('jornada vacunación invernal')}`)).text();
      expect(found).toContain(`imss/prensa/${slug}`);
      // The list's feed, as a feed reader finds it.
      const feedUrl = await page.locator('head link[rel=alternate][type="application/atom+xml"]').getAttribute('href');
      const feed = await (await page.request.get(feedUrl!)).text();
      expect(feed).toContain(words.title);

      // The publisher withdraws it: first without a reason, then with one; the page says so.
      await publisher.reload();
      await publisher.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      await press(publisher, words.withdraw);
      await expect(publisher.locator('#take-down-errors')).toBeFocused();
      await expect(publisher.locator('#take-down-errors')).toContainText(words.reasonMissing);
      await typeInto(publisher, 'reason_es', 'La jornada terminó el 20 de diciembre.');
      await press(publisher, words.withdraw);
      await expect(publisher.locator('#document-state')).toBeFocused();
      await expect(publisher.locator('#document-state')).toContainText(words.withdrawn);
      await checkPage(publisher);
      await page.goto(item);
      await expect(page.getByText(words.notice)).toBeVisible();
      await expect(page.getByText('La jornada terminó el 20 de diciembre.')).toBeVisible();
      await publisherContext.close();
    });
  });
}

// Ventanilla's components as custom elements (crates/elements, elements/) on
// another agency's page written in plain HTML (examples/elements): no Rust,
// no build step. `make elements` assembles it as a static site in
// target/elements-site, served here as any static host would: the pages at
// /, the bundle (wasm, JS and CSS) at /elements/.
import { Server } from 'node:http';
import { resolve } from 'node:path';
import { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, expectNoHorizontalScroll, VIEWPORTS } from '../support/fixtures';
import { serveFolder } from '../support/static-server';

let site: { url: string; server: Server };
test.beforeAll(async () => {
  site = await serveFolder(resolve(__dirname, '..', '..', 'target', 'elements-site'));
});
test.afterAll(() => site.server.close());
test.use({ awaitHydration: false });

// The app's own messages (locales/es-MX/validation.ftl), naming each field by its label ($whose = other).
const SAYS = {
  curpRequired: 'Escribe tu respuesta a «CURP»',
  rfcRequired: 'Escribe tu respuesta a «RFC»',
  dateRequired: 'Escribe tu respuesta a «Fecha de nacimiento»',
  dateIncomplete: 'Escribe el día, el mes y el año de «Fecha de nacimiento»',
  curpCheckDigit:
    'Revisa «CURP»: el último número no coincide con el resto. Cópiala tal como aparece en la constancia de CURP',
  tooLong: 'Tu respuesta a «Comentarios» es demasiado larga: escribe 200 caracteres o menos',
};
const HINT = {
  curp: '18 letras y números, tal como aparecen en tu constancia de CURP',
  date: 'Por ejemplo, 27 3 1990',
  comment: 'Hasta 200 caracteres. No escribas datos personales como tu CURP',
};
// A CURP and an RFC that pass every rule (crates/core's tests), and the date the CURP holds.
const VALID = { curp: 'GOML850312MDFNPR02', rfc: 'GODE561231GR8', day: '12', month: '3', year: '1985' };

/** The form's parts, found as a person finds them. */
function form(page: Page) {
  return {
    curp: page.getByLabel('CURP', { exact: true }),
    rfc: page.getByLabel('RFC', { exact: true }),
    day: page.getByLabel('Día', { exact: true }),
    month: page.getByLabel('Mes', { exact: true }),
    year: page.getByLabel('Año', { exact: true }),
    comment: page.getByLabel('Comentarios (opcional)'),
    send: page.getByRole('button', { name: 'Enviar solicitud' }),
    summary: page.getByRole('alert'),
  };
}

/** The page, once its elements are defined (the wasm has loaded). */
async function open(page: Page) {
  await page.goto(site.url);
  await page.waitForFunction(() => customElements.get('vnt-error-summary') !== undefined);
}

async function fillValid(page: Page) {
  const f = form(page);
  await f.curp.fill(VALID.curp);
  await f.rfc.fill(VALID.rfc);
  await f.day.fill(VALID.day);
  await f.month.fill(VALID.month);
  await f.year.fill(VALID.year);
}

/** What the form sent: the query string of the page it led to. */
async function sent(page: Page): Promise<Record<string, string>> {
  await page.waitForURL(/\/recibido\.html\?/);
  await expect(page.getByRole('heading', { level: 1, name: 'Recibimos tu solicitud' })).toBeVisible();
  return Object.fromEntries(new URL(page.url()).searchParams);
}

const SENT_VALID = {
  curp: VALID.curp,
  rfc: VALID.rfc,
  'nacimiento-dia': VALID.day,
  'nacimiento-mes': VALID.month,
  'nacimiento-anio': VALID.year,
};

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.name}, the form sent empty lists each problem in a summary that takes the focus, with no violations`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await open(page);
    const f = form(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Solicitud de constancia de situación fiscal' })).toBeVisible();
    // Styled by the bundle's stylesheet, the theme's defaults included: guinda, and 44 px.
    await expect(f.send).toHaveCSS('background-color', 'rgb(97, 18, 50)');
    expect((await f.send.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);

    await f.send.click();
    await expect(f.summary).toBeFocused();
    await expect(f.summary.getByRole('heading', { name: 'Hay un problema' })).toBeVisible();
    await expect(f.summary.getByRole('link')).toHaveText([SAYS.curpRequired, SAYS.rfcRequired, SAYS.dateRequired]);
    await expect(page).toHaveTitle('Error: Solicitud de constancia de situación fiscal — SAT');
    expect(new URL(page.url()).pathname).toBe('/');
    for (const box of [f.curp, f.rfc, f.day, f.month, f.year]) {
      await expect(box).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(f.comment).not.toHaveAttribute('aria-invalid');
    // Each message is also by its field, and read with it, after its hint.
    await expect(page.locator('#curp-error')).toBeVisible();
    await expect(f.curp).toHaveAccessibleDescription(`${HINT.curp} Error: ${SAYS.curpRequired}`);
    await expect(page.getByRole('group', { name: 'Fecha de nacimiento' })).toHaveAccessibleDescription(
      `${HINT.date} Error: ${SAYS.dateRequired}`,
    );
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);

    await f.summary.getByRole('link', { name: SAYS.rfcRequired }).click();
    await expect(f.rfc).toBeFocused();
    await f.summary.getByRole('link', { name: SAYS.dateRequired }).click();
    await expect(f.day).toBeFocused();
  });
}

test("each answer is checked with Ventanilla's rules, and once right, it is sent with the form", async ({ page }) => {
  await open(page);
  const f = form(page);
  // The fields say what they found, with events that bubble to the page.
  await page.evaluate(() => {
    const events: string[] = [];
    (window as unknown as { events: string[] }).events = events;
    for (const type of ['vnt-invalid', 'vnt-valid']) {
      document.addEventListener(type, (event) => events.push(`${type} ${(event.target as Element).localName}`));
    }
  });

  await f.curp.fill('GOML850312MDFNPR03');
  await f.rfc.fill(VALID.rfc);
  await f.day.fill(VALID.day);
  await f.send.click();
  await expect(f.summary).toBeFocused();
  await expect(f.summary.getByRole('link')).toHaveText([SAYS.curpCheckDigit, SAYS.dateIncomplete]);
  await expect(f.rfc).not.toHaveAttribute('aria-invalid');
  expect(await page.evaluate(() => (window as unknown as { events: string[] }).events)).toEqual([
    'vnt-invalid vnt-text-input',
    'vnt-valid vnt-text-input',
    'vnt-invalid vnt-date-input',
    'vnt-valid vnt-character-count',
  ]);
  // The date's link leads to its first empty box.
  await f.summary.getByRole('link', { name: SAYS.dateIncomplete }).click();
  await expect(f.month).toBeFocused();

  // Once shown, a message goes as soon as the answer is changed to a right one.
  await f.curp.fill(VALID.curp);
  await f.curp.press('Tab');
  await expect(f.curp).not.toHaveAttribute('aria-invalid');
  await expect(page.locator('#curp-error')).toBeHidden();
  await expect(f.curp).toHaveAccessibleDescription(HINT.curp);

  await f.month.fill(VALID.month);
  await f.year.fill(VALID.year);
  await f.send.click();
  expect(await sent(page)).toEqual({ ...SENT_VALID, comentario: '' });
});

test('the character count says what is left, speaks once typing pauses, and a text over the limit is not sent', async ({ page }) => {
  await open(page);
  const f = form(page);
  const count = page.locator('#comentario-count');
  const spoken = page.locator('vnt-character-count [aria-live="polite"]');
  await expect(count).toHaveText('Te quedan 200 caracteres');
  await expect(spoken).toHaveText('');

  await f.comment.fill('Para un crédito');
  await expect(spoken).toHaveText('Te quedan 185 caracteres');
  await f.comment.fill('a'.repeat(199));
  await expect(spoken).toHaveText('Te queda 1 carácter');
  await expect(f.comment).toHaveAccessibleDescription(`${HINT.comment} Te queda 1 carácter`);

  // Nothing cuts a longer text: people paste, then shorten it.
  await expect(f.comment).not.toHaveAttribute('maxlength');
  await f.comment.fill('a'.repeat(203));
  await expect(f.comment).toHaveValue('a'.repeat(203));
  await expect(count).toHaveText('Te sobran 3 caracteres');
  await expect(spoken).toHaveText('Te sobran 3 caracteres');

  await fillValid(page);
  await f.send.click();
  await expect(f.summary.getByRole('link')).toHaveText([SAYS.tooLong]);
  await expect(f.comment).toHaveAttribute('aria-invalid', 'true');
  await expect(f.comment).toHaveAccessibleDescription(
    `${HINT.comment} Error: ${SAYS.tooLong} Te sobran 3 caracteres`,
  );
  await expectNoAxeViolations(page);
  await f.summary.getByRole('link', { name: SAYS.tooLong }).click();
  await expect(f.comment).toBeFocused();

  await f.comment.fill('a'.repeat(200));
  await f.send.click();
  expect(await sent(page)).toEqual({ ...SENT_VALID, comentario: 'a'.repeat(200) });
});

test('the messages speak the language of the page', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    document.documentElement.lang = 'en';
  });
  const f = form(page);
  await f.send.click();
  await expect(f.summary.getByRole('link')).toHaveText([
    'Enter your answer to “CURP”',
    'Enter your answer to “RFC”',
    'Enter your answer to “Fecha de nacimiento”',
  ]);
});

test.describe('without JavaScript', () => {
  test('with the bundle blocked, the page is a plain form with no violations', async ({ page }) => {
    // axe runs in the page, so the browser runs script; only the bundle is blocked.
    await page.route(/\.(js|wasm)$/, (request) => request.abort());
    await page.goto(site.url, { waitUntil: 'load' });
    await expect(page.locator('.vnt-error-message')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });

    test('the answers submit with the form as they were typed', async ({ page }) => {
      await page.goto(site.url);
      await fillValid(page);
      await form(page).comment.fill('Para un crédito');
      await form(page).send.click();
      expect(await sent(page)).toEqual({ ...SENT_VALID, comentario: 'Para un crédito' });
    });
  });
});

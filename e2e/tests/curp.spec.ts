import { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, expectNoHorizontalScroll, VIEWPORTS, Lang } from '../support/fixtures';
import { tabTo } from '../support/procedure';

// A person of the demo registry (crates/api/seed/curp_registry.json).
const MARIA = { curp: 'GOML850312MDFNPR02', name: 'María Lourdes González López' };
// Valid (its check digit matches) but nobody's.
const UNKNOWN_CURP = 'GOML850312MDFNPR10';

const SUBMIT = 'main form button[type=submit]';
const CERTIFICATE = 'section:has(h2#constancia)';

/** Presses the form's button with the keyboard. */
async function submit(page: Page): Promise<void> {
  await page.locator(SUBMIT).focus();
  await page.keyboard.press('Enter');
}

/** Types into a field with the keyboard, as a person would. */
async function type(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.type(text);
}

/** Waits for the "personal data" form, whose state list comes from the API. */
async function personForm(page: Page): Promise<void> {
  await expect(page.locator('main select#birth_state option[value="DF"]')).toHaveCount(1);
}

/** Fills the "personal data" form for María, typed loosely. */
async function fillMaria(page: Page): Promise<void> {
  await type(page, '#given_names', 'maria lourdes');
  await type(page, '#first_surname', 'Gonzalez');
  await type(page, '#second_surname', 'López');
  await type(page, '#birth_date', '12');
  await type(page, '#birth_date-month', '3');
  await type(page, '#birth_date-year', '1985');
  await page.locator('#sex').focus(); // Mujer, the first option
  await page.keyboard.press('Space');
  await page.locator('#birth_state').selectOption('DF');
}

for (const lang of ['es', 'en'] as Lang[]) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${lang} at ${viewport.name}`, () => {
      test.use({ lang, viewport: { width: viewport.width, height: viewport.height } });

      test('/curp empty, in error and with a certificate has no WCAG 2.2 A/AA violations', async ({ page }) => {
        await page.goto('/curp');
        await expect(page.locator('main input#curp')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'es' ? 'es-MX' : 'en');
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);

        await submit(page);
        await expect(page.locator('#error-summary')).toBeFocused();
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);

        await type(page, '#curp', MARIA.curp);
        await page.keyboard.press('Enter');
        await expect(page.locator('#constancia')).toBeFocused();
        await expect(page.locator(CERTIFICATE)).toContainText(MARIA.name);
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      });

      test('/curp?con=datos empty and in error has no violations', async ({ page }) => {
        await page.goto('/curp?con=datos');
        await personForm(page);
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
        await submit(page);
        await expect(page.locator('#error-summary')).toBeFocused();
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      });
    });
  }
}

test('keyboard only: the CURP typed loosely brings the certificate, its heading focused and announced', async ({ page }) => {
  await page.goto('/curp');
  await expect(page.locator('h1')).toHaveText('Consulta tu CURP');
  await expect(page).toHaveTitle('Consulta tu CURP · Ventanilla');
  await tabTo(page, '#curp');
  await page.keyboard.type('goml 850312 mdfnpr02');
  await page.keyboard.press('Enter');

  const certificate = page.locator(CERTIFICATE);
  await expect(certificate.locator('h2')).toHaveText('Constancia de la Clave Única de Registro de Población');
  await expect(page.locator('#constancia')).toBeFocused();
  await expect(certificate).toContainText(MARIA.curp);
  await expect(certificate).toContainText(MARIA.name);
  await expect(certificate).toContainText('Mujer');
  await expect(certificate).toContainText('12 de marzo de 1985');
  await expect(certificate).toContainText('Ciudad de México');
  await expect(certificate).toContainText('Acta de nacimiento, Ciudad de México, 1985');
  await expect(certificate).toContainText('18 de junio de 1997');
  await expect(page.locator('body > [aria-live="polite"]')).toHaveText(
    `Encontramos la CURP ${MARIA.curp}. Tu constancia está abajo.`,
  );
  // What was typed stays as typed.
  await expect(page.locator('#curp')).toHaveValue('goml 850312 mdfnpr02');

  // In English the registry's words come again in English.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(certificate.locator('h2')).toHaveText('Certificate of the Unique Population Registry Code');
  await expect(certificate).toContainText('12 March 1985');
  await expect(certificate).toContainText('Female');
  await expect(certificate).toContainText('Birth certificate, Mexico City, 1985');
});

test('an empty lookup: the summary takes focus, the title says Error, each link leads to its field', async ({ page }) => {
  await page.goto('/curp');
  await expect(page.locator('h1')).toBeVisible();
  await tabTo(page, SUBMIT);
  await page.keyboard.press('Enter');
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Hay un problema');
  await expect(page).toHaveTitle('Error: Consulta tu CURP · Ventanilla');
  await expect(summary.getByRole('link')).toHaveText(['Escribe tu CURP']);
  await summary.getByRole('link').focus();
  await page.keyboard.press('Enter');
  const curp = page.locator('#curp');
  await expect(curp).toBeFocused();
  await expect(curp).toHaveAttribute('aria-invalid', 'true');
  await expect(curp).toHaveAttribute('aria-describedby', /curp-error/);
  await expect(page.locator('#curp-error')).toContainText('Escribe tu CURP');

  // Once corrected, the errors and the prefix go.
  await page.keyboard.type(MARIA.curp);
  await page.keyboard.press('Enter');
  await expect(page.locator('#constancia')).toBeFocused();
  await expect(summary).toHaveCount(0);
  await expect(page).toHaveTitle('Consulta tu CURP · Ventanilla');
});

test('an empty search by personal data names every required question, each link reaching it', async ({ page }) => {
  await page.goto('/curp?con=datos');
  await personForm(page);
  await tabTo(page, SUBMIT, 80);
  await page.keyboard.press('Enter');
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summary.getByRole('link')).toHaveText([
    'Escribe tu nombre o nombres',
    'Escribe tu primer apellido',
    'Escribe tu fecha de nacimiento',
    'Elige tu sexo, como aparece en tu acta de nacimiento',
    'Elige el estado donde naciste, o «Nací en el extranjero»',
  ]);
  for (const id of ['given_names', 'first_surname', 'birth_date', 'sex', 'birth_state']) {
    await summary.locator(`a[href="#${id}"]`).focus();
    await page.keyboard.press('Enter');
    const field = page.locator(`[id="${id}"]`);
    await expect(field).toBeFocused();
    const described = await field.evaluate(
      (el) => `${el.getAttribute('aria-describedby')} ${el.closest('fieldset')?.getAttribute('aria-describedby')}`,
    );
    expect(described).toContain('-error');
  }
  // The second surname is optional: no message for it.
  await expect(page.locator('#second_surname-error')).toHaveCount(0);
});

test('a wrong check digit shows the CURP rule beside the field and keeps what was typed', async ({ page }) => {
  await page.goto('/curp');
  await type(page, '#curp', 'GOML850312MDFNPR03');
  await page.keyboard.press('Enter');
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#curp-error')).toContainText('el último número no coincide con el resto');
  await expect(page.locator('#curp')).toHaveValue('GOML850312MDFNPR03');
  await expect(page.locator(CERTIFICATE)).toHaveCount(0);
});

test('a valid CURP the registry does not know: a clear message, and the CURP still there', async ({ page }) => {
  await page.goto('/curp');
  await type(page, '#curp', 'goml-850312-mdfnpr10');
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'No encontramos tu CURP' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(`No hay ninguna persona con la CURP ${UNKNOWN_CURP} en el registro`);
  await expect(alert.getByRole('link', { name: 'Centros donde hacen este trámite' })).toHaveAttribute(
    'href',
    '/oficinas?tramite=consulta-curp',
  );
  await expect(page.locator('#curp')).toHaveValue('goml-850312-mdfnpr10');
  await expect(page.locator('#error-summary')).toHaveCount(0);
  await expect(page).toHaveTitle('Consulta tu CURP · Ventanilla');
});

test('when the registry cannot be reached: an error with a retry that works, the answers kept', async ({ page }) => {
  let failing = true;
  await page.route('**/api/v1/curp/**', (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/curp');
  await type(page, '#curp', 'goml 850312 mdfnpr02');
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'No pudimos consultar el registro' });
  await expect(alert).toContainText('Revisa tu conexión');
  await expect(page.locator('#curp')).toHaveValue('goml 850312 mdfnpr02');

  failing = false;
  await alert.getByRole('button', { name: 'Intentar de nuevo' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#constancia')).toBeFocused();
  await expect(page.locator(CERTIFICATE)).toContainText(MARIA.name);
  await expect(alert).toHaveCount(0);
});

test('by personal data: the way is kept in the URL, a demo person is found, Back returns to the CURP', async ({ page }) => {
  await page.goto('/curp');
  await expect(page.locator('#curp')).toBeVisible();
  // Choosing the other way with the arrow keys shows its form below, focus staying on the radios.
  await page.locator('#con').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\/curp\?con=datos$/);
  await expect(page.locator('#con-2')).toBeChecked();
  await expect(page.locator('#con-2')).toBeFocused();
  await personForm(page);
  await expect(page.locator('#curp')).toHaveCount(0);

  await expect(page.locator('#given_names')).toHaveAttribute('autocomplete', 'given-name');
  await expect(page.locator('#first_surname')).toHaveAttribute('autocomplete', 'family-name');
  await expect(page.locator('#birth_date')).toHaveAttribute('autocomplete', 'bday-day');
  await expect(page.locator('#birth_date-year')).toHaveAttribute('inputmode', 'numeric');
  await expect(page.locator('#birth_state option').last()).toHaveText('Nací en el extranjero');
  await expect(page.locator('#birth_state option:not([value=""])')).toHaveCount(33);

  await fillMaria(page);
  await submit(page);
  await expect(page.locator('#constancia')).toBeFocused();
  await expect(page.locator(CERTIFICATE)).toContainText(MARIA.curp);
  await expect(page.locator(CERTIFICATE)).toContainText(MARIA.name);

  // Back: the CURP form again, and forward keeps what was typed in the other.
  await page.goBack();
  await expect(page).toHaveURL(/\/curp$/);
  await expect(page.locator('#con')).toBeChecked();
  await expect(page.locator('#curp')).toBeVisible();
  await page.goForward();
  await expect(page.locator('#given_names')).toHaveValue('maria lourdes');
  await expect(page.locator('#birth_state')).toHaveValue('DF');
});

test('by personal data: nobody with those data gets a clear message, the answers kept', async ({ page }) => {
  await page.goto('/curp?con=datos');
  await personForm(page);
  await fillMaria(page);
  await page.locator('#birth_state').selectOption('JC');
  await submit(page);
  await expect(page.getByRole('alert').filter({ hasText: 'No encontramos tu CURP' })).toContainText(
    'No encontramos una CURP con esos datos',
  );
  await expect(page.locator('#given_names')).toHaveValue('maria lourdes');
  await expect(page.locator('#birth_date-year')).toHaveValue('1985');
});

test('problems the server finds with the answers show in the same summary', async ({ page }) => {
  await page.route('**/api/v1/curp/search**', (route) =>
    route.fulfill({
      status: 422,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Some data is not valid',
        status: 422,
        code: 'validation',
        errors: [{ field: 'birth_date', code: 'date.future' }],
      }),
    }),
  );
  await page.goto('/curp?con=datos');
  await personForm(page);
  await fillMaria(page);
  await submit(page);
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['«Fecha de nacimiento» debe ser hoy o una fecha pasada']);
  await expect(page.locator('#birth_date-group-error')).toContainText('debe ser hoy o una fecha pasada');
  await expect(page.locator('#given_names')).toHaveValue('maria lourdes');
});

test('printed, the certificate is alone on one page', async ({ page }) => {
  await page.goto('/curp');
  await type(page, '#curp', MARIA.curp);
  await page.keyboard.press('Enter');
  await expect(page.locator('#constancia')).toBeFocused();
  const print = page.getByRole('button', { name: 'Imprimir o guardar como PDF' });
  await expect(print).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(CERTIFICATE)).toBeVisible();
  await expect(page.locator(CERTIFICATE)).toContainText(MARIA.name);
  for (const hidden of ['body > header', 'body > footer', 'main form', 'main h1', 'main nav', print]) {
    await expect(typeof hidden === 'string' ? page.locator(hidden).first() : hidden).toBeHidden();
  }
  for (const format of ['Letter', 'A4']) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
    expect(pages, `${format} pages`).toHaveLength(1);
  }
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('main form')).toBeVisible();
});

test('the sheet of the CURP lookup leads to this page to do it online', async ({ page }) => {
  await page.goto('/tramites/consulta-curp');
  const online = page.getByRole('link', { name: 'Hacer el trámite en línea' });
  await expect(online).toHaveAttribute('href', '/curp');
  await online.focus();
  await page.keyboard.press('Enter');
  // The lookup belongs to the do-it-online program: a page load, whose
  // title the browser announces, and the page starts from the top.
  await expect(page.locator('h1')).toHaveText('Consulta tu CURP');
  await expect(page).toHaveTitle(/^Consulta tu CURP/);
  await expect(page.locator('main form')).toBeVisible();
});

test('home links to the page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Consulta tu CURP e imprime tu constancia' })).toHaveAttribute(
    'href',
    '/curp',
  );
});

test('every button and choice is at least 44 by 44 px at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/curp?con=datos');
  await personForm(page);
  for (const target of await page.locator('main button, main input[type=radio] + label').all()) {
    const box = (await target.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
});

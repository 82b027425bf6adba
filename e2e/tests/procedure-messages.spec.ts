import { test, expect } from '../support/fixtures';
import { loadForm, tabTo } from '../support/procedure';

// A wrong CURP is "your CURP" only when it is the applicant's; anyone
// else's is named by its question.
test('a mistake in someone else’s CURP names its question, one in yours says “your CURP”', async ({ page, request }) => {
  const id = 'imss-guarderia-persona-autorizada';
  const form = await loadForm(request, id);
  const mistaken = 'HERJ900725HJCRMN08'; // the last character does not match the rest
  const stepOf = (field: string) => form.steps.findIndex((s) => s.fields.some((f) => f.id === field));
  const summary = page.locator('[data-error-summary]');

  const other = stepOf('autorizada_curp');
  const label = form.steps[other].fields.find((f) => f.id === 'autorizada_curp')!.label;
  await page.goto(`/solicitud/${id}/paso/${other + 1}`);
  await page.locator('[id="autorizada_curp"]').fill(mistaken);
  await tabTo(page, 'main form button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(`Revisa «${label}»: el último número no coincide con el resto`);
  await expect(summary).not.toContainText('tu CURP');
  await expect(page.locator('[id="autorizada_curp"]')).toHaveValue(mistaken);

  await page.goto(`/solicitud/${id}/paso/${stepOf(form.applicant) + 1}`);
  await page.locator(`[id="${form.applicant}"]`).fill(mistaken);
  await tabTo(page, 'main form button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Revisa tu CURP: el último número no coincide con el resto');
});

// The NSS is eleven digits whose last checks the rest, in the browser as on
// the server; the keyboard offered is the numeric one.
test('an NSS with a letter or a mistyped digit is refused on its step, and nothing typed is lost', async ({ page, request }) => {
  const id = 'imss-cambio-de-clinica';
  const form = await loadForm(request, id);
  const step = form.steps.findIndex((s) => s.fields.some((f) => f.id === 'nss'));
  const label = form.steps[step].fields.find((f) => f.id === 'nss')!.label;
  const summary = page.locator('[data-error-summary]');
  const nss = page.locator('[id="nss"]');
  await page.goto(`/solicitud/${id}/paso/${step + 1}`);
  await expect(nss).toHaveAttribute('inputmode', 'numeric');
  for (const [typed, message] of [
    ['1234567890a', `Escribe «${label}» solo con números`],
    ['1234 5678 904', `Revisa «${label}»: el último número no coincide con los demás`],
  ]) {
    await nss.fill(typed);
    await tabTo(page, 'main form button[type=submit]');
    await page.keyboard.press('Enter');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(message);
    await expect(nss).toHaveValue(typed);
  }
});

// A long answer is refused with the limit it passed, and kept as typed.
test('an answer that is too long says how long it may be', async ({ page, request }) => {
  const id = 'imss-alta-estudiantes';
  const form = await loadForm(request, id);
  const step = form.steps.findIndex((s) => s.fields.some((f) => f.id === 'escuela'));
  const school = form.steps[step].fields.find((f) => f.id === 'escuela')!;
  const typed = 'Escuela '.repeat(16); // 128 characters
  await page.goto(`/solicitud/${id}/paso/${step + 1}`);
  await page.locator('[id="escuela"]').fill(typed);
  await tabTo(page, 'main form button[type=submit]');
  await page.keyboard.press('Enter');
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(`Tu respuesta a «${school.label}» es demasiado larga: escribe 120 caracteres o menos`);
  await expect(page.locator('[id="escuela"]')).toHaveValue(typed);
});

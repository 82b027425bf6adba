import { test, expect, expectFocusAndAnnouncement } from '../support/fixtures';
import { Form, fillStep, loadForm, settled, tabTo } from '../support/procedure';

const ID = 'imss-cambio-de-clinica';

async function answerAll(page, form: Form) {
  await page.goto(`/solicitud/${ID}`);
  for (const [n, step] of form.steps.entries()) {
    await expect(page.locator('h1')).toHaveText(step.title);
    if (n > 0) await settled(page);
    await fillStep(page, form, step);
    await tabTo(page, 'main form button[type=submit]');
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('h1')).toHaveText('Revisa tus respuestas antes de enviar');
  await settled(page);
}

test('a reload in the middle of a form keeps every answer', async ({ page, request }) => {
  const form = await loadForm(request, ID);
  await page.goto(`/solicitud/${ID}`);
  await fillStep(page, form, form.steps[0]);
  await tabTo(page, 'main form button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(form.steps[1].title);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(form.steps[1].title);
  await page.goto(`/solicitud/${ID}/paso/1`);
  for (const field of form.steps[0].fields.filter((f) => ['curp', 'text'].includes(f.input.type))) {
    await expect(page.locator(`[id="${field.id}"]`)).not.toHaveValue('');
  }
});

test('when the submission fails the answers stay, and the retry creates exactly one application', async ({ page, request }) => {
  const form = await loadForm(request, ID);
  await answerAll(page, form);
  // The server gets the application, but its answer is lost on the way back.
  let created: string | undefined;
  await page.route('**/api/v1/applications?*', async (route) => {
    const response = await route.fetch();
    created = (await response.json()).folio;
    await route.abort('connectionreset');
  });
  await tabTo(page, 'main form button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'No pudimos enviar tu solicitud' })).toBeVisible();
  expect(created).toMatch(/^VEN-/);
  await expect(page.locator('main')).toContainText('GOML850312MDFNPR02');

  await page.unroute('**/api/v1/applications?*');
  const retry = page.getByRole('button', { name: 'Intentar enviar de nuevo' });
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Solicitud enviada');
  await expect(page.locator('main strong').first()).toHaveText(created!);
});

test('the server rejects data that bypassed the browser, with the messages the browser gives', async ({ page, request }) => {
  const form = await loadForm(request, ID);
  const curpField = form.steps[0].fields.find((f) => f.id === form.applicant)!;
  await answerAll(page, form);
  // Something between the browser and the server spoils the CURP.
  await page.route('**/api/v1/applications?*', async (route) => {
    const body = route.request().postDataJSON();
    body.answers[form.applicant] = 'GOML850312MDFNPR03';
    await route.continue({ postData: JSON.stringify(body) });
  });
  await tabTo(page, 'main form button[type=submit]');
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: 'Hay un problema' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Revisa tu CURP: el último número no coincide');
  await expect(page.locator(`[id="${curpField.id}-error"]`)).toContainText('el último número no coincide');

  // Straight to the API, the same rules answer with the same codes.
  const response = await request.post('/api/v1/applications', {
    headers: { 'Idempotency-Key': `e2e-bypass-${Date.now()}` },
    data: { form: ID, answers: { [form.applicant]: 'GOML850312MDFNPR03' } },
  });
  expect(response.status()).toBe(422);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  const problem = await response.json();
  expect(problem.errors[0]).toEqual({ field: form.applicant, code: 'curp.check_digit' });
});

test('after inactivity a warning comes first, can be extended, and then the answers are deleted', async ({ page, request }) => {
  const form = await loadForm(request, ID);
  await page.clock.install();
  await page.goto(`/solicitud/${ID}`);
  await fillStep(page, form, form.steps[0]);

  await page.clock.fastForward('18:10');
  const dialog = page.getByRole('alertdialog', { name: '¿Sigues ahí?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Seguir con mi solicitud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  await page.clock.fastForward('18:10');
  await expect(dialog).toBeVisible();
  await page.clock.fastForward('02:10');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Borramos tus respuestas')).toBeVisible();
  // Said, with the focus on the notice: the dialog that had it is gone.
  await expectFocusAndAnnouncement(page, '#respuestas-borradas', 'borramos lo que habías escrito');
  await expect(page.locator(`[id="${form.applicant}"]`)).toHaveValue('');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ventanilla.draft')))).toEqual([]);
});

test('after sending, Back says it was sent, with its receipt and tracking, not an empty form', async ({ page, request }) => {
  const form = await loadForm(request, ID);
  await answerAll(page, form);
  await tabTo(page, 'main form button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Solicitud enviada');
  const folio = (await page.locator('main strong').first().textContent())!;

  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Ya enviaste esta solicitud');
  await expect(page.locator('main')).toContainText(folio);
  await expect(page.locator('main form')).toHaveCount(0);
  await expect(page.locator(`main a[href="/solicitud/${ID}/enviada"]`)).toBeVisible();
  await expect(page.locator(`main a[href="/seguimiento?folio=${folio}"]`)).toBeVisible();
  // The receipt is the tab's: a reload says the same.
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Ya enviaste esta solicitud');

  // Another application starts from an empty first step.
  await page.getByRole('button', { name: 'Empezar otra solicitud' }).click();
  await expect(page.locator('h1')).toHaveText(form.steps[0].title);
  await expect(page.locator(`[id="${form.applicant}"]`)).toHaveValue('');
});

import { test, expect, expectFocusAndAnnouncement } from '../support/fixtures';
import {
  APPLICANT_CURP, PROCEDURES, Form, toReview, fillStep, loadForm, outbox, settled, tabTo,
} from '../support/procedure';

const FOLIO = /^VEN-[0-9A-HJKMNP-TV-Z]{8}$/;

/** A different phone per test, so that no test meets another's rate limit. */
const phoneFor = (index: number) => `55${String(10_000_000 + index * 7919).slice(-8)}`;

async function continueWithKeyboard(page) {
  await tabTo(page, 'main form button[type=submit]');
  await page.keyboard.press('Enter');
}

for (const [index, id] of PROCEDURES.entries()) {
  test(`keyboard only: ${id} from its sheet to a folio, tracked with SMS updates`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const form: Form = await loadForm(request, id);

    // From the sheet, "do it online".
    await page.goto(`/tramites/${form.service}`);
    const name = await page.locator('h1').textContent();
    await tabTo(page, `main a[href="/solicitud/${id}"]`, 80);
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText(form.steps[0].title);
    // One procedure, one name: the form is called as its sheet is.
    await expect(page.getByText(name!, { exact: true })).toBeVisible();
    await expect(page.locator('main')).toContainText(`Paso 1 de ${form.steps.length}`);

    for (const [n, step] of form.steps.entries()) {
      await expect(page.locator('h1')).toHaveText(step.title);
      if (n > 0) await settled(page);
      const required = step.fields.filter((f) => f.required);
      if (required.length > 0) {
        // An empty "Continue": the summary takes focus and each link leads to its field.
        await continueWithKeyboard(page);
        const summary = page.getByRole('alert').filter({ hasText: 'Hay un problema' });
        await expect(summary).toBeFocused();
        await expect(page).toHaveTitle(/^Error: /);
        const links = summary.getByRole('link');
        await expect(links).toHaveCount(required.length);
        for (const field of required) {
          const link = summary.locator(`a[href="#${field.id}"]`);
          await link.focus();
          await page.keyboard.press('Enter');
          await expect(page.locator(`[id="${field.id}"]`)).toBeFocused();
          const described = await page.locator(`[id="${field.id}"]`).evaluate(
            (el) => `${el.getAttribute('aria-describedby')} ${el.closest('fieldset')?.getAttribute('aria-describedby')}`,
          );
          expect(described).toContain('-error');
        }
      }
      await fillStep(page, form, step);
      await continueWithKeyboard(page);
      if (n + 1 < form.steps.length) await expect(page.locator('h1')).toHaveText(form.steps[n + 1].title);
    }

    // Check the answers; change the applicant's CURP… no: change a text answer and come back.
    await expect(page.locator('h1')).toHaveText('Revisa tus respuestas antes de enviar');
    // Focus goes to the heading after a navigation: a link focused before that loses it.
    await settled(page);
    await expect(page.locator('main')).toContainText(APPLICANT_CURP);
    const text = form.steps.flatMap((s, n) => s.fields.map((f) => ({ f, n }))).find(
      ({ f }) => f.input.type === 'text' && (f.input as { max_length: number }).max_length >= 12,
    );
    if (text) {
      const change = page.getByRole('link', { name: `Cambiar ${text.f.label}`, exact: true });
      await change.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('h1')).toHaveText(form.steps[text.n].title);
      await settled(page);
      const box = page.locator(`[id="${text.f.id}"]`);
      await expect(box).toHaveValue(/Prueba/);
      await box.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Cambiado');
      await continueWithKeyboard(page);
      await expect(page.locator('h1')).toHaveText('Revisa tus respuestas antes de enviar');
      await settled(page);
      await expect(page.locator('main')).toContainText('Cambiado');
    }

    // Send: a folio in a panel.
    await continueWithKeyboard(page);
    await expect(page.locator('h1')).toHaveText('Solicitud enviada');
    const folio = (await page.locator('main strong').first().textContent())!.trim();
    expect(folio).toMatch(FOLIO);
    // Which procedure, and when, in the time the offices keep.
    await expect(page.locator('main')).toContainText(`${form.title}: enviada el`);
    await expect(page.locator('main')).toContainText('hora del centro de México');

    // Track it: the folio and the CURP are not asked again.
    await tabTo(page, 'main a[href^="/seguimiento"]');
    await page.keyboard.press('Enter');
    await settled(page);
    await expect(page.getByLabel('Folio')).toHaveValue(folio);
    await expect(page.getByLabel(/^CURP/)).toHaveValue(APPLICANT_CURP);
    await continueWithKeyboard(page);
    await expect(page.locator('main')).toContainText(form.title);
    await expect(page.locator('main')).toContainText('Recibida');
    await expect(page.locator('main')).toContainText('Las horas son del centro de México.');

    // Subscribe a phone, confirmed with the code from the outbox.
    const phone = phoneFor(index);
    await page.getByLabel('Número de celular').focus();
    await page.keyboard.type(phone);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Código que recibiste')).toBeVisible();
    // Said to screen readers too, though the answer came after a wait.
    await expect(page.locator('body > [aria-live="polite"]')).toHaveText('Te enviamos un código por SMS. Escríbelo abajo.');
    const [message] = await outbox(request, phone);
    const code = message.match(/\b(\d{6})\b/)![1];
    await page.getByLabel('Código que recibiste').focus();
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toContainText(`••••••••${phone.slice(-2)}`);
    // Said, with the focus on the updates' heading: the code's form is gone.
    await expectFocusAndAnnouncement(page, '#sms-title', 'Confirmamos tu número');

    // The officer moves it on: the new status shows, and a text went out.
    await toReview(request, form, folio);
    await tabTo(page, 'main form button[type=submit]');
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toContainText('En revisión');
    const [update] = await outbox(request, phone);
    expect(update).toContain(folio);
    expect(update).toContain('en revisión');
  });
}

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

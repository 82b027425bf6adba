import { APIRequestContext, Page, expect } from '@playwright/test';
import { staffSession } from './staff';

// The shapes of GET /api/v1/forms/{id}, as much as the tests read.
export type Choice = { value: string; label: string };
export type Input =
  | { type: 'text' | 'textarea'; max_length: number }
  | { type: 'radios' | 'checkboxes' | 'select'; options: Choice[] }
  | { type: 'date'; rule: 'past' | 'future' | 'any' }
  | { type: 'curp' | 'rfc' | 'phone' | 'postal_code' | 'email' | 'nss' };
export type Field = { id: string; label: string; required: boolean; input: Input };
export type Step = { id: string; title: string; fields: Field[] };
export type Form = { id: string; service: string; title: string; applicant: string; steps: Step[] };

/** The eight procedures of the seed document: form id → service sheet slug. */
export const PROCEDURES = [
  'jefas-de-familia-seguro-de-vida',
  'prospera-cambio-de-titular',
  'prospera-reposicion-de-tarjeta',
  'prospera-reactivacion',
  'imss-cambio-de-clinica',
  'imss-alta-estudiantes',
  'imss-cambio-de-domicilio',
  'imss-guarderia-persona-autorizada',
];

/** Demo people of the registry: the applicant, and anyone else a form asks about. */
export const APPLICANT_CURP = 'GOML850312MDFNPR02';
const OTHER_CURP = 'HERJ900725HJCRMN07';

export async function loadForm(request: APIRequestContext, id: string, lang = 'es'): Promise<Form> {
  const response = await request.get(`/api/v1/forms/${id}?lang=${lang}`);
  expect(response.status()).toBe(200);
  return response.json();
}

/** Presses Tab until `selector` has focus: how a keyboard user gets there. */
export async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  const target = page.locator(selector).first();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** A valid answer, typed the way people do (lower case, spaces). */
function sample(field: Field, applicant: boolean): string {
  switch (field.input.type) {
    case 'curp':
      return applicant ? 'goml 850312 mdfnpr02' : OTHER_CURP.toLowerCase();
    case 'rfc':
      return 'gode 561231 gr8';
    case 'phone':
      return '55 1234-5678';
    case 'postal_code':
      return '06600';
    case 'nss':
      return '1234 5678 903';
    case 'email':
      return 'ana.gomez@example.com';
    case 'text':
    case 'textarea':
      return 'Prueba 12'.slice(0, field.input.max_length);
    default:
      return '';
  }
}

/**
 * Waits for a client-side navigation to finish: the app moves the focus to
 * the new page's heading, and typing before that would type into nothing.
 */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('main h1, main [data-error-summary]').first()).toBeFocused();
}

/** Answers every question of `step` with the keyboard. */
export async function fillStep(page: Page, form: Form, step: Step): Promise<void> {
  for (const field of step.fields) {
    const first = page.locator(`[id="${field.id}"]`);
    switch (field.input.type) {
      case 'radios':
      case 'checkboxes':
        await first.focus();
        await page.keyboard.press('Space');
        await expect(first).toBeChecked();
        break;
      case 'select':
        // On a closed list, the arrow picks the next option, as on Windows and Linux.
        await first.focus();
        await page.keyboard.press('ArrowDown');
        await expect(first).not.toHaveValue('');
        break;
      case 'date': {
        const [d, m, y] = dateFor(field.input.rule);
        await first.focus();
        await page.keyboard.type(d);
        await page.locator(`[id="${field.id}-month"]`).focus();
        await page.keyboard.type(m);
        await page.locator(`[id="${field.id}-year"]`).focus();
        await page.keyboard.type(y);
        break;
      }
      default:
        await first.focus();
        await page.keyboard.type(sample(field, field.id === form.applicant));
    }
  }
}

/** Day, month and year of a date the rule accepts. */
function dateFor(rule: 'past' | 'future' | 'any'): [string, string, string] {
  if (rule !== 'future') return ['3', '12', '1985'];
  const next = new Date(Date.now() + 30 * 86_400_000);
  return [String(next.getDate()), String(next.getMonth() + 1), String(next.getFullYear())];
}

/** The SMS messages the development outbox holds for `phone`, newest first. */
export async function outbox(request: APIRequestContext, phone: string): Promise<string[]> {
  const response = await request.get(`/api/v1/dev/sms-outbox?phone=${phone}`);
  expect(response.status()).toBe(200);
  const messages: { body: string }[] = await response.json();
  return messages.map((m) => m.body);
}

/** Moves an application of `form` to review, as its agency's caseworker does at the desk. */
export async function toReview(request: APIRequestContext, form: Form, folio: string): Promise<void> {
  const sheet = await (await request.get(`/api/v1/services/${form.service}`)).json();
  const agency: string = sheet.agency.slug;
  const { csrf } = await staffSession(request, agency);
  const response = await request.post(`/api/v1/staff/agencies/${agency}/applications/${folio}/status`, {
    headers: { 'X-CSRF-Token': csrf },
    data: { status: 'in_review' },
  });
  expect(response.status()).toBe(200);
}

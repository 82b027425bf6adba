import type { APIRequestContext } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020';
import { invite, staffSession, totp } from '../support/staff';

// The OpenAPI document is valid, and every operation in it answers as it
// says: a documented status, and a body that matches the documented schema.

// Values for path parameters and required query parameters, by name.
const EXAMPLES: Record<string, string> = {
  slug: 'consulta-curp',
  agency: 'imss',
  curp: 'GOML850312MDFNPR02',
  q: 'pasaporte',
  role: 'caseworker',
};
// Agencies and offices have their own slugs and ids.
const PATH_EXAMPLES: Record<string, Record<string, string>> = {
  '/api/v1/agencies/{slug}': { slug: 'sre' },
  '/api/v1/forms/{id}': { id: 'imss-cambio-de-clinica' },
};
// An agency's content, written and read by one of its publishers.
const ITEM = 'openapi-comunicado';
const CONTENT = '/api/v1/staff/agencies/{agency}/content';
for (const path of [`${CONTENT}/{slug}`, `${CONTENT}/{slug}/transitions`, `${CONTENT}/{slug}/preview`, `${CONTENT}/{slug}/diff`]) {
  PATH_EXAMPLES[path] = { slug: ITEM };
}
const DRAFT = {
  kind: 'press_release',
  title: { es: 'Comunicado de prueba del documento OpenAPI' },
  summary: { es: 'Lo que dice el documento es lo que hace el servidor.' },
  body: { es: '## Qué cambia\n\nNada: es una prueba.' },
  press: { number: 'Comunicado 1/2026', place: 'Ciudad de México' },
};

// The writes, in the order a citizen makes them: each call returns its body
// and headers, and may use what the earlier ones answered.
const CURP = 'GOML850312MDFNPR02';
const PHONE = '5598765432';
const STAFF = 'openapi@ventanilla.gob.mx';
const PASSWORD = 'tortuga marina bajo la lluvia';
type Call = { data: unknown; headers?: Record<string, string>; params?: Record<string, string>; via?: APIRequestContext };
function writes(
  state: Record<string, string>, request: APIRequestContext, publisher: APIRequestContext,
): Record<string, () => Promise<Call>> {
  return {
    '/api/v1/curp/search': async () => ({
      data: {
        given_names: 'maria lourdes', first_surname: 'GONZALEZ', second_surname: 'López',
        birth_date: { day: '12', month: '3', year: '1985' }, sex: 'M', birth_state: 'DF',
      },
    }),
    '/api/v1/applications': async () => ({
      headers: { 'Idempotency-Key': `openapi-${Date.now()}` },
      data: {
        form: 'imss-cambio-de-clinica',
        answers: {
          curp: CURP, nss: '12345678903', motivo: 'otro', codigo_postal: '06600', turno: 'matutino',
          correo: 'maria@example.com',
        },
      },
    }),
    '/api/v1/applications/track': async () => ({ data: { folio: state.folio, curp: CURP } }),
    '/api/v1/applications/sms': async () => ({ data: { folio: state.folio, curp: CURP, phone: PHONE } }),
    '/api/v1/applications/sms/confirm': async () => {
      const [message] = await (await request.get(`/api/v1/dev/sms-outbox?phone=${PHONE}`)).json();
      return { data: { folio: state.folio, curp: CURP, phone: PHONE, code: message.body.match(/\b(\d{6})\b/)[1] } };
    },
    // A platform admin from the command line enrols, signs in and decides on the application.
    '/api/v1/staff/enrolment/{token}': async () => {
      state.token = invite(STAFF, 'admin');
      const { secret } = await (await request.get(`/api/v1/staff/enrolment/${state.token}`)).json();
      state.secret = secret;
      return { data: { password: PASSWORD, code: totp(secret) } };
    },
    '/api/v1/staff/session': async () => ({ data: { email: STAFF, password: PASSWORD, code: totp(state.secret, 30) } }),
    '/api/v1/staff/invitations': async () => ({
      data: { email: `invitado-${Date.now()}@imss.gob.mx`, role: 'caseworker', agency: 'imss' },
      headers: { 'X-CSRF-Token': state.csrf_token },
    }),
    '/api/v1/staff/agencies/{agency}/applications/{folio}/status': async () => ({
      data: { status: 'in_review' },
      headers: { 'X-CSRF-Token': state.csrf_token },
    }),
    // The agency asks for more (checked above), and the applicant answers.
    '/api/v1/applications/reply': async () => {
      const asked = await request.post(`/api/v1/staff/agencies/imss/applications/${state.folio}/status`, {
        data: { status: 'information_requested', note: 'Falta tu comprobante' },
        headers: { 'X-CSRF-Token': state.csrf_token },
      });
      expect(asked.status()).toBe(200);
      return { data: { folio: state.folio, curp: CURP, message: 'Ya lo envié' } };
    },
    // A publisher of the agency uploads a file, writes an item, previews it and submits it.
    '/api/v1/staff/agencies/{agency}/files': async () => ({
      data: readFileSync(resolve(__dirname, '..', '..', 'crates', 'api', 'seed', 'content', 'files', 'imss-financial-report-2025-2026-summary-en.pdf')),
      params: { name: 'Informe financiero.pdf' },
      headers: { 'X-CSRF-Token': state.publisher_csrf, 'Content-Type': 'application/pdf' },
      via: publisher,
    }),
    // A publisher of the agency writes an item, previews it and submits it.
    [`${CONTENT}/{slug}`]: async () => ({ data: DRAFT, headers: { 'X-CSRF-Token': state.publisher_csrf }, via: publisher }),
    [`${CONTENT}/{slug}/preview`]: async () => ({ data: DRAFT, headers: { 'X-CSRF-Token': state.publisher_csrf }, via: publisher }),
    [`${CONTENT}/{slug}/transitions`]: async () => ({
      data: { action: 'submit' }, headers: { 'X-CSRF-Token': state.publisher_csrf }, via: publisher,
    }),
  };
}
/** Who reads a path: the agency's publisher its content, anyone else the rest. */
const reader = (path: string, request: APIRequestContext, publisher: APIRequestContext) =>
  path.startsWith(CONTENT) ? publisher : request;

test('the OpenAPI document validates and every operation answers as documented', async ({ request, baseURL, playwright }) => {
  const response = await request.get('/api/openapi.json');
  expect(response.status()).toBe(200);
  const raw = await response.json();
  await SwaggerParser.validate(structuredClone(raw));
  const api: any = await SwaggerParser.dereference(structuredClone(raw));

  const offices = await (await request.get('/api/v1/offices?per_page=1')).json();
  PATH_EXAMPLES['/api/v1/offices/{id}'] = { id: offices.items[0].id };

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // utoipa's numeric formats: the JSON types already carry what matters.
  for (const format of ['int32', 'int64', 'double', 'float']) ajv.addFormat(format, true);
  const checked: string[] = [];
  const check = async (url: string, operation: any, answer) => {
    const documented = operation.responses[String(answer.status())];
    expect(documented, `${url} answered ${answer.status()}, not documented`).toBeTruthy();
    const [contentType, media]: [string, any] = Object.entries<any>(documented.content ?? {})[0] ?? [];
    if (!media?.schema) return;
    expect(answer.headers()['content-type']).toContain(contentType);
    // A spreadsheet's CSV, not JSON: its type is what is documented.
    if (!contentType.includes('json')) return;
    const validate = ajv.compile(media.schema);
    const body = await answer.json();
    expect(validate(body), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true);
    return body;
  };

  const publisher = await playwright.request.newContext({ baseURL });
  const state: Record<string, string> = { publisher_csrf: (await staffSession(publisher, 'imss', 'publisher')).csrf };
  const posts = writes(state, request, publisher);
  for (const [path, call] of Object.entries(posts)) {
    const operation = api.paths[path]?.post;
    expect(operation, `POST ${path} is documented`).toBeTruthy();
    const { data, headers, params, via = request } = await call();
    const url = path.replace(/\{(\w+)\}/g, (_, name) => ({ ...EXAMPLES, ...state, ...PATH_EXAMPLES[path] })[name] ?? '');
    const answer = await via.post(url, { data, headers, params });
    expect(answer.status(), `POST ${url}: ${await answer.text()}`).toBeLessThan(300);
    const body = await check(url, operation, answer);
    if (body?.folio) state.folio = body.folio;
    if (body?.csrf_token) state.csrf_token = body.csrf_token;
    if (body?.id) state.id = String(body.id);
    checked.push(`POST ${path}`);
  }
  expect(Object.keys(api.paths).filter((p) => api.paths[p].post).sort()).toEqual(Object.keys(posts).sort());

  for (const [path, item] of Object.entries<any>(api.paths)) {
    for (const [method, operation] of Object.entries<any>(item)) {
      if (method !== 'get') continue;
      const values = { ...EXAMPLES, ...state, ...PATH_EXAMPLES[path] };
      let url = path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(values[name]));
      const required = (operation.parameters ?? []).filter((p: any) => p.in === 'query' && p.required);
      if (required.length) url += '?' + required.map((p: any) => `${p.name}=${encodeURIComponent(values[p.name])}`).join('&');

      for (const lang of ['es', 'en']) {
        await check(url, operation, await reader(path, request, publisher).get(url, { headers: { 'accept-language': lang } }));
      }
      checked.push(`${method.toUpperCase()} ${path}`);
    }
  }
  // The invited person: their lock lifted (there is none), their role taken away.
  for (const path of ['/api/v1/staff/agencies/{agency}/people/{id}/lock', '/api/v1/staff/agencies/{agency}/people/{id}/roles/{role}']) {
    const url = path.replace(/\{(\w+)\}/g, (_, name) => ({ ...EXAMPLES, ...state })[name]);
    const answer = await request.delete(url, { headers: { 'X-CSRF-Token': state.csrf_token } });
    expect(answer.status(), `DELETE ${url}`).toBe(204);
    await check(url, api.paths[path].delete, answer);
    checked.push(`DELETE ${path}`);
  }
  // Signing out, last: the session's CSRF token, then no session.
  const signOut = api.paths['/api/v1/staff/session'].delete;
  await check('/api/v1/staff/session', signOut, await request.delete('/api/v1/staff/session', { headers: { 'X-CSRF-Token': state.csrf_token } }));
  await check('/api/v1/staff/session', signOut, await request.delete('/api/v1/staff/session', { headers: { 'X-CSRF-Token': state.csrf_token } }));
  checked.push('DELETE /api/v1/staff/session');
  // Signed out already: signing out everywhere needs a session.
  const everywhere = api.paths['/api/v1/staff/sessions'].delete;
  await check('/api/v1/staff/sessions', everywhere, await request.delete('/api/v1/staff/sessions'));
  checked.push('DELETE /api/v1/staff/sessions');
  expect(Object.keys(api.paths).filter((p) => api.paths[p].delete).sort()).toEqual([
    '/api/v1/staff/agencies/{agency}/people/{id}/lock', '/api/v1/staff/agencies/{agency}/people/{id}/roles/{role}',
    '/api/v1/staff/session', '/api/v1/staff/sessions',
  ]);
  // Every documented operation was called.
  expect(checked.sort()).toEqual(
    Object.entries<any>(api.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)).sort(),
  );
  expect(baseURL).toBeTruthy();
});

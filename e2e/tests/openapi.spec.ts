import { test, expect } from '../support/fixtures';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020';

// The OpenAPI document is valid, and every operation in it answers as it
// says: a documented status, and a body that matches the documented schema.

// Values for path parameters and required query parameters, by name.
const EXAMPLES: Record<string, string> = {
  slug: 'consulta-curp',
  curp: 'GOML850312MDFNPR02',
  q: 'pasaporte',
};
// Agencies and offices have their own slugs and ids.
const PATH_EXAMPLES: Record<string, Record<string, string>> = {
  '/api/v1/agencies/{slug}': { slug: 'sre' },
};

test('the OpenAPI document validates and every operation answers as documented', async ({ request, baseURL }) => {
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
  for (const [path, item] of Object.entries<any>(api.paths)) {
    for (const [method, operation] of Object.entries<any>(item)) {
      if (method !== 'get') continue;
      const values = { ...EXAMPLES, ...PATH_EXAMPLES[path] };
      let url = path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(values[name]));
      const required = (operation.parameters ?? []).filter((p: any) => p.in === 'query' && p.required);
      if (required.length) url += '?' + required.map((p: any) => `${p.name}=${encodeURIComponent(values[p.name])}`).join('&');

      for (const lang of ['es', 'en']) {
        const answer = await request.get(url, { headers: { 'accept-language': lang } });
        const documented = operation.responses[String(answer.status())];
        expect(documented, `${url} answered ${answer.status()}, not documented`).toBeTruthy();
        const [contentType, media]: [string, any] = Object.entries<any>(documented.content ?? {})[0] ?? [];
        if (!media?.schema) continue;
        expect(answer.headers()['content-type']).toContain(contentType);
        const validate = ajv.compile(media.schema);
        const body = await answer.json();
        expect(validate(body), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
      checked.push(`${method.toUpperCase()} ${path}`);
    }
  }
  expect(checked.length).toBeGreaterThanOrEqual(11);
  expect(baseURL).toBeTruthy();
});

// Another agency's app built on ventanilla-ui (examples/embed, its own Cargo
// project, built by `trunk build` alone), served as plain static files: its
// form is styled by the crate's own stylesheet, checks a CURP and a date
// with Ventanilla's rules, and lists the problems in an error summary.
import { Server } from 'node:http';
import { resolve } from 'node:path';
import { test, expect, expectNoAxeViolations, expectNoHorizontalScroll, VIEWPORTS } from '../support/fixtures';
import { serveFolder } from '../support/static-server';

let site: { url: string; server: Server };
test.beforeAll(async () => {
  site = await serveFolder(resolve(__dirname, '..', '..', 'examples', 'embed', 'dist'));
});
test.afterAll(() => site.server.close());
test.use({ awaitHydration: false });

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.name}, Continuar lists each problem, its link leads to the field, and a valid answer is received`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto(site.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Constancia de vigencia de derechos' })).toBeVisible();
    // Styled by the crate: the button has its brand colour (the agency's theme) and its 44 px.
    const button = page.getByRole('button', { name: 'Continuar' });
    await expect(button).toHaveCSS('background-color', 'rgb(19, 50, 43)');
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expectNoAxeViolations(page);

    await page.getByLabel('CURP').fill('GOML850312MDFNPR0');
    await button.focus();
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Tu CURP debe tener 18 letras y números');
    await expect(summary).toContainText('Escribe tu fecha de nacimiento con día, mes y año');
    await expect(page.getByLabel('CURP')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('CURP')).toHaveValue('GOML850312MDFNPR0');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await summary.getByRole('link', { name: 'Tu CURP debe tener 18 letras y números' }).click();
    await expect(page.getByLabel('CURP')).toBeFocused();

    // A CURP that passes every rule, and a date that is not the one it holds.
    await page.getByLabel('CURP').fill('GOML850312MDFNPR02');
    await page.getByLabel('Día').fill('1');
    await page.getByLabel('Mes').fill('1');
    await page.getByLabel('Año').fill('1985');
    await button.click();
    await expect(summary).toContainText('La fecha de nacimiento no es la de tu CURP');
    await expect(summary).not.toContainText('CURP debe');

    await page.getByLabel('Día').fill('12');
    await page.getByLabel('Mes').fill('3');
    await button.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Solicitud recibida' })).toBeVisible();
  });
}

import { test, expect } from '../support/fixtures';

// The folio is what a citizen copies down: on a small phone it stays on one line.
for (const width of [320, 360]) {
  test(`at ${width} px the folio is one line`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.addInitScript(() =>
      sessionStorage.setItem(
        'ventanilla.receipt',
        JSON.stringify({ form: 'imss-cambio-de-clinica', folio: 'VEN-7K4P9Q2M', submitted_at: '2026-12-01T17:05:00Z' }),
      ),
    );
    await page.goto('/solicitud/imss-cambio-de-clinica/enviada');
    const folio = page.getByText('VEN-7K4P9Q2M');
    await expect(folio).toBeVisible();
    const lines = await folio.evaluate((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    await expect(page.locator('main')).toContainText('enviada el 1 de diciembre de 2026, 11:05, hora del centro de México');
  });
}

test('the confirmation names the procedure as its sheet does, and prints', async ({ page }) => {
  await page.addInitScript(() =>
    sessionStorage.setItem(
      'ventanilla.receipt',
      JSON.stringify({ form: 'imss-cambio-de-clinica', folio: 'VEN-7K4P9Q2M', submitted_at: '2026-12-01T17:05:00Z' }),
    ),
  );
  await page.goto('/solicitud/imss-cambio-de-clinica/enviada');
  await expect(page.locator('main')).toContainText('Cambiar tu clínica del IMSS: enviada el');
  // The browser's print dialog cannot be driven: the test sees it asked for.
  await page.evaluate(() => { window.print = () => document.documentElement.setAttribute('data-printed', ''); });
  const print = page.getByRole('button', { name: 'Imprimir o guardar como PDF' });
  await print.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html[data-printed]')).toHaveCount(1);
});

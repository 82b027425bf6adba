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

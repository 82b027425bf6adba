import { test, expect, expectNoAxeViolations, expectNoHorizontalScroll, VIEWPORTS, Lang } from '../support/fixtures';
import { PROCEDURES, fillStep, loadForm, settled, tabTo } from '../support/procedure';

// Every step empty, in error and answered, the check page and the confirmation.
for (const lang of ['es', 'en'] as Lang[]) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${lang} at ${viewport.name}`, () => {
      test.use({ lang, viewport: { width: viewport.width, height: viewport.height } });

      for (const id of PROCEDURES) {
        test(`${id}: every page and error state has no WCAG 2.2 A/AA violations`, async ({ page, request }) => {
          test.setTimeout(120_000);
          const form = await loadForm(request, id, lang);
          await page.goto(`/solicitud/${id}`);
          for (const [n, step] of form.steps.entries()) {
            await expect(page.locator('h1')).toHaveText(step.title);
            if (n > 0) await settled(page);
            const check = async () => {
              await expectNoAxeViolations(page);
              await expectNoHorizontalScroll(page);
            };
            if (step.fields.some((f) => f.required)) {
              await tabTo(page, 'main form button[type=submit]');
              await page.keyboard.press('Enter');
              await expect(page.locator('[role=alert] a').first()).toBeVisible();
              await check();
            } else {
              await check();
            }
            await fillStep(page, form, step);
            await tabTo(page, 'main form button[type=submit]');
            await page.keyboard.press('Enter');
          }
          await expect(page.locator('main a[href*="volver=revisar"]').first()).toBeVisible();
          await expectNoAxeViolations(page);
          await expectNoHorizontalScroll(page);
          await tabTo(page, 'main form button[type=submit]');
          await page.keyboard.press('Enter');
          await expect(page.locator('main strong').first()).toHaveText(/^VEN-/);
          await expectNoAxeViolations(page);
          await expectNoHorizontalScroll(page);
        });
      }
    });
  }
}

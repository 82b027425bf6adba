// The component library's gallery, as another agency's frontend team uses
// it: every component's page, each example live with its code and the
// README's accessibility criteria, with no WCAG 2.2 A/AA violation in
// either language at 320 px and 1280 px; and the interactive examples
// driven by keyboard as their criteria say.
import { test, expect, expectNoAxeViolations, expectNoHorizontalScroll, VIEWPORTS, Lang } from '../support/fixtures';

const TEXT = {
  es: { code: 'Código del ejemplo', docs: 'Documentación (en inglés)' },
  en: { code: "The example's code", docs: 'Documentation' },
};

for (const lang of ['es', 'en'] as Lang[]) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${lang} at ${viewport.name}`, () => {
      test.use({ lang, viewport: { width: viewport.width, height: viewport.height } });

      test('every component page shows its examples, their code and its criteria, with no violations', async ({ page }) => {
        test.setTimeout(180_000);
        await page.goto('/componentes');
        const links = page.locator('main ul li a');
        const paths = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
        expect(paths.length).toBeGreaterThan(15);
        for (const path of paths) {
          await page.goto(path);
          const examples = page.locator('main section');
          expect(await examples.count(), path).toBeGreaterThan(0);
          await expect(page.getByRole('heading', { level: 2, name: TEXT[lang].docs })).toBeVisible();
          await expect(page.getByRole('heading', { name: 'Accessibility acceptance criteria' })).toBeVisible();
          // The first example's code opens under it.
          await examples.first().getByText(TEXT[lang].code).click();
          await expect(examples.first().locator('pre')).toContainText('pub fn ');
          await expectNoAxeViolations(page);
          await expectNoHorizontalScroll(page);
        }
      });
    });
  }
}

test.describe('the interactive examples, by keyboard', () => {
  test('ErrorSummary: an empty Continuar shows the summary with the focus, and its link leads to the field', async ({ page }) => {
    await page.goto('/componentes/error-summary');
    const example = page.locator('main section').first();
    await example.getByRole('button', { name: 'Continuar' }).focus();
    await page.keyboard.press('Enter');
    const summary = example.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Escribe tu CURP');
    await page.keyboard.press('Tab');
    await expect(summary.getByRole('link', { name: 'Escribe tu CURP' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(example.getByLabel('CURP')).toBeFocused();
    await expect(example.getByLabel('CURP')).toHaveAttribute('aria-invalid', 'true');
  });

  test('SearchField: typing suggests, the arrows choose, Enter selects, Escape clears', async ({ page }) => {
    await page.goto('/componentes/search-field');
    const box = page.locator('main').getByRole('combobox', { name: 'Busca un trámite' });
    await box.focus();
    await page.keyboard.type('pasa');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    const first = page.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page.locator('main section').first().getByRole('status').last()).toContainText('Elegiste «Pasaporte por primera vez»');
    await box.focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
  });

  test('Details: Enter on the summary opens and closes it', async ({ page }) => {
    await page.goto('/componentes/details');
    const details = page.locator('main section').first().locator('details').first();
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open', '');
    await page.keyboard.press('Enter');
    await expect(details).not.toHaveAttribute('open', '');
  });

  test('CharacterCount: the count follows the typing, keeps every character, and is said once typing pauses', async ({ page }) => {
    await page.goto('/componentes/character-count');
    const box = page.getByLabel('¿Por qué necesitas cambiar tu cita del pasaporte?');
    const example = page.locator('main section').first();
    await expect(example).toContainText('Te quedan 200 caracteres');
    await box.focus();
    await page.keyboard.type('Me cambiaron el turno en el trabajo. '.repeat(6));
    await expect(box).toHaveValue('Me cambiaron el turno en el trabajo. '.repeat(6));
    await expect(example).toContainText('Tienes 22 caracteres de más');
    await expect(example.locator('[aria-live="polite"]')).toHaveText('Tienes 22 caracteres de más');
  });

  test('Radios: the arrows move the choice within the group', async ({ page }) => {
    await page.goto('/componentes/choice');
    const radios = page.locator('main section').first().getByRole('radio');
    await radios.first().focus();
    await page.keyboard.press('Space');
    await expect(radios.first()).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(radios.nth(1)).toBeChecked();
    await expect(radios.nth(1)).toBeFocused();
  });
});

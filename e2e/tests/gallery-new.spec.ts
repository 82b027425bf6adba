// The gallery's newer interactive components, driven by keyboard as their
// README's accessibility criteria say: what a keyboard user notices (where
// the focus is, the states that screen readers say, what is announced),
// and, without JavaScript, that each still shows all its content.
import { test, expect } from '../support/fixtures';

test.describe('the newer interactive examples, by keyboard', () => {
  test('PasswordInput: the button shows and hides the password, keeps the focus and says so', async ({ page }) => {
    await page.goto('/componentes/password-input');
    const example = page.locator('main section').first();
    const box = example.getByLabel('Contraseña', { exact: true });
    const said = example.locator('[aria-live="polite"]');
    await expect(box).toHaveAttribute('type', 'password');
    await expect(box).toHaveAttribute('autocomplete', 'current-password');
    await expect(said).toHaveText('');
    // The button shows once the page runs its script.
    const show = example.getByRole('button', { name: 'Mostrar contraseña' });
    await expect(show).toBeVisible();
    await box.focus();
    await page.keyboard.type('Tlalpan2025');
    await page.keyboard.press('Tab');
    await expect(show).toBeFocused();
    await expect(show).toHaveText('Mostrar');
    await expect(show).toHaveAttribute('aria-controls', (await box.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(box).toHaveAttribute('type', 'text');
    await expect(box).toHaveValue('Tlalpan2025');
    const hide = example.getByRole('button', { name: 'Ocultar contraseña' });
    await expect(hide).toBeFocused();
    await expect(hide).toHaveText('Ocultar');
    await expect(said).toHaveText('Tu contraseña está visible');
    await page.keyboard.press('Space');
    await expect(box).toHaveAttribute('type', 'password');
    await expect(show).toBeFocused();
    await expect(said).toHaveText('Tu contraseña está oculta');
  });

  test('PasswordInput: sending the form hides the password again', async ({ page }) => {
    await page.goto('/componentes/password-input');
    const example = page.locator('main section').nth(1);
    const box = example.getByLabel('Crea una contraseña para Mi IMSS');
    await expect(box).toHaveAttribute('autocomplete', 'new-password');
    await expect(example.getByRole('button', { name: 'Mostrar contraseña' })).toBeVisible();
    await box.focus();
    await page.keyboard.type('mi clínica está en Tlalpan');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(box).toHaveAttribute('type', 'text');
    await box.focus();
    await page.keyboard.press('Enter');
    await expect(example.getByRole('status')).toHaveText('Guardamos tu contraseña. Ya puedes entrar a Mi IMSS.');
    await expect(box).toHaveAttribute('type', 'password');
    await expect(example.getByRole('button', { name: 'Mostrar contraseña' })).toHaveText('Mostrar');
  });

  test('Accordion: Enter and Space open and close a section, and the first button opens them all', async ({ page }) => {
    await page.goto('/componentes/accordion');
    const example = page.locator('main section').first();
    const section = example.getByRole('button', { name: /^Requisitos/ });
    const content = example.locator(`[id="${await section.getAttribute('aria-controls')}"]`);
    await expect(section).toHaveAttribute('aria-expanded', 'false');
    // The title, then the toggle's words, parted by a comma only screen readers hear.
    await expect(section).toHaveAccessibleName(/^Requisitos\s*,\s*Mostrar$/);
    await expect(content).toHaveAttribute('hidden', 'until-found');
    await section.focus();
    await page.keyboard.press('Enter');
    await expect(section).toHaveAttribute('aria-expanded', 'true');
    await expect(section).toHaveAccessibleName(/^Requisitos\s*,\s*Ocultar$/);
    await expect(section).toBeFocused();
    await expect(content).toBeVisible();
    await expect(content).toContainText('Acta de nacimiento original');
    await page.keyboard.press('Space');
    await expect(section).toHaveAttribute('aria-expanded', 'false');
    await expect(content).toHaveAttribute('hidden', 'until-found');

    await example.getByRole('button', { name: 'Mostrar todas las secciones' }).focus();
    await page.keyboard.press('Enter');
    const hideAll = example.getByRole('button', { name: 'Ocultar todas las secciones' });
    await expect(hideAll).toBeFocused();
    await expect(hideAll).toHaveAttribute('aria-expanded', 'true');
    const sections = example.locator('h4 button[aria-controls]');
    await expect(sections).toHaveCount(3);
    for (const button of await sections.all()) {
      await expect(button).toHaveAttribute('aria-expanded', 'true');
    }
    await page.keyboard.press('Enter');
    await expect(example.getByRole('button', { name: 'Mostrar todas las secciones' })).toHaveAttribute('aria-expanded', 'false');
    for (const button of await sections.all()) {
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    }
  });

  test('Tabs: the arrows, Home and End move the focus and the selection; Tab goes into the panel', async ({ page }) => {
    await page.goto('/componentes/tabs');
    const example = page.locator('main section').first();
    const list = example.getByRole('tablist', { name: 'Formas de presentar tu declaración' });
    const tabs = list.getByRole('tab');
    const panel = example.getByRole('tabpanel');
    await expect(tabs).toHaveCount(3);
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.nth(1)).toHaveAttribute('tabindex', '-1');
    await expect(panel).toHaveCount(1);
    await expect(panel).toHaveAccessibleName('Por internet');

    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.nth(1)).toBeFocused();
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.nth(1)).toHaveAttribute('tabindex', '0');
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'false');
    await expect(tabs.first()).toHaveAttribute('tabindex', '-1');
    await expect(panel).toHaveAccessibleName('En la app SAT Móvil');
    await expect(panel).toHaveAttribute('id', (await tabs.nth(1).getAttribute('aria-controls'))!);

    await page.keyboard.press('End');
    await expect(tabs.nth(2)).toBeFocused();
    await expect(tabs.nth(2)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(tabs.first()).toBeFocused();
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.nth(2)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(tabs.first()).toBeFocused();
    await expect(panel).toHaveAccessibleName('Por internet');

    // Only the selected tab is in the Tab order: the next Tab is its panel.
    await page.keyboard.press('Tab');
    await expect(panel).toBeFocused();
    await expect(panel).toContainText('portal del SAT');
  });

  test('Table: a header button sorts the rows, says the order, and sorts the other way when pressed again', async ({ page }) => {
    await page.goto('/componentes/table');
    const example = page.locator('main section').first();
    const table = example.getByRole('table', { name: 'Tus trámites' });
    const date = table.getByRole('columnheader', { name: 'Fecha de solicitud' });
    const said = example.locator('[aria-live="polite"]');
    const firstRow = table.locator('tbody tr').first();
    await expect(date).toHaveAttribute('aria-sort', 'none');
    await expect(table.getByRole('columnheader', { name: 'Folio' })).not.toHaveAttribute('aria-sort');
    await expect(said).toHaveText('');
    const button = date.getByRole('button', { name: 'Fecha de solicitud' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(date).toHaveAttribute('aria-sort', 'ascending');
    await expect(button).toBeFocused();
    await expect(said).toHaveText('Ordenado por Fecha de solicitud, ascendente');
    await expect(firstRow).toContainText('Acta de nacimiento');
    await page.keyboard.press('Space');
    await expect(date).toHaveAttribute('aria-sort', 'descending');
    await expect(button).toBeFocused();
    await expect(said).toHaveText('Ordenado por Fecha de solicitud, descendente');
    await expect(firstRow).toContainText('Pasaporte por primera vez');

    // Amounts sort by their value, not their text.
    await table.getByRole('button', { name: 'Costo' }).focus();
    await page.keyboard.press('Enter');
    await expect(date).toHaveAttribute('aria-sort', 'none');
    await expect(table.getByRole('columnheader', { name: 'Costo' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(said).toHaveText('Ordenado por Costo, ascendente');
    await expect(table.locator('tbody tr').last()).toContainText('$1,585.00');
  });

  test('CookieBanner: a choice gives way to its confirmation, which takes the focus, and the banner hides', async ({ page }) => {
    await page.goto('/componentes/cookie-banner');
    const example = page.locator('main section').first();
    const banner = example.getByRole('region', { name: 'Cookies en la Ventanilla Única' });
    await banner.getByRole('button', { name: 'Rechazar cookies de análisis' }).focus();
    await page.keyboard.press('Enter');
    const confirmation = banner.getByRole('alert');
    await expect(confirmation).toBeFocused();
    await expect(confirmation).toContainText('Rechazaste las cookies de análisis');
    await expect(banner.getByRole('button', { name: 'Aceptar cookies de análisis' })).toBeHidden();
    await expect(example).toContainText('Lo que la app guardó: rechazó');
    // The app recorded the choice: the form was not sent.
    await expect(page).toHaveURL(/\/componentes\/cookie-banner$/);
    await page.keyboard.press('Tab');
    await expect(confirmation.getByRole('link', { name: 'cambiar tu configuración de cookies' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(confirmation.getByRole('button', { name: 'Ocultar este mensaje' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(banner).toBeHidden();
  });

  test('FileUpload: Tab reaches the labelled input, Space opens the chooser, and the chosen file is named', async ({ page }) => {
    await page.goto('/componentes/file-upload');
    const example = page.locator('main section').first();
    const input = example.getByLabel('Sube tu acta de nacimiento');
    await expect(input).toHaveAttribute('type', 'file');
    await expect(input).toHaveAttribute('accept', '.pdf,.jpg,.jpeg,.png');
    await expect(input).toHaveAccessibleDescription('PDF, JPG o PNG, de hasta 5 MB');
    await input.focus();
    await expect(input).toBeFocused();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles({ name: 'acta-nacimiento.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') });
    await expect(example.getByRole('status')).toHaveText('Elegiste: acta-nacimiento.pdf');
  });
});

test.describe('the newer interactive examples, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('PasswordInput is a plain password box, with no button that would do nothing', async ({ page }) => {
    await page.goto('/componentes/password-input');
    const example = page.locator('main section').first();
    await expect(example.getByLabel('Contraseña', { exact: true })).toHaveAttribute('type', 'password');
    await expect(example.getByRole('button', { name: 'Mostrar contraseña' })).toBeHidden();
  });

  test('Accordion shows every section, its titles as headings, with no buttons', async ({ page }) => {
    await page.goto('/componentes/accordion');
    const example = page.locator('main section').first();
    await expect(example.getByRole('heading', { level: 4, name: 'Costos' })).toBeVisible();
    await expect(example.getByRole('listitem').filter({ hasText: 'Acta de nacimiento original' })).toBeVisible();
    await expect(example.locator('p', { hasText: 'Las personas mayores de 60 años' })).toBeVisible();
    await expect(example.locator('button[aria-expanded]')).toHaveCount(0);
  });

  test('Tabs are a list of links to the panels, which all show', async ({ page }) => {
    await page.goto('/componentes/tabs');
    const example = page.locator('main section').first();
    await expect(example.getByRole('tablist')).toHaveCount(0);
    await expect(example.getByRole('link', { name: 'En una oficina' })).toHaveAttribute('href', '#declaracion-oficina');
    await expect(example.getByRole('heading', { name: 'Por internet' })).toBeVisible();
    await expect(example.getByRole('heading', { name: 'En una oficina del SAT' })).toBeVisible();
  });

  test('Table has plain headers and every row', async ({ page }) => {
    await page.goto('/componentes/table');
    const table = page.locator('main section').first().getByRole('table', { name: 'Tus trámites' });
    await expect(table.getByRole('button')).toHaveCount(0);
    await expect(table.locator('tbody tr')).toHaveCount(4);
  });
});

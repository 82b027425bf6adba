// A publication's files, with the keyboard only: an IMSS editor saves a
// publication without one (the error summary asks for it), chooses a file
// that is not a document (refused in words, announced), then the real PDF
// (the focus moves to its title), removes and adds it again, says whom to
// ask for an accessible format, previews and saves; the saved draft keeps
// the file and its words; a change saved again leaves the focus on the
// item's state. axe on every state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import { test, expect, Lang } from '../support/fixtures';
import { checkPage, press, typeInto } from '../support/editor';
import { staffSession } from '../support/staff';
import { tabTo } from '../support/procedure';

const PDF = readFileSync(
  join(__dirname, '../../crates/api/tests/fixtures/profeco-wordpress/wp-content/uploads/2018/11/canasta-noviembre-2018.pdf'),
);

const WORDS = {
  es: {
    write: 'Escribir un contenido nuevo', save: 'Guardar el borrador', preview: 'Ver la vista previa',
    required: 'Sube al menos un archivo: una publicación los necesita.',
    type: 'El archivo no es un PDF, una hoja de cálculo, un documento ni una imagen PNG o JPEG.',
    uploaded: 'Se subió informe-2026.pdf. Escribe su título.', removed: 'Se quitó', remove: 'Quitar',
    contact: 'Contacto para pedir un formato accesible: falta escribirlo.',
    title: 'Informe de unidades médicas 2026', fileTitle: 'Informe de unidades médicas, diciembre de 2026',
    version2: 'versión 2', saved2: 'Se guardó la versión 2.',
  },
  en: {
    write: 'Write new content', save: 'Save the draft', preview: 'See the preview',
    required: 'Upload at least one file: a publication needs them.',
    type: 'The file is not a PDF, a spreadsheet, a document or a PNG or JPEG image.',
    uploaded: 'informe-2026.pdf was uploaded. Write its title.', removed: 'was removed', remove: 'Remove',
    contact: 'Contact to ask for an accessible format: this is missing.',
    title: 'Informe de unidades médicas 2026', fileTitle: 'Informe de unidades médicas, diciembre de 2026',
    version2: 'version 2', saved2: 'Version 2 was saved.',
  },
};

/** Opens the file chooser from the focused input with Space, and chooses `file` in it. */
async function choose(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await tabTo(page, '#attachment_upload', 120);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(file);
}

const said = (page: Page, text: string) => page.locator('[aria-live="polite"]').filter({ hasText: text });

for (const [lang, width] of [['es', 320], ['en', 1280]] as [Lang, number][]) {
  test.describe(`a publication's files, ${lang} at ${width} px`, () => {
    test.use({ lang, viewport: { width, height: 900 } });

    test('an editor attaches a PDF to a publication, a wrong file refused in words', async ({ page }) => {
      test.setTimeout(120_000);
      const words = WORDS[lang];
      const slug = `informe-unidades-medicas-${lang}-${Date.now()}`;
      await staffSession(page.request, 'imss', 'editor');
      await page.goto('/gestion/dependencias/imss/contenido/nuevo');
      await expect(page.locator('h1')).toHaveText(words.write);

      // A publication, its texts typed, saved without a file.
      await tabTo(page, '#kind', 120);
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      await expect(page.locator('#kind-4')).toBeChecked();
      await typeInto(page, 'slug', slug);
      await typeInto(page, 'title_es', words.title);
      await typeInto(page, 'summary_es', 'Las unidades médicas del IMSS en 2026, por estado.');
      await typeInto(page, 'body_es', 'El informe cuenta las unidades de medicina familiar y los hospitales.');
      await press(page, words.save);
      await expect(page.locator('[data-error-summary]')).toBeFocused();
      await expect(page.locator('[data-error-summary]')).toContainText(words.required);
      await page.locator(`[data-error-summary] a:text-is("${words.required}")`).press('Enter');
      await expect(page.locator('#attachment_upload')).toBeFocused();
      await checkPage(page);

      // A text file named like a PDF is judged by its content: refused, nothing attached.
      await choose(page, { name: 'informe.pdf', mimeType: 'application/pdf', buffer: Buffer.from('No es un PDF.\n') });
      await expect(page.locator('#attachment_upload-error')).toContainText(words.type);
      await expect(said(page, words.type)).toHaveCount(1);
      await expect(page.locator('#attachments_0_title_es')).toHaveCount(0);
      await checkPage(page);

      // The real PDF: uploaded, its title box focused and announced.
      await choose(page, { name: 'informe-2026.pdf', mimeType: 'application/pdf', buffer: PDF });
      await expect(page.locator('#attachments_0_title_es')).toBeFocused();
      await expect(said(page, words.uploaded)).toHaveCount(1);
      await expect(page.locator('#attachment_upload-error')).toHaveCount(0);
      await checkPage(page);

      // Removed, then the same file again: one file, not two.
      await tabTo(page, `button:text-matches("^${words.remove} ")`, 20);
      await page.keyboard.press('Enter');
      await expect(page.locator('#attachment_upload')).toBeFocused();
      await expect(said(page, words.removed)).toHaveCount(1);
      await expect(page.locator('#attachments_0_title_es')).toHaveCount(0);
      await choose(page, { name: 'informe-2026.pdf', mimeType: 'application/pdf', buffer: PDF });
      await expect(page.locator('#attachments_0_title_es')).toBeFocused();
      await page.keyboard.type(words.fileTitle);
      await expect(page.locator('#attachments_1_title_es')).toHaveCount(0);

      // Files come with whom to ask for an accessible format.
      await press(page, words.save);
      await expect(page.locator('[data-error-summary]')).toBeFocused();
      await expect(page.locator('[data-error-summary]')).toContainText(words.contact);
      await expect(page.locator('#attachments_0_title_es')).toHaveValue(words.fileTitle);
      await typeInto(page, 'accessible_format_contact', 'transparencia@imss.gob.mx');

      await press(page, words.preview);
      await expect(page.locator('#preview')).toBeFocused();
      await expect(page.locator('section a[href$=".pdf"]').filter({ hasText: words.fileTitle })).toBeVisible();
      await checkPage(page);

      await press(page, words.save);
      await expect(page).toHaveURL(new RegExp(`/gestion/dependencias/imss/contenido/${slug}$`));
      await page.reload();
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      await expect(page.locator('#attachments_0_title_es')).toHaveValue(words.fileTitle);
      await expect(page.locator('#accessible_format_contact')).toHaveValue('transparencia@imss.gob.mx');
      await checkPage(page);

      // A change saved as version 2: the page is drawn again, the focus on the item's state.
      await tabTo(page, '#attachments_0_title_es', 120);
      await page.keyboard.press('End');
      await page.keyboard.type(' (revisado)');
      await press(page, words.save);
      await expect(page.locator('#document-state')).toBeFocused();
      await expect(page.locator('#document-state')).toContainText(words.version2);
      await expect(said(page, words.saved2)).toHaveCount(1);
      await expect(page.locator('#attachments_0_title_es')).toHaveValue(`${words.fileTitle} (revisado)`);
    });
  });
}

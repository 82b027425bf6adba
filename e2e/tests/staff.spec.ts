// The agencies' side, with the keyboard only: a caseworker invited from the
// command line enrols (the TOTP code computed here from the key the page
// shows, as an authenticator app would), signs in, finds a citizen's
// application in the queue, opens it and moves it on; the citizen then
// sees it resolved on /seguimiento. axe on every page and state.
import { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, expectNoHorizontalScroll, VIEWPORTS, Lang } from '../support/fixtures';
import { invite, totp } from '../support/staff';
import { APPLICANT_CURP, tabTo } from '../support/procedure';

const PASSWORD = 'tortuga marina bajo la lluvia';
const WORDS = {
  es: {
    enrolTitle: 'Activa tu cuenta', enrol: 'Activar mi cuenta', enrolled: 'Tu cuenta está activa', signIn: 'Entrar',
    signInTitle: 'Entrar a la gestión de tu dependencia', wrong: 'El correo, la contraseña o el código no son correctos',
    guessable: 'Tu contraseña es fácil de adivinar', queue: 'Solicitudes', inReview: 'En revisión', resolved: 'Resuelta',
    toReview: 'Pasar a revisión', resolve: 'Marcar como resuelta', now: 'La solicitud ahora está: En revisión',
    invalid: 'Este enlace ya no sirve', signedOut: 'No has entrado', signOut: 'Salir',
  },
  en: {
    enrolTitle: 'Set up your account', enrol: 'Set up my account', enrolled: 'Your account is set up', signIn: 'Sign in',
    signInTitle: "Sign in to your agency's management", wrong: 'The e-mail, the password or the code is not right',
    guessable: 'Your password is easy to guess', queue: 'Applications', inReview: 'In review', resolved: 'Resolved',
    toReview: 'Move to in review', resolve: 'Mark as resolved', now: 'The application is now: In review',
    invalid: 'This link no longer works', signedOut: 'You are not signed in', signOut: 'Sign out',
  },
};

/** A citizen's application of the clinic change, sent through the API the procedure's pages use. */
async function applied(page: Page): Promise<string> {
  const answer = await page.request.post('/api/v1/applications', {
    headers: { 'Idempotency-Key': `staff-e2e-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    data: {
      form: 'imss-cambio-de-clinica',
      answers: {
        curp: APPLICANT_CURP, nss: '12345678903', motivo: 'otro', codigo_postal: '06600', turno: 'matutino',
        correo: 'maria@example.com',
      },
    },
  });
  expect(answer.status()).toBe(201);
  return (await answer.json()).folio;
}

async function checked(page: Page) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
}

for (const lang of ['es', 'en'] as Lang[]) {
  const words = WORDS[lang];
  for (const viewport of VIEWPORTS) {
    test.describe(`${lang} at ${viewport.name}`, () => {
      test.use({ lang, viewport: { width: viewport.width, height: viewport.height } });

      test('a caseworker enrols, signs in, and moves a citizen\'s application on, with the keyboard', async ({ page }) => {
        const folio = await applied(page);
        const email = `caso-${lang}-${viewport.width}-${Date.now()}@imss.gob.mx`;
        const token = invite(email, 'caseworker', 'imss');

        // Enrolment: the key, a password, a code.
        await page.goto(`/gestion/alta/${token}`);
        const key = page.locator('[data-totp-key]');
        await expect(key).toBeVisible();
        const secret = (await key.getAttribute('data-totp-key'))!;
        await checked(page);
        await tabTo(page, '#password');
        await page.keyboard.type('password1234');
        await tabTo(page, '#code');
        await page.keyboard.type(totp(secret));
        await page.keyboard.press('Enter');
        const summary = page.locator('[data-error-summary]');
        await expect(summary).toBeFocused();
        await expect(summary).toContainText(words.guessable);
        await expect(page).toHaveTitle(/^Error: /);
        await checked(page);
        await page.locator('#password').fill('');
        await tabTo(page, '#password');
        await page.keyboard.type(PASSWORD);
        await tabTo(page, '#code');
        await page.keyboard.press('Enter');
        await expect(page.locator('#cuenta-activa')).toBeFocused();
        await expect(page.getByRole('heading', { level: 1, name: words.enrolled })).toBeVisible();
        const codes = page.locator('main ol code');
        await expect(codes).toHaveCount(10);
        await checked(page);

        // Sign in: a wrong code first, then the app's next one.
        await tabTo(page, `main a[href="/gestion"]`);
        await page.keyboard.press('Enter');
        await expect(page.getByRole('heading', { level: 1, name: words.signInTitle })).toBeFocused();
        await tabTo(page, '#email');
        await page.keyboard.type(email);
        await tabTo(page, '#password');
        await page.keyboard.type(PASSWORD);
        await tabTo(page, '#code');
        await page.keyboard.type('000000');
        await page.keyboard.press('Enter');
        await expect(summary).toBeFocused();
        await expect(summary).toContainText(words.wrong);
        await expect(page.locator('#email')).toHaveValue(email);
        await expect(page.locator('#code')).toHaveValue('');
        await checked(page);
        await tabTo(page, '#code');
        await page.keyboard.type(totp(secret, 30));
        await page.keyboard.press('Enter');

        // The queue: the citizen's application, newest first.
        await expect(page.getByRole('heading', { level: 1, name: words.queue })).toBeFocused();
        const link = page.getByRole('link', { name: folio });
        await expect(link).toBeVisible();
        await checked(page);
        await tabTo(page, `main a:text-is("${folio}")`);
        await page.keyboard.press('Enter');

        // The application: its answers as the citizen checked them, and the button that moves it on.
        await expect(page.locator('main h1')).toBeFocused();
        await expect(page.locator('main h1')).toContainText(folio);
        await expect(page.locator('main dl').first()).toContainText(APPLICANT_CURP);
        await checked(page);
        await tabTo(page, `main button:text-is("${words.toReview}")`);
        await page.keyboard.press('Enter');
        await expect(page.locator('main').getByText(words.inReview, { exact: true }).first()).toBeVisible();
        await expect(page.locator('body > [aria-live="polite"]')).toHaveText(words.now);
        await tabTo(page, `main button:text-is("${words.resolve}")`);
        await page.keyboard.press('Enter');
        await expect(page.locator(`main button:text-is("${words.resolve}")`)).toHaveCount(0);
        await checked(page);

        // The citizen finds it resolved.
        await page.goto(`/seguimiento?folio=${folio}`);
        await page.locator('#curp').fill(APPLICANT_CURP);
        await page.locator('#curp').press('Enter');
        await expect(page.locator('main').getByText(words.resolved, { exact: true }).first()).toBeVisible();
      });
    });
  }

  test.describe(`${lang}, the ways in that fail`, () => {
    test.use({ lang });

    test('a spent or made-up enrolment link says so, and the desk says who is not signed in', async ({ page }) => {
      await page.goto('/gestion/alta/no-es-un-enlace');
      await expect(page.getByRole('heading', { level: 1, name: words.invalid })).toBeVisible();
      await checked(page);
      await page.goto('/gestion/solicitudes');
      await expect(page.getByRole('heading', { level: 2, name: words.signedOut })).toBeVisible();
      await expect(page.locator('main a[href="/gestion"]')).toBeVisible();
      await checked(page);
    });
  });
}

// The agencies' side, with the keyboard only: a platform admin invited from
// the command line enrols (the TOTP code computed here from the key the
// page shows, as an authenticator app would) and signs in, and invites the
// IMSS's admin, who enrols from the e-mail and invites a caseworker; the
// caseworker finds a citizen's application in the queue, opens it and asks
// for more information; the citizen reads it on /seguimiento and by SMS,
// and answers; the caseworker approves, and the citizen sees it. axe on
// every page and state.
import { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, expectNoHorizontalScroll, VIEWPORTS, Lang } from '../support/fixtures';
import { staffSession, invite, scanned, totp } from '../support/staff';
import { APPLICANT_CURP, outbox, tabTo } from '../support/procedure';

const PASSWORD = 'tortuga marina bajo la lluvia';
const WORDS = {
  es: {
    qr: 'Código QR de tu cuenta, para tu aplicación de autenticación',
    enrolTitle: 'Activa tu cuenta', enrol: 'Activar mi cuenta', enrolled: 'Tu cuenta está activa', signIn: 'Entrar',
    signInTitle: 'Entrar a la gestión de tu dependencia', wrong: 'El correo, la contraseña o el código no son correctos',
    guessable: 'Tu contraseña es fácil de adivinar', queue: 'Solicitudes', inReview: 'En revisión',
    asked: 'Información solicitada', approved: 'Aprobada', save: 'Guardar la decisión',
    choose: 'Elige qué pasa con la solicitud', noNote: 'Escribe un mensaje', now: 'La solicitud ahora está: ',
    note: 'Sube la página 2 de tu INE, por favor', reply: 'Ya la envié por correo a la clínica',
    answer: 'Enviar mi respuesta', sent: 'Tu respuesta se envió', sms: 'necesita más información',
    invalid: 'Este enlace ya no sirve', signedOut: 'No has entrado', signOut: 'Salir',
    admin: 'Personal y bitácora', agencies: 'Dependencias que administras', people: 'Personal de IMSS',
    invite: 'Invitar', noEmail: 'Escribe el correo electrónico de la persona', noRole: 'Elige el papel que tendrá',
    invited: 'Listo: ', found: '1 solicitud coincide', pending: 'Falta activarla', log: 'Bitácora de IMSS', gaveRole: 'Dio un papel',
    signOutEverywhere: 'Salir en todos mis dispositivos', stillThere: '¿Sigues ahí?', stay: 'Seguir en mi sesión', timedOut: 'Tu sesión terminó',
  },
  en: {
    qr: 'QR code of your account, for your authenticator app',
    enrolTitle: 'Set up your account', enrol: 'Set up my account', enrolled: 'Your account is set up', signIn: 'Sign in',
    signInTitle: "Sign in to your agency's management", wrong: 'The e-mail, the password or the code is not right',
    guessable: 'Your password is easy to guess', queue: 'Applications', inReview: 'In review',
    asked: 'Information requested', approved: 'Approved', save: 'Save the decision',
    choose: 'Choose what happens to the application', noNote: 'Write a message', now: 'The application is now: ',
    note: 'Please upload page 2 of your INE', reply: 'I sent it to the clinic by e-mail',
    answer: 'Send my answer', sent: 'Your answer was sent', sms: 'needs more information',
    invalid: 'This link no longer works', signedOut: 'You are not signed in', signOut: 'Sign out',
    admin: 'People and audit log', agencies: 'Agencies you manage', people: 'People of IMSS',
    invite: 'Invite', noEmail: "Enter the person's e-mail address", noRole: 'Choose the role they will have',
    invited: 'Done: ', found: '1 application matches', pending: 'Not set up yet', log: 'Audit log of IMSS', gaveRole: 'Gave a role',
    signOutEverywhere: 'Sign out on all my devices', stillThere: 'Are you still there?', stay: 'Stay signed in', timedOut: 'Your session has ended',
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

/** Subscribes a new phone to `folio`'s texts, as /seguimiento does; the phone. */
async function subscribed(page: Page, folio: string, lang: Lang): Promise<string> {
  const phone = `55${String(Date.now()).slice(-8)}`;
  const data = { folio, curp: APPLICANT_CURP, phone };
  expect((await page.request.post(`/api/v1/applications/sms?lang=${lang}`, { data })).status()).toBe(202);
  const code = (await outbox(page.request, phone))[0].match(/\b(\d{6})\b/)![1];
  const confirmed = await page.request.post('/api/v1/applications/sms/confirm', { data: { ...data, code } });
  expect(confirmed.status()).toBe(204);
  return phone;
}

/** The citizen looks their application up on /seguimiento. */
async function track(page: Page, folio: string) {
  await page.goto(`/seguimiento?folio=${folio}`);
  await tabTo(page, '#curp');
  await page.keyboard.type(APPLICANT_CURP);
  await page.keyboard.press('Enter');
  await expect(page.locator('#application-title')).toBeVisible();
}

/** Saves the decision with the keyboard; it is said, with the focus on the status. */
async function decide(page: Page, words: (typeof WORDS)['es'], status: string) {
  await tabTo(page, `main button:text-is("${words.save}")`);
  await page.keyboard.press('Enter');
  await expect(page.locator('#case-status')).toBeFocused();
  await expect(page.locator('#case-status')).toContainText(status);
  await expect(page.locator('body > [aria-live="polite"]')).toHaveText(words.now + status);
}

type Words = (typeof WORDS)['es'];

/** The enrolment token in the last e-mail to `address`, as its reader follows the link. */
async function mailedToken(page: Page, address: string): Promise<string> {
  const mail = await (await page.request.get(`/api/v1/dev/mail-outbox?address=${address}`)).json();
  return mail[0].body.match(/\/gestion\/alta\/(\S+)/)[1];
}

/** Enrols with the link's token, with the keyboard: the account's TOTP key. */
async function enrol(page: Page, token: string, words: Words): Promise<string> {
  await page.goto(`/gestion/alta/${token}`);
  const secret = (await page.locator('[data-totp-key]').getAttribute('data-totp-key'))!;
  await tabTo(page, '#password');
  await page.keyboard.type(PASSWORD);
  await tabTo(page, '#code');
  await page.keyboard.type(totp(secret));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: words.enrolled })).toBeVisible();
  return secret;
}

/** Signs in with the keyboard, with the app's next code: the queue shows. */
async function signIn(page: Page, email: string, secret: string, words: Words) {
  await page.goto('/gestion');
  await tabTo(page, '#email');
  await page.keyboard.type(email);
  await tabTo(page, '#password');
  await page.keyboard.type(PASSWORD);
  await tabTo(page, '#code');
  await page.keyboard.type(totp(secret, 30));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: words.queue })).toBeFocused();
}

async function signOut(page: Page, words: Words) {
  await page.goto('/gestion/solicitudes');
  await tabTo(page, `main button:text-is("${words.signOut}")`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: words.signInTitle })).toBeVisible();
}

/** From the queue to the IMSS's people, by the admin's link. */
async function toPeople(page: Page, words: Words) {
  await tabTo(page, `main a:text-is("${words.admin}")`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: words.agencies })).toBeFocused();
  await checked(page);
  await tabTo(page, 'main a[href="/gestion/dependencias/imss/personal"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: words.people })).toBeFocused();
  await expect(page.locator('#invite_email')).toBeVisible();
}

/** Invites `email` with the role chosen by `keys` from the first, with the keyboard. */
async function inviteAs(page: Page, email: string, keys: string, words: Words) {
  await tabTo(page, '#invite_email');
  await page.keyboard.type(email);
  await tabTo(page, '#invite_role');
  await page.keyboard.press(keys);
  await tabTo(page, `main button:text-is("${words.invite}")`);
  await page.keyboard.press('Enter');
  await expect(page.locator('body > [aria-live="polite"]')).toContainText(words.invited + email);
  await expect(page.locator('main table')).toContainText(email);
  await expect(page.locator('#invite_email')).toHaveValue('');
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

      test('an admin makes an agency admin, who invites a caseworker, who asks a citizen for more and approves, with the keyboard', async ({ page }) => {
        // Three people enrol and sign in, and a citizen answers: a long journey,
        // 65 to 80 s alone on this machine, longer beside another worker.
        test.setTimeout(180_000);
        const folio = await applied(page);
        // The server gives one client 10 codes an hour, and the whole suite is one client:
        // the other procedures' journeys take 9, so one run here subscribes a phone.
        const phone = lang === 'es' && viewport.width > 320 ? await subscribed(page, folio, lang) : undefined;
        const stamp = `${lang}-${viewport.width}-${Date.now()}`;
        const [admin, chief, email] = [`admin-${stamp}@ventanilla.gob.mx`, `jefa-${stamp}@imss.gob.mx`, `caso-${stamp}@imss.gob.mx`];
        const token = invite(admin, 'admin');

        // The platform admin's enrolment: the QR code, a password, a code. The
        // app scans the code: the key in it is the one shown as text.
        await page.goto(`/gestion/alta/${token}`);
        const key = page.locator('[data-totp-key]');
        await expect(key).toBeVisible();
        const uri = new URL((await scanned(page.getByRole('img', { name: words.qr })))!);
        expect(`${uri.protocol}//${uri.host}`).toBe('otpauth://totp');
        expect(decodeURIComponent(uri.pathname)).toBe(`/Ventanilla:${admin}`);
        const secret = uri.searchParams.get('secret')!;
        expect(secret).toBe(await key.getAttribute('data-totp-key'));
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
        await page.keyboard.type(admin);
        await tabTo(page, '#password');
        await page.keyboard.type(PASSWORD);
        await tabTo(page, '#code');
        await page.keyboard.type('000000');
        await page.keyboard.press('Enter');
        await expect(summary).toBeFocused();
        await expect(summary).toContainText(words.wrong);
        await expect(page.locator('#email')).toHaveValue(admin);
        await expect(page.locator('#code')).toHaveValue('');
        await checked(page);
        await tabTo(page, '#code');
        await page.keyboard.type(totp(secret, 30));
        await page.keyboard.press('Enter');
        await expect(page.getByRole('heading', { level: 1, name: words.queue })).toBeFocused();

        // The platform admin makes the IMSS's admin (the last role, one arrow up from the first).
        await toPeople(page, words);
        await checked(page);
        await inviteAs(page, chief, 'ArrowUp', words);
        await checked(page);
        await signOut(page, words);

        // The IMSS's admin enrols from the e-mail, and invites a caseworker: a blank form first.
        await signIn(page, chief, await enrol(page, await mailedToken(page, chief), words), words);
        await toPeople(page, words);
        await tabTo(page, `main button:text-is("${words.invite}")`);
        await page.keyboard.press('Enter');
        const inviteErrors = page.locator('#invite-errors');
        await expect(inviteErrors).toBeFocused();
        await expect(inviteErrors).toContainText(words.noEmail);
        await expect(inviteErrors).toContainText(words.noRole);
        await checked(page);
        await inviteAs(page, email, 'Space', words);
        await expect(page.locator('main tr', { hasText: email })).toContainText(words.pending);
        await checked(page);
        await page.goto('/gestion/dependencias/imss/bitacora');
        await expect(page.getByRole('heading', { level: 1, name: words.log })).toBeVisible();
        // Other tests work in the IMSS at once: this invitation's entry, wherever it is.
        await expect(page.locator('main table tbody tr', { hasText: email }).first()).toContainText(words.gaveRole);
        await checked(page);
        await signOut(page, words);

        // The caseworker enrols from the e-mail and signs in: the citizen's application, newest first.
        await signIn(page, email, await enrol(page, await mailedToken(page, email), words), words);
        const link = page.getByRole('link', { name: folio });
        await expect(link).toBeVisible();
        await checked(page);
        // Searched by its folio, as typed: the one application, and the count said.
        await tabTo(page, '#filter_folio');
        await page.keyboard.type(folio.toLowerCase());
        await page.keyboard.press('Enter');
        await expect(page.locator('body > [aria-live="polite"]')).toHaveText(words.found);
        await expect(page.locator('main table tbody tr')).toHaveCount(1);
        // Whatever the width, the folio and the status read whole, not a few letters a line.
        for (const word of [link, page.locator('main table tbody [data-label] span').first()]) {
          const { height } = (await word.boundingBox())!;
          expect(height).toBeLessThan(40);
        }
        await checked(page);
        // That list downloads as CSV, with the filter.
        const download = page.waitForEvent('download');
        await tabTo(page, 'main a[download]');
        await page.keyboard.press('Enter');
        const csv = await (await download).createReadStream();
        const text = (await csv.toArray()).join('');
        expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
        expect(text).toContain(folio);
        await tabTo(page, `main a:text-is("${folio}")`);
        await page.keyboard.press('Enter');

        // The application: its answers as the citizen checked them, and the decision.
        await expect(page.locator('main h1')).toBeFocused();
        await expect(page.locator('main h1')).toContainText(folio);
        await expect(page.locator('main dl').first()).toContainText(APPLICANT_CURP);
        await checked(page);
        await tabTo(page, `main button:text-is("${words.save}")`);
        await page.keyboard.press('Enter');
        await expect(summary).toBeFocused();
        await expect(summary).toContainText(words.choose);
        await checked(page);
        await tabTo(page, '#decision');
        await page.keyboard.press('Space');
        await decide(page, words, words.inReview);

        // Asking for more needs the message; the choice stays while it is missing.
        await tabTo(page, '#decision');
        await page.keyboard.press('Space');
        await tabTo(page, `main button:text-is("${words.save}")`);
        await page.keyboard.press('Enter');
        await expect(summary).toBeFocused();
        await expect(summary).toContainText(words.noNote);
        await expect(page.locator('#decision')).toBeChecked();
        await checked(page);
        await tabTo(page, '#decision_note');
        await page.keyboard.type(words.note);
        await decide(page, words, words.asked);
        await checked(page);

        // The citizen reads it there and by SMS, and answers.
        if (phone) {
          const [text] = await outbox(page.request, phone);
          expect(text).toContain(words.sms);
          expect(text).toContain(words.note);
        }
        await track(page, folio);
        await expect(page.locator('main')).toContainText(words.note);
        await checked(page);
        await tabTo(page, '#reply_message');
        await page.keyboard.type(words.reply);
        await tabTo(page, `main button:text-is("${words.answer}")`);
        await page.keyboard.press('Enter');
        await expect(page.locator('#application-title')).toBeFocused();
        await expect(page.locator('body > [aria-live="polite"]')).toContainText(words.sent);
        await expect(page.locator('#reply_message')).toHaveCount(0);
        await expect(page.locator('main')).toContainText(words.reply);
        await checked(page);

        // The caseworker reads the answer and approves (the second choice, by arrow key).
        await page.goto(`/gestion/dependencias/imss/solicitudes/${folio}`);
        await expect(page.locator('main')).toContainText(words.reply);
        await tabTo(page, '#decision');
        await page.keyboard.press('ArrowDown');
        await decide(page, words, words.approved);
        await expect(page.locator(`main button:text-is("${words.save}")`)).toHaveCount(0);
        await checked(page);

        // The citizen sees how it ended.
        await track(page, folio);
        await expect(page.locator('main').getByText(words.approved, { exact: true }).first()).toBeVisible();
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

    test('signing out on all devices ends the session of another device too', async ({ page, request }) => {
      const me = await staffSession(page.request, 'imss');
      // The other device: signed in with a recovery code, the app's codes being spent.
      const other = await request.post('/api/v1/staff/session', {
        data: { email: me.email, password: me.password, code: me.recoveryCodes[0] },
      });
      expect(other.status()).toBe(200);
      await page.goto('/gestion/solicitudes');
      await tabTo(page, `main button:text-is("${words.signOutEverywhere}")`);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: words.signInTitle })).toBeFocused();
      expect((await request.get('/api/v1/staff/session')).status()).toBe(401);
      expect((await page.request.get('/api/v1/staff/session')).status()).toBe(401);
    });

    test('idle, a warning comes two minutes before the session ends; staying keeps it; then it ends and the sign-in page says why', async ({ page }) => {
      await staffSession(page.request, 'imss');
      await page.clock.install();
      await page.goto('/gestion/solicitudes');
      await expect(page.getByRole('heading', { level: 1, name: words.queue })).toBeVisible();
      const warning = page.getByRole('alertdialog', { name: words.stillThere });
      // The session ends after 20 minutes without a request.
      await page.clock.fastForward('17:00');
      await expect(warning).toBeHidden();
      await page.clock.fastForward('01:10');
      await expect(warning).toBeVisible();
      await expect(warning.getByRole('button', { name: words.stay })).toBeFocused();
      await checked(page);
      await page.keyboard.press('Enter');
      await expect(warning).toBeHidden();
      // Staying was a request: 20 more minutes from then.
      await page.clock.fastForward('17:00');
      await expect(warning).toBeHidden();
      await page.clock.fastForward('01:10');
      await expect(warning).toBeVisible();
      await page.clock.fastForward('02:00');
      await expect(page.getByRole('heading', { level: 1, name: words.signInTitle })).toBeFocused();
      await expect(page.getByRole('heading', { level: 2, name: words.timedOut })).toBeVisible();
      await checked(page);
      // Ended on the server too, not only on the screen.
      await expect.poll(async () => (await page.request.get('/api/v1/staff/session')).status()).toBe(401);
    });
  });
}

import { APIRequestContext, Locator } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import jsQR from 'jsqr';

/**
 * `ventanilla-api staff add …` against the e2e server's database, as an
 * operator runs it: the token of the enrolment link it prints.
 */
export function invite(email: string, role: string, agency?: string): string {
  const args = ['staff', 'add', '--email', email, '--role', role, '--db', process.env.VENTANILLA_E2E_DB!];
  if (agency) args.push('--agency', agency);
  const said = execFileSync(process.env.VENTANILLA_E2E_SERVER!, args, { encoding: 'utf8' });
  return said.trim().split('/gestion/alta/')[1];
}

function base32(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/=+$/, '').toUpperCase()) {
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  }
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((byte) => parseInt(byte, 2)));
}

/** What an authenticator app shows for `secret` (base32), `offset` seconds from now (RFC 6238). */
export function totp(secret: string, offset = 0): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor((Date.now() / 1000 + offset) / 30)));
  const hmac = createHmac('sha1', base32(secret)).update(counter).digest();
  const at = hmac[hmac.length - 1] & 0xf;
  return String((hmac.readUInt32BE(at) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/**
 * What a phone's camera reads in the QR code `image` shows: the image as
 * the page draws it, at a camera's few hundred pixels, decoded by jsQR.
 */
export async function scanned(image: Locator): Promise<string | undefined> {
  const size = 400;
  const pixels = await image.evaluate(async (img: HTMLImageElement, size) => {
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0, size, size);
    return Array.from(context.getImageData(0, 0, size, size).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data;
}

const PASSWORD = 'tortuga marina bajo la lluvia';

/** A person signed in by `staffSession`. */
export interface StaffMember {
  email: string;
  password: string;
  /** The session's CSRF token. */
  csrf: string;
  recoveryCodes: string[];
}

/**
 * Signs `request` in as a new person with `role` in `agency` (a caseworker
 * unless told), enrolled through the API as the enrolment page does it.
 */
export async function staffSession(
  request: APIRequestContext, agency: string, role = 'caseworker',
): Promise<StaffMember> {
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2)}@${agency}.gob.mx`;
  const token = invite(email, role, agency);
  const { secret } = await (await request.get(`/api/v1/staff/enrolment/${token}`)).json();
  const enrolled = await request.post(`/api/v1/staff/enrolment/${token}`, { data: { password: PASSWORD, code: totp(secret) } });
  if (!enrolled.ok()) throw new Error(`enrolment: ${enrolled.status()} ${await enrolled.text()}`);
  const session = await request.post('/api/v1/staff/session', { data: { email, password: PASSWORD, code: totp(secret, 30) } });
  if (!session.ok()) throw new Error(`sign-in: ${session.status()} ${await session.text()}`);
  return {
    email, password: PASSWORD, csrf: (await session.json()).csrf_token,
    recoveryCodes: (await enrolled.json()).recovery_codes,
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ACCEPT, CREATE_CAMPAIGN, INVITE, SIGN_UP } from './operations';
import { TestApp } from './test-app';

export const PASSWORD = 'a-long-and-quiet-passphrase';

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string };
  organisation: { id: string; name: string };
  member: { id: string; roles: string[] };
}

let counter = 0;
export const uniqueEmail = (name: string) => `${name}.${Date.now().toString(36)}${counter++}@example.org`;

/** Signs up a new admin with a new organisation. */
export async function signUpAdmin(t: TestApp, organisationName = 'Acme Comms', name = 'admin'): Promise<Session> {
  const res = await t.gql<{ signUp: Session }>(SIGN_UP, {
    input: { email: uniqueEmail(name), password: PASSWORD, displayName: `${name} person`, organisationName },
  });
  if (!res.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(res.errors)}`);
  return res.data.signUp;
}

/** The readable text of a quoted-printable .eml file. */
function decodeQuotedPrintable(eml: string): string {
  return eml
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Waits until the worker has written the e-mail to `to` (containing `about`, if given), and returns its decoded text. */
export async function waitForMail(t: TestApp, to: string, timeoutMs = 10000, about = ''): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of readdirSync(t.mailDir)) {
      const text = decodeQuotedPrintable(readFileSync(path.join(t.mailDir, file), 'utf8'));
      if (text.includes(`To: ${to}`) && text.includes(about)) return text;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no e-mail to ${to} within ${timeoutMs} ms`);
}

export function tokenFromMail(mail: string): string {
  const match = /Invitation token: (\S+)/.exec(mail);
  if (!match) throw new Error('no invitation token in the e-mail');
  return match[1];
}

/**
 * Invites `email` with `roles` and accepts through the e-mailed token, without
 * a worker: the token is read from the stored e-mail message body.
 */
export async function inviteAndJoin(
  t: TestApp,
  admin: Session,
  name: string,
  roles: string[] = ['MEMBER'],
  placement: Record<string, string> = {},
): Promise<Session> {
  const email = uniqueEmail(name);
  const invited = await t.gql(INVITE, { input: { email, roles, ...placement } }, admin.accessToken);
  if (invited.errors) throw new Error(`invite failed: ${JSON.stringify(invited.errors)}`);
  const token = await storedInvitationToken(t, email);
  const res = await t.gql<{ acceptInvitation: Session }>(ACCEPT, {
    input: { token, password: PASSWORD, displayName: `${name} person` },
  });
  if (!res.data?.acceptInvitation) throw new Error(`accept failed: ${JSON.stringify(res.errors)}`);
  return res.data.acceptInvitation;
}

/**
 * The token the invitation e-mail to `email` carries (or will carry once the worker sends it): e-mails
 * store no token, so it is derived from the latest invitation exactly as the mail processor renders it.
 */
export async function storedInvitationToken(t: TestApp, email: string): Promise<string> {
  const { SecretLinks } = await import('@crowdcomms/notifications');
  const rows: { id: string; organisation_id: string }[] = await t.db.query(
    'SELECT id, organisation_id FROM invitation WHERE email = $1 ORDER BY created_at DESC LIMIT 1',
    [email],
  );
  if (!rows[0]) throw new Error(`no invitation for ${email}`);
  return t.app.get(SecretLinks).token({ purpose: 'invitation', ref: rows[0].id, scope: rows[0].organisation_id });
}

/** The token of the newest password-reset link e-mailed to `email`, derived as the mail processor renders it. */
export async function storedResetToken(t: TestApp, email: string): Promise<string> {
  const { SecretLinks } = await import('@crowdcomms/notifications');
  const rows: { id: string }[] = await t.db.query(
    `SELECT r.id FROM password_reset r JOIN "user" u ON u.id = r.user_id
      WHERE u.email = lower($1) ORDER BY r.created_at DESC LIMIT 1`,
    [email],
  );
  if (!rows[0]) throw new Error(`no reset link e-mailed to ${email}`);
  return t.app.get(SecretLinks).token({ purpose: 'password-reset', ref: rows[0].id });
}

/** The first error as a client tells failures apart: its code and its message. */
export function failureOf(res: { errors?: { message: string; extensions?: { code?: string } }[] }): {
  code?: string;
  message?: string;
} {
  const error = res.errors?.[0];
  return { code: error?.extensions?.code, message: error?.message };
}

/** Rows in an identity table, read straight from the database (to prove nothing was written). */
export async function countRows(
  t: TestApp,
  table: 'user' | 'organisation' | 'membership' | 'auth_session',
  where = 'TRUE',
  params: unknown[] = [],
): Promise<number> {
  const rows: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`, params);
  return rows[0].n;
}

/**
 * Invites someone who already has an account into `admin`'s organisation; they
 * accept with their existing password and get a session in that organisation.
 */
export async function inviteExistingUser(
  t: TestApp,
  admin: Session,
  email: string,
  roles: string[] = ['MEMBER'],
  password = PASSWORD,
): Promise<Session> {
  const invited = await t.gql(INVITE, { input: { email, roles } }, admin.accessToken);
  if (invited.errors) throw new Error(`invite failed: ${JSON.stringify(invited.errors)}`);
  const token = await storedInvitationToken(t, email);
  const res = await t.gql<{ acceptInvitation: Session }>(ACCEPT, { input: { token, password } });
  if (!res.data?.acceptInvitation) throw new Error(`accept failed: ${JSON.stringify(res.errors)}`);
  return res.data.acceptInvitation;
}

/**
 * Creates a campaign that ran in the past (new campaigns may start at most 90
 * days back): created with the same length from today, then moved to its
 * dates in the database, as if comms had created it back then.
 */
export async function createPastCampaign(
  t: TestApp,
  who: Session,
  input: { startsOn: string; endsOn: string; [key: string]: unknown },
): Promise<{ id: string; [key: string]: unknown }> {
  const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
  const today = new Date().toISOString().slice(0, 10);
  const endsOn = new Date(day(today) + day(input.endsOn) - day(input.startsOn)).toISOString().slice(0, 10);
  const res = await t.gql<{ createCampaign: { id: string } }>(
    CREATE_CAMPAIGN,
    { input: { ...input, startsOn: today, endsOn } },
    who.accessToken,
  );
  if (!res.data?.createCampaign) throw new Error(`createCampaign failed: ${JSON.stringify(res.errors)}`);
  await t.db.query(`UPDATE campaign SET starts_on = $2, ends_on = $3 WHERE id = $1`, [
    res.data.createCampaign.id,
    input.startsOn,
    input.endsOn,
  ]);
  return { ...res.data.createCampaign, startsOn: input.startsOn, endsOn: input.endsOn };
}

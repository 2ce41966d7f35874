import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ACCEPT, INVITE } from './utils/operations';
import { PASSWORD, Session, signUpAdmin, tokenFromMail, uniqueEmail, waitForMail } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

/** Every table's rows as text, keyed by table: what an attacker with a database dump would read. */
async function dumpTables(ds: DataSource): Promise<Map<string, string[]>> {
  const tables: { table_name: string }[] = await ds.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const dump = new Map<string, string[]>();
  for (const { table_name: table } of tables) {
    const rows: { row: string }[] = await ds.query(`SELECT t::text AS row FROM "${table}" t`);
    dump.set(
      table,
      rows.map((r) => r.row),
    );
  }
  return dump;
}

const tablesHolding = (dump: Map<string, string[]>, secret: string) =>
  [...dump].filter(([, rows]) => rows.some((row) => row.includes(secret))).map(([table]) => table);

describe('tokens are never at rest in clear', () => {
  let t: TestApp;
  let ds: DataSource;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.db;
    admin = await signUpAdmin(t, 'Secret Keeping Org');
  });
  afterAll(() => t.close());

  it('stores no invitation token anywhere but the delivered message, whose stored body is then emptied', async () => {
    const email = uniqueEmail('invitee');
    expect((await t.gql(INVITE, { input: { email, roles: ['MEMBER'] } }, admin.accessToken)).errors).toBeUndefined();
    // Queued, not yet sent: what the database holds at this point.
    const beforeDelivery = await dumpTables(ds);
    const [queued] = await ds.query<{ text_body: string }[]>(
      `SELECT text_body FROM email_message WHERE to_address = $1`,
      [email],
    );
    expect(queued.text_body).toContain('Invitation token: {{token}}');

    await t.startWorker();
    const delivered = await waitForMail(t, email);
    const token = tokenFromMail(delivered);
    expect(delivered).toContain(`/invitation#token=${encodeURIComponent(token)}`);
    const secret = token.split('.')[1];
    expect(secret).toHaveLength(43);

    // Wait for the worker to record the delivery, then look everywhere.
    const deadline = Date.now() + 10000;
    let stored: { status: string; text_body: string; secret_link: unknown } | undefined;
    while (Date.now() < deadline) {
      [stored] = await ds.query(`SELECT status, text_body, secret_link FROM email_message WHERE to_address = $1`, [
        email,
      ]);
      if (stored?.status === 'SENT') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(stored).toEqual({ status: 'SENT', text_body: '', secret_link: null });
    expect(tablesHolding(beforeDelivery, secret)).toEqual([]);
    expect(tablesHolding(await dumpTables(ds), secret)).toEqual([]);
    const filesHolding = readdirSync(t.mailDir).filter((file) =>
      readFileSync(path.join(t.mailDir, file), 'utf8')
        .replace(/=\r?\n/g, '')
        .includes(secret),
    );
    expect(filesHolding).toHaveLength(1);

    // The delivered token works, once.
    const accepted = await t.gql(ACCEPT, { input: { token, password: PASSWORD, displayName: 'Invitee' } });
    expect(accepted.errors).toBeUndefined();
    expect(tablesHolding(await dumpTables(ds), secret)).toEqual([]);
  });

  it('stores no password-reset secret either: the link is rendered at send time, and works', async () => {
    const person = await signUpAdmin(t, 'Forgetful Org', 'forgetful');
    const request = `mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }`;
    expect((await t.gql(request, { email: person.user.email })).errors).toBeUndefined();
    const delivered = await waitForMail(t, person.user.email, 10000, 'reset-password#token=');
    const secret = /\/reset-password#token=([\w-]+)/.exec(delivered)![1];
    expect(secret).toHaveLength(43);
    const deadline = Date.now() + 10000;
    while ((await dumpTables(ds)).get('email_message')!.some((row) => row.includes('reset-password#token='))) {
      if (Date.now() > deadline) throw new Error('the reset e-mail body was not emptied');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(tablesHolding(await dumpTables(ds), secret)).toEqual([]);
    const reset = `mutation ($token: String!) { resetPassword(input: { token: $token, newPassword: "a-brand-new-passphrase" }) }`;
    expect((await t.gql(reset, { token: secret })).data).toEqual({ resetPassword: true });
  });
});

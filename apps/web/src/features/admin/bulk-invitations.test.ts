import { describe, expect, it } from 'vitest';
import { parseInvitations } from './bulk-invitations';

describe('parseInvitations', () => {
  it('reads pasted addresses, one a line, with the default roles', () => {
    expect(parseInvitations('ada@example.org\n\n  Bob@Example.org  ', ['MEMBER'])).toEqual([
      { line: 1, email: 'ada@example.org', roles: ['MEMBER'] },
      { line: 3, email: 'bob@example.org', roles: ['MEMBER'] },
    ]);
  });

  it('reads a CSV file with a header and roles per row', () => {
    const rows = parseInvitations('email,roles\r\ncara@example.org,COMMS;member\r\n"dev@example.org",hr|admin');
    expect(rows).toEqual([
      { line: 2, email: 'cara@example.org', roles: ['COMMS', 'MEMBER'] },
      { line: 3, email: 'dev@example.org', roles: ['HR', 'ADMIN'] },
    ]);
  });

  it('says what is wrong with a line instead of dropping it', () => {
    const rows = parseInvitations('not-an-address\nel@example.org,CHIEF\nfi@example.org\nFI@example.org');
    expect(rows.map((r) => r.problem)).toEqual([
      'This is not a valid e-mail address',
      'Unknown role CHIEF: use MEMBER, COMMS, HR, ADMIN',
      undefined,
      'This address is already on the list',
    ]);
  });
});

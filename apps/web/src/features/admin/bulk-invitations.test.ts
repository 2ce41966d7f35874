import { describe, expect, it } from 'vitest';
import { parseInvitations, splitCsvLine } from './bulk-invitations';

describe('parseInvitations', () => {
  it('reads pasted addresses, one a line, with the default roles', () => {
    expect(parseInvitations('ada@example.org\n\n  Bob@Example.org  ', ['MEMBER']).rows).toEqual([
      { line: 1, email: 'ada@example.org', roles: ['MEMBER'] },
      { line: 3, email: 'bob@example.org', roles: ['MEMBER'] },
    ]);
  });

  it('reads a CSV file with a header and roles per row', () => {
    const { rows } = parseInvitations('email,roles\r\ncara@example.org,COMMS;member\r\n"dev@example.org",hr|admin');
    expect(rows).toEqual([
      { line: 2, email: 'cara@example.org', roles: ['COMMS', 'MEMBER'] },
      { line: 3, email: 'dev@example.org', roles: ['HR', 'ADMIN'] },
    ]);
  });

  it('reads department, grade and location by the header, in any order, and names columns it ignores', () => {
    const { rows, ignoredColumns } = parseInvitations(
      'Location,Grade,Phone,E-mail address,Department\n"Town Hall, 2nd floor",Band 4,0123,ed@example.org,Housing\n,,,fay@example.org,',
    );
    expect(rows).toEqual([
      {
        line: 2,
        email: 'ed@example.org',
        roles: ['MEMBER'],
        department: 'Housing',
        grade: 'Band 4',
        location: 'Town Hall, 2nd floor',
      },
      { line: 3, email: 'fay@example.org', roles: ['MEMBER'] },
    ]);
    expect(ignoredColumns).toEqual(['Phone']);
  });

  it('says what is wrong with a line instead of dropping it', () => {
    const { rows } = parseInvitations(`not-an-address\nel@example.org,CHIEF\nfi@example.org\nFI@example.org`);
    expect(rows.map((r) => r.problem)).toEqual([
      'This is not a valid e-mail address',
      'Unknown role CHIEF: use MEMBER, COMMS, HR, ADMIN',
      undefined,
      'This address is already on the list',
    ]);
    const long = parseInvitations(`email,grade\ngil@example.org,${'x'.repeat(61)}`).rows[0];
    expect(long.problem).toBe('Grade is too long: at most 60 characters');
  });

  it('splits quoted cells with commas and quotes inside', () => {
    expect(splitCsvLine('"a, b","say ""hi""",c')).toEqual(['a, b', 'say "hi"', 'c']);
  });
});

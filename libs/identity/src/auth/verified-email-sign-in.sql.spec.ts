import {
  claimInvitationsSql,
  insertUserSql,
  joinSql,
  knownGradesSql,
  userByEmailSql,
} from './verified-email-sign-in.sql';

describe('verified e-mail sign-in statements', () => {
  it('reads and creates people by e-mail, without an organisation', () => {
    expect(userByEmailSql('a@b.example')).toEqual({
      text: expect.stringContaining('WHERE email = $1'),
      values: ['a@b.example'],
    });
    const insert = insertUserSql('a@b.example', 'A', 'hash');
    expect(insert.text).toContain('ON CONFLICT (email) DO NOTHING');
    expect(insert.values).toEqual(['a@b.example', 'A', 'hash']);
  });

  it('joins the organisation once as placed, claims open invitations and reads grades, bound to the organisation as $1', () => {
    const placement = { roles: ['COMMS', 'MEMBER'], department: 'Digital', grade: null, location: 'Leeds' };
    const join = joinSql('org-1', 'user-1', placement);
    expect(join.text).toContain('DO NOTHING');
    expect(join.values).toEqual(['org-1', 'user-1', ['COMMS', 'MEMBER'], 'Digital', null, 'Leeds']);
    const claim = claimInvitationsSql('org-1', 'a@b.example');
    expect(claim.text).toContain('accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()');
    expect(claim.values).toEqual(['org-1', 'a@b.example']);
    expect(knownGradesSql('org-1')).toMatchObject({ organisationId: 'org-1', values: ['org-1'] });
  });
});

import { insertUserSql, joinAsMemberSql, knownGradesSql, userByEmailSql } from './verified-email-sign-in.sql';

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

  it('joins the organisation as MEMBER once, and reads its grades, bound to the organisation as $1', () => {
    const join = joinAsMemberSql('org-1', 'user-1', 'Digital', null);
    expect(join.text).toContain(`ARRAY['MEMBER']`);
    expect(join.text).toContain('DO NOTHING');
    expect(join.values).toEqual(['org-1', 'user-1', 'Digital', null]);
    expect(knownGradesSql('org-1')).toMatchObject({ organisationId: 'org-1', values: ['org-1'] });
  });
});

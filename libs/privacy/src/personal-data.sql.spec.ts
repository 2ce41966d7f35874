import { PERSONAL_TABLES } from './personal-data.catalogue';
import { deleteRowsSql, exportAccountSql, exportRowsSql, Person } from './personal-data.sql';

const person: Person = {
  organisationId: '00000000-0000-0000-0000-00000000000a',
  membershipId: '00000000-0000-0000-0000-00000000000b',
  userId: '00000000-0000-0000-0000-00000000000c',
  email: 'Val@Example.org',
  surveyKeys: ['k1'],
};
const entry = (table: string) => PERSONAL_TABLES.find((t) => t.table === table)!;

describe('personal data statements', () => {
  it('find anonymous survey answers by the respondent keys alone', () => {
    expect(exportRowsSql(person, entry('survey_response')).text).toContain(
      't.membership_id = person.m OR t.respondent_key = ANY(person.k)',
    );
  });

  it('bind the organisation first and the person after it, with the e-mail lower-cased', () => {
    const statement = exportRowsSql(person, entry('sign_up'));
    expect(statement.values).toEqual([
      person.organisationId,
      person.membershipId,
      person.userId,
      'val@example.org',
      ['k1'],
    ]);
    expect(statement.text).toContain('t.organisation_id = person.org AND (t.membership_id = person.m)');
    expect(statement.text).toContain('AS "call"');
  });

  it('export the account only through a membership of the organisation', () => {
    expect(exportAccountSql(person).text).toMatch(/m\.organisation_id = person\.org AND m\.id = person\.m/);
  });

  it('delete by the erasure condition where it differs, and nothing where the table keeps its rows', () => {
    expect(deleteRowsSql(person, entry('profile_audit_event'))!.text).toContain('(t.subject_membership_id = person.m)');
    expect(deleteRowsSql(person, entry('post'))).toBeNull();
    expect(deleteRowsSql(person, entry('membership'))!.text).toMatch(
      /DELETE FROM membership t USING person\s+WHERE t.organisation_id = person.org AND \(t.id = person.m\)/,
    );
  });

  it('order the catalogue so that no condition reads a table already emptied', () => {
    const order = PERSONAL_TABLES.map((t) => t.table);
    for (const [i, t] of PERSONAL_TABLES.entries()) {
      const later = order.slice(i + 1);
      // A condition may read another table only if that table is deleted later (or never).
      const read = [...t.rows.matchAll(/FROM (\w+)/g)].map((m) => m[1]);
      for (const table of read) {
        if (order.includes(table)) expect(later).toContain(table);
      }
    }
  });
});

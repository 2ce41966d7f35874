import { Repository } from 'typeorm';
import { ScopedRepository } from './scoped-repository';
import { scopedSql } from './sql-statement';

interface Note {
  id: string;
  organisationId: string;
  body: string;
}

const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

/** A repository that records what it was asked, so the tests read the conditions sent. */
function recordingRepository() {
  const calls: { method: string; args: unknown[] }[] = [];
  const record =
    (method: string, answer: unknown = []) =>
    (...args: unknown[]) => {
      calls.push({ method, args });
      return Promise.resolve(answer);
    };
  const repository = {
    find: record('find'),
    findBy: record('findBy'),
    findOne: record('findOne', null),
    findOneBy: record('findOneBy', null),
    existsBy: record('existsBy', false),
    countBy: record('countBy', 0),
    update: record('update', { affected: 2 }),
    delete: record('delete', { affected: 1 }),
    insert: record('insert'),
    save: (entity: unknown) => {
      calls.push({ method: 'save', args: [entity] });
      return Promise.resolve(entity);
    },
    create: (values: unknown) => ({ ...(values as object) }),
  } as unknown as Repository<Note>;
  return { repository, calls };
}

describe('ScopedRepository', () => {
  it('adds the organisation to every condition it reads with', async () => {
    const { repository, calls } = recordingRepository();
    const notes = new ScopedRepository(repository, { organisationId: ORG });
    await notes.findOneBy({ id: 'n1' });
    await notes.findBy();
    await notes.find({ where: [{ id: 'n1' }, { body: 'x' }], order: { id: 'ASC' } });
    await notes.existsBy({ id: 'n1' });
    await notes.countBy({ body: 'x' });
    expect(calls).toEqual([
      { method: 'findOneBy', args: [{ id: 'n1', organisationId: ORG }] },
      { method: 'findBy', args: [{ organisationId: ORG }] },
      {
        method: 'find',
        args: [
          {
            where: [
              { id: 'n1', organisationId: ORG },
              { body: 'x', organisationId: ORG },
            ],
            order: { id: 'ASC' },
          },
        ],
      },
      { method: 'existsBy', args: [{ id: 'n1', organisationId: ORG }] },
      { method: 'countBy', args: [{ body: 'x', organisationId: ORG }] },
    ]);
  });

  it('scopes what it changes and writes, and says how many rows changed', async () => {
    const { repository, calls } = recordingRepository();
    const notes = new ScopedRepository(repository, { organisationId: ORG });
    expect(await notes.update({ id: 'n1' }, { body: 'new' })).toBe(2);
    expect(await notes.delete({ id: 'n1' })).toBe(1);
    await notes.insert({ id: 'n2', body: 'b' });
    await notes.save(notes.create({ id: 'n3', body: 'c' }));
    expect(calls).toEqual([
      { method: 'update', args: [{ id: 'n1', organisationId: ORG }, { body: 'new' }] },
      { method: 'delete', args: [{ id: 'n1', organisationId: ORG }] },
      { method: 'insert', args: [[{ id: 'n2', body: 'b', organisationId: ORG }]] },
      { method: 'save', args: [{ id: 'n3', body: 'c', organisationId: ORG }] },
    ]);
  });

  it('refuses another organisation instead of widening the scope', async () => {
    const { repository } = recordingRepository();
    const notes = new ScopedRepository(repository, { organisationId: ORG });
    expect(() => notes.findOneBy({ id: 'n1', organisationId: OTHER })).toThrow(/another organisation/);
    expect(() => notes.create({ id: 'n1', organisationId: OTHER })).toThrow(/another organisation/);
    await expect(notes.update({ id: 'n1' }, { organisationId: OTHER })).rejects.toThrow(/another organisation/);
    expect(() => notes.find({ where: [] })).toThrow(/match nothing/);
  });

  it('refuses to exist without an organisation', () => {
    const { repository } = recordingRepository();
    expect(() => new ScopedRepository(repository, { organisationId: '' })).toThrow(/organisation of the request/);
  });
});

describe('scopedSql', () => {
  it('binds the organisation first', () => {
    expect(scopedSql(ORG, 'SELECT 1 FROM note WHERE organisation_id = $1 AND id = $2', ['n1'])).toEqual({
      text: 'SELECT 1 FROM note WHERE organisation_id = $1 AND id = $2',
      values: [ORG, 'n1'],
      organisationId: ORG,
    });
  });

  it('refuses a statement that does not use its organisation, or has none', () => {
    expect(() => scopedSql(ORG, 'SELECT 1 FROM note WHERE id = $12', ['n1'])).toThrow(/must use its organisation/);
    expect(() => scopedSql('', 'SELECT $1')).toThrow(/needs an organisation/);
  });
});

import { decodeCursor, encodeCursor } from './keyset';

describe('cursors', () => {
  it('round-trip the sort key and id', () => {
    const cursor = encodeCursor(['2026-11-21T10:00:00.000Z', 'a1']);
    expect(decodeCursor(cursor, 2)).toEqual(['2026-11-21T10:00:00.000Z', 'a1']);
  });

  it('reject a tampered cursor with BAD_USER_INPUT', () => {
    expect(() => decodeCursor('not-a-cursor', 2)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => decodeCursor(encodeCursor(['only-one']), 2)).toThrow(/cursor is not valid/);
  });
});

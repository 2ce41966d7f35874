import { parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('reads back what toCsv wrote: quotes, commas, doubled quotes and line breaks inside fields', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        ['two\nlines', ''],
      ],
    );
    expect(parseCsv(text).map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', ''],
    ]);
  });

  it('skips blank lines and numbers each row by the line it starts on', () => {
    expect(parseCsv('h1,h2\n\n"a\nb",c\nd,e')).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 3, fields: ['a\nb', 'c'] },
      { line: 5, fields: ['d', 'e'] },
    ]);
  });
});

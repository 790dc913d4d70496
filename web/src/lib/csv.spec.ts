import { toCsv } from './csv';

describe('toCsv', () => {
  const columns = [
    { header: 'name', value: (r: { name: string; n: number | null }) => r.name },
    { header: 'value', value: (r: { name: string; n: number | null }) => r.n },
  ];

  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = toCsv(columns, [{ name: 'a', n: 1 }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe('name,value\r\na,1\r\n');
  });

  it('quotes commas, quotes, line breaks and surrounding spaces', () => {
    const csv = toCsv(columns, [
      { name: 'a,b', n: 1 },
      { name: 'say "hi"', n: 2 },
      { name: 'two\nlines', n: 3 },
      { name: ' padded ', n: 4 },
    ]);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'name,value',
      '"a,b",1',
      '"say ""hi""",2',
      '"two\nlines",3',
      '" padded ",4',
      '',
    ]);
  });

  it('writes numbers locale-independently and missing values as empty cells', () => {
    const csv = toCsv(columns, [
      { name: 'x', n: 1234567.891 },
      { name: 'y', n: null },
      { name: 'z', n: 0.953 },
    ]);
    expect(csv.slice(1).split('\r\n').slice(1, 4)).toEqual(['x,1234567.891', 'y,', 'z,0.953']);
  });

  it('keeps text that looks like a formula from being run by spreadsheets', () => {
    const csv = toCsv(columns, [{ name: '=HYPERLINK("x")', n: -5 }]);
    expect(csv.slice(1).split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",-5`);
  });
});

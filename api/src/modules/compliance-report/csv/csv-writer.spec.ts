import { parseCsv } from '../testing/parse-csv';
import { csvCell, csvLine } from './csv-writer';

describe('CSV writer', () => {
  it('quotes commas, quotes and line breaks and reads back as written', () => {
    const cells = ['plain', 'a,b', 'say "hi"', 'two\r\nlines', 'Żabka, Київ', ''];
    const line = csvLine(cells);
    expect(line).toBe('plain,"a,b","say ""hi""","two\r\nlines","Żabka, Київ",\r\n');
    expect(parseCsv(line)).toEqual([cells]);
  });

  it('guards text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

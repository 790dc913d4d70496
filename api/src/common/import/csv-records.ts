/** One CSV record: its cells, its exact text (kept with a reject), and whether a quote was left open. */
export interface CsvRecord {
  cells: string[];
  raw: string;
  unterminated: boolean;
}

/** RFC 4180 records; a quote may open a field only at its start, and "" inside quotes is one quote. */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let start = 0;
  let i = 0;
  const endRecord = (end: number, unterminated = false) => {
    cells.push(cell);
    records.push({ cells, raw: text.slice(start, end), unterminated });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i += 1;
      } else {
        cell += ch;
        i += 1;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
      i += 1;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      i += 1;
    } else if (ch === '\n' || ch === '\r') {
      endRecord(i);
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      start = i;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (quoted) endRecord(text.length, true);
  else if (cell !== '' || cells.length > 0) endRecord(text.length);
  return records;
}

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

/** One non-blank data record read by its header: the fields it gives, or why it could not be read. */
export interface CsvTableRow<F extends string> {
  /** 1-based, counting data records (the header is row 0). */
  row: number;
  raw: string;
  values: Partial<Record<F, string>> | null;
  problem: { code: 'MALFORMED_CSV'; message: string } | null;
}

/**
 * A CSV file whose header names the fields (case-insensitive, via `fieldByLower`): a missing, unknown or repeated
 * column is refused as a whole (`headerError`); blank records are skipped; empty cells are absent fields.
 */
export function csvTable<F extends string>(
  content: string,
  fieldByLower: ReadonlyMap<string, F>,
  headerError: (message: string) => Error,
): CsvTableRow<F>[] {
  const records = csvRecords(content);
  const header = records.shift();
  if (!header || header.cells.every((cell) => cell.trim() === '')) throw headerError('the CSV has no header row');
  const columns = header.cells.map((cell) => cell.trim());
  const unknown = columns.filter((c) => !fieldByLower.has(c.toLowerCase()));
  if (unknown.length) throw headerError(`unknown columns: ${unknown.join(', ')}`);
  const fields = columns.map((c) => fieldByLower.get(c.toLowerCase())!);
  const duplicate = fields.find((f, i) => fields.indexOf(f) !== i);
  if (duplicate) throw headerError(`column ${duplicate} appears twice`);
  const rows: CsvTableRow<F>[] = [];
  records.forEach((record, index) => {
    if (record.cells.every((cell) => cell.trim() === '')) return;
    const base = { row: index + 1, raw: record.raw };
    if (record.unterminated) {
      rows.push({ ...base, values: null, problem: { code: 'MALFORMED_CSV', message: 'unclosed quote' } });
    } else if (record.cells.length !== fields.length) {
      const message = `has ${record.cells.length} fields; the header names ${fields.length}`;
      rows.push({ ...base, values: null, problem: { code: 'MALFORMED_CSV', message } });
    } else {
      const values: Partial<Record<F, string>> = {};
      fields.forEach((field, i) => {
        if (record.cells[i] !== '') values[field] = record.cells[i];
      });
      rows.push({ ...base, values, problem: null });
    }
  });
  return rows;
}

/** A CSV cell: numbers are written as they are; text is quoted when needed and guarded against formulas. */
export type CsvCell = string | number | boolean | null | undefined;

/** Byte-order mark: spreadsheet programs then read the file as UTF-8 (Cyrillic and Polish names intact). */
export const CSV_BOM = '\uFEFF';

/** Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell as RFC 4180 writes it: text that could start a formula is prefixed with a single quote, text with a
 * comma, double quote, CR or LF is enclosed in double quotes with inner quotes doubled.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF terminator. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

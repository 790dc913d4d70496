import { AppError } from '../../common/errors/app-error';
import { csvTable } from '../../common/import/csv-records';

/** The fields of one consent record, as written in the file (all strings; absent = undefined). */
export const CONSENT_RECORD_FIELDS = [
  'contact',
  'channel',
  'purpose',
  'action',
  'occurredAt',
  'method',
  'evidenceText',
  'evidenceUrl',
  'formId',
  'capturedBy',
  'proofRef',
  'accountId',
] as const;
export type ConsentRecordField = (typeof CONSENT_RECORD_FIELDS)[number];
export type ConsentRecordValues = Partial<Record<ConsentRecordField, string>>;

/** One problem with one row: the 1-based data row (a CSV's header is row 0), the field ('' = the whole row). */
export interface ConsentImportIssue {
  row: number;
  field: string;
  code: string;
  message: string;
}

/** One data row: its number, its exact text (kept with a reject), and its values or why it could not be read. */
export interface ParsedConsentRow {
  row: number;
  raw: string;
  values: ConsentRecordValues | null;
  issues: ConsentImportIssue[];
}

export type ConsentImportFormat = 'csv' | 'ndjson';

export class ConsentImportTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super('PAYLOAD_TOO_LARGE', `a consent import may hold at most ${limitBytes} bytes`);
  }
}

export class ConsentImportTooManyRowsError extends AppError {
  constructor(limit: number) {
    super('TOO_MANY_EVENTS', `a consent import may hold at most ${limit} records`);
  }
}

export class ConsentImportHeaderError extends AppError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message, {
      details: { issues: [{ path: 'content', message }] },
    });
  }
}

export interface ConsentImportLimits {
  maxBytes: number;
  maxRows: number;
}

/**
 * Reads a consent file into rows. CSV: RFC 4180 (comma, double-quoted fields with "" escapes and line breaks
 * inside, CRLF or LF), a header row naming the columns (case-insensitive, any order; unknown columns refused so a
 * misspelt one is not silently dropped). NDJSON: one JSON object per line with the same field names. Blank lines
 * are skipped; the size and row limits throw typed errors before anything is read.
 */
export function parseConsentRecords(
  content: string,
  format: ConsentImportFormat,
  limits: ConsentImportLimits,
): ParsedConsentRow[] {
  if (Buffer.byteLength(content, 'utf8') > limits.maxBytes) throw new ConsentImportTooLargeError(limits.maxBytes);
  const rows = format === 'csv' ? parseCsv(stripBom(content)) : parseNdjson(stripBom(content));
  if (rows.length > limits.maxRows) throw new ConsentImportTooManyRowsError(limits.maxRows);
  return rows;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const FIELD_BY_LOWER = new Map(CONSENT_RECORD_FIELDS.map((f) => [f.toLowerCase(), f]));

function parseNdjson(content: string): ParsedConsentRow[] {
  const rows: ParsedConsentRow[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const row = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      rows.push({ row, raw: line, values: null, issues: [issue(row, '', 'MALFORMED_JSON', 'not a JSON object')] });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      rows.push({ row, raw: line, values: null, issues: [issue(row, '', 'MALFORMED_JSON', 'not a JSON object')] });
      return;
    }
    const values: ConsentRecordValues = {};
    const issues: ConsentImportIssue[] = [];
    for (const [key, field] of Object.entries(value)) {
      const name = FIELD_BY_LOWER.get(key.toLowerCase());
      if (!name) {
        issues.push(issue(row, key, 'UNKNOWN_FIELD', `${key} is not a consent record field`));
      } else if (field === null || field === undefined) {
        continue;
      } else if (typeof field !== 'string') {
        issues.push(issue(row, name, 'INVALID_TYPE', 'must be a string'));
      } else {
        values[name] = field;
      }
    }
    rows.push({ row, raw: line, values: issues.length ? null : values, issues });
  });
  return rows;
}

function parseCsv(content: string): ParsedConsentRow[] {
  return csvTable(content, FIELD_BY_LOWER, (message) => new ConsentImportHeaderError(message)).map(
    ({ row, raw, values, problem }) => ({
      row,
      raw,
      values,
      issues: problem ? [issue(row, '', problem.code, problem.message)] : [],
    }),
  );
}

function issue(row: number, field: string, code: string, message: string): ConsentImportIssue {
  return { row, field, code, message };
}

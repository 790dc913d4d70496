import { AppError } from '../../common/errors/app-error';
import { csvTable } from '../../common/import/csv-records';

/** The fields of one catalog item, as written in the file (all strings; absent = undefined). */
export const CATALOG_ITEM_FIELDS = ['itemId', 'title', 'description', 'url', 'accountId', 'removed'] as const;
export type CatalogItemField = (typeof CATALOG_ITEM_FIELDS)[number];
export type CatalogItemValues = Partial<Record<CatalogItemField, string>>;

/** One problem with one row: the 1-based data row (a CSV's header is row 0), the field ('' = the whole row). */
export interface CatalogImportIssue {
  row: number;
  field: string;
  code: string;
  message: string;
}

export interface ParsedCatalogRow {
  row: number;
  values: CatalogItemValues | null;
  issues: CatalogImportIssue[];
}

export type CatalogImportFormat = 'csv' | 'ndjson';

export interface CatalogImportLimits {
  maxBytes: number;
  maxRows: number;
}

export class CatalogImportTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super('PAYLOAD_TOO_LARGE', `a catalog import may hold at most ${limitBytes} bytes`);
  }
}

export class CatalogImportTooManyRowsError extends AppError {
  constructor(limit: number) {
    super('TOO_MANY_ROWS', `a catalog import may hold at most ${limit} items`);
  }
}

export class CatalogImportHeaderError extends AppError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message, { details: { issues: [{ path: 'content', message }] } });
  }
}

const FIELD_BY_LOWER = new Map(CATALOG_ITEM_FIELDS.map((f) => [f.toLowerCase(), f]));

/**
 * Reads a catalog file into rows. CSV: RFC 4180 (the consent import's reader), a header row naming the columns
 * (case-insensitive, any order; unknown or repeated columns refused so a misspelt one is not silently dropped).
 * NDJSON: one JSON object per line with the same field names (strings; `removed` may also be a boolean). Blank lines
 * are skipped; the size and row limits throw typed errors.
 */
export function parseCatalogRows(
  content: string,
  format: CatalogImportFormat,
  limits: CatalogImportLimits,
): ParsedCatalogRow[] {
  if (Buffer.byteLength(content, 'utf8') > limits.maxBytes) throw new CatalogImportTooLargeError(limits.maxBytes);
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const rows = format === 'csv' ? parseCsv(text) : parseNdjson(text);
  if (rows.length > limits.maxRows) throw new CatalogImportTooManyRowsError(limits.maxRows);
  return rows;
}

function parseNdjson(content: string): ParsedCatalogRow[] {
  const rows: ParsedCatalogRow[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const row = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      rows.push({ row, values: null, issues: [issue(row, '', 'MALFORMED_JSON', 'not a JSON object')] });
      return;
    }
    const values: CatalogItemValues = {};
    const issues: CatalogImportIssue[] = [];
    for (const [key, field] of Object.entries(value)) {
      const name = FIELD_BY_LOWER.get(key.toLowerCase());
      if (!name) issues.push(issue(row, key, 'UNKNOWN_FIELD', `${key} is not a catalog item field`));
      else if (field === null || field === undefined) continue;
      else if (name === 'removed' && typeof field === 'boolean') values[name] = String(field);
      else if (typeof field !== 'string') issues.push(issue(row, name, 'INVALID_TYPE', 'must be a string'));
      else values[name] = field;
    }
    rows.push({ row, values: issues.length ? null : values, issues });
  });
  return rows;
}

function parseCsv(content: string): ParsedCatalogRow[] {
  return csvTable(content, FIELD_BY_LOWER, (message) => new CatalogImportHeaderError(message)).map(
    ({ row, values, problem }) => ({
      row,
      values,
      issues: problem ? [issue(row, '', problem.code, problem.message)] : [],
    }),
  );
}

function issue(row: number, field: string, code: string, message: string): CatalogImportIssue {
  return { row, field, code, message };
}

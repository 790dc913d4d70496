import { useState, type ChangeEvent, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { ErrorMessage } from '@web/components/ui/error-message';
import { InlineField } from '@web/components/ui/inline-field';
import { useI18n } from '@web/i18n/i18n-context';
import { errorCode } from '@web/lib/graphql-errors';

export type ImportFormat = 'CSV' | 'NDJSON';

export interface ImportRowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

/** What every import answers: rows read, accepted and rejected, with a problem per rejected field or row. */
export interface ImportOutcome {
  rows: number;
  accepted: number;
  rejected: number;
  dryRun: boolean;
  errors: readonly ImportRowError[];
}

/** The API's refusals of a whole file for its size (bytes or records). */
const TOO_BIG = ['PAYLOAD_TOO_LARGE', 'TOO_MANY_EVENTS'];

/** The import format a file's name says (`.ndjson`, `.jsonl`, `.json` → NDJSON), else CSV. */
export function formatOfFile(name: string): ImportFormat {
  return /\.(nd)?jsonl?$|\.ndjson$/i.test(name) ? 'NDJSON' : 'CSV';
}

interface FileImportProps<R extends ImportOutcome> {
  title: string;
  intro: string;
  /** The file's columns with what each holds, listed under "Columns". */
  columns: ReadonlyArray<readonly [name: string, description: string]>;
  docs: string;
  /** File name (without extension) of the rejected rows' CSV. */
  errorsExportName: string;
  /** Sends the file; the result, or null when the call failed (`error` says why). */
  send: (input: { format: ImportFormat; content: string; dryRun: boolean }) => Promise<R | null>;
  fetching: boolean;
  error: CombinedError | undefined;
  /** The sentence shown for a check or an import. */
  summary: (result: R) => string;
  /** Fields of the import besides file and format. */
  children?: ReactNode;
  /** The value of those fields: a check made with other values has to be made again before importing. */
  fieldsKey?: string;
}

/**
 * A file kept elsewhere (CSV or NDJSON) imported through the API: it is read in the browser and checked first (a
 * dry run stores nothing and lists every rejected row); the import is offered for the file and fields just checked.
 */
export function FileImport<R extends ImportOutcome>({
  title,
  intro,
  columns,
  docs,
  errorsExportName,
  send,
  fetching,
  error,
  summary,
  children,
  fieldsKey = '',
}: FileImportProps<R>) {
  const { t, fmt } = useI18n();
  const [picked, setPicked] = useState<{ name: string; content: string } | null>(null);
  const [format, setFormat] = useState<ImportFormat>('CSV');
  const [readFailed, setReadFailed] = useState(false);
  const [checked, setChecked] = useState<{ result: R; key: string } | null>(null);
  const [imported, setImported] = useState<R | null>(null);
  const key = `${format}|${fieldsKey}`;
  const current = checked && checked.key === key ? checked.result : null;

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setChecked(null);
    setImported(null);
    setReadFailed(false);
    setPicked(null);
    if (!file) return;
    try {
      setPicked({ name: file.name, content: await file.text() });
      setFormat(formatOfFile(file.name));
    } catch {
      setReadFailed(true);
    }
  };
  const run = async (dryRun: boolean) => {
    if (!picked) return;
    setImported(null);
    const result = await send({ format, content: picked.content, dryRun });
    if (!result) return;
    if (dryRun) setChecked({ result, key });
    else setImported(result);
  };
  const shown = imported ?? current;

  const errorColumns: Column<ImportRowError>[] = [
    {
      key: 'row',
      header: t('complianceContacts.import.row'),
      cell: (e) => fmt.count(e.row),
      csv: (e) => e.row,
      numeric: true,
    },
    { key: 'field', header: t('complianceContacts.import.field'), cell: (e) => e.field || '—', csv: (e) => e.field },
    { key: 'code', header: t('complianceContacts.import.code'), cell: (e) => e.code, csv: (e) => e.code },
    { key: 'message', header: t('complianceContacts.import.message'), cell: (e) => e.message, csv: (e) => e.message },
  ];

  return (
    <Card title={title}>
      <p className="field-hint">{intro}</p>
      <details>
        <summary>{t('complianceContacts.import.columnsTitle')}</summary>
        <ul>
          {columns.map(([name, description]) => (
            <li key={name}>
              <code>{name}</code> — {description}
            </li>
          ))}
        </ul>
        <p className="field-hint">{docs}</p>
      </details>
      <div className="filter-bar">
        <InlineField label={t('complianceContacts.import.file')}>
          {(id) => (
            <input id={id} type="file" accept=".csv,.ndjson,.jsonl,.json,text/csv" onChange={(e) => void pick(e)} />
          )}
        </InlineField>
        <InlineField label={t('complianceContacts.import.format')}>
          {(id) => (
            <select id={id} value={format} onChange={(e) => setFormat(e.target.value as ImportFormat)}>
              <option value="CSV">CSV</option>
              <option value="NDJSON">NDJSON</option>
            </select>
          )}
        </InlineField>
        {children}
        <button type="button" className="button" disabled={!picked || fetching} onClick={() => void run(true)}>
          {t('complianceContacts.import.check')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!current || current.accepted === 0 || !!imported || fetching}
          onClick={() => void run(false)}
        >
          {t('complianceContacts.import.run')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {fetching && <p>{t('common.loading')}</p>}
        {readFailed && <p className="error-text">{t('complianceContacts.import.readFailed')}</p>}
        {shown && <p data-testid="import-outcome">{summary(shown)}</p>}
      </div>
      {error && (
        <div role="alert" className="error-text">
          {TOO_BIG.includes(errorCode(error) ?? '') ? (
            <p>{t('complianceContacts.import.tooLarge')}</p>
          ) : (
            <ErrorMessage error={error} />
          )}
        </div>
      )}
      {shown && shown.errors.length > 0 && (
        <DataTable
          caption={t('complianceContacts.import.errorsCaption', { total: shown.errors.length })}
          columns={errorColumns}
          rows={shown.errors}
          rowKey={(e) => `${e.row}/${e.field}/${e.code}`}
          exportName={errorsExportName}
        />
      )}
    </Card>
  );
}

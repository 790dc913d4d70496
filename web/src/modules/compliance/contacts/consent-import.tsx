import { useState, type ChangeEvent } from 'react';
import { useMutation } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { ErrorMessage } from '@web/components/ui/error-message';
import { InlineField } from '@web/components/ui/inline-field';
import type { ConsentImportFormat, ImportConsentRecordsMutation as ImportResult } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { errorCode } from '@web/lib/graphql-errors';
import { ImportConsentRecordsMutation } from './contacts.graphql';
import { formatOfFile } from './contact-values';

type Result = ImportResult['importConsentRecords'];
type RowError = Result['errors'][number];

interface Picked {
  name: string;
  content: string;
}

/** The API's refusals of a whole file for its size (bytes or records). */
const TOO_BIG = ['PAYLOAD_TOO_LARGE', 'TOO_MANY_EVENTS'];

const COLUMNS = [
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

/**
 * Consent records kept elsewhere (a CRM, a shop) as CSV or NDJSON: the file is read in the browser and checked
 * first (a dry run stores nothing and lists every rejected row); the import is offered for the file just checked.
 */
export function ConsentImport() {
  const { t, fmt } = useI18n();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [format, setFormat] = useState<ConsentImportFormat>('CSV');
  const [readFailed, setReadFailed] = useState(false);
  const [checked, setChecked] = useState<Result | null>(null);
  const [imported, setImported] = useState<Result | null>(null);
  const [state, run] = useMutation(ImportConsentRecordsMutation);

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
  const send = async (dryRun: boolean) => {
    if (!picked) return;
    const outcome = await run({ input: { format, content: picked.content, dryRun } });
    const result = outcome.data?.importConsentRecords ?? null;
    if (dryRun) setChecked(result);
    else setImported(result);
  };
  const shown = imported ?? checked;

  const errorColumns: Column<RowError>[] = [
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
    <Card title={t('complianceContacts.import.title')}>
      <p className="field-hint">{t('complianceContacts.import.intro')}</p>
      <details>
        <summary>{t('complianceContacts.import.columnsTitle')}</summary>
        <ul>
          {COLUMNS.map((column) => (
            <li key={column}>
              <code>{column}</code> — {t(`complianceContacts.import.column.${column}`)}
            </li>
          ))}
        </ul>
        <p className="field-hint">{t('complianceContacts.import.docs')}</p>
      </details>
      <div className="filter-bar">
        <InlineField label={t('complianceContacts.import.file')}>
          {(id) => (
            <input id={id} type="file" accept=".csv,.ndjson,.jsonl,.json,text/csv" onChange={(e) => void pick(e)} />
          )}
        </InlineField>
        <InlineField label={t('complianceContacts.import.format')}>
          {(id) => (
            <select
              id={id}
              value={format}
              onChange={(e) => {
                setFormat(e.target.value as ConsentImportFormat);
                setChecked(null);
                setImported(null);
              }}
            >
              <option value="CSV">CSV</option>
              <option value="NDJSON">NDJSON</option>
            </select>
          )}
        </InlineField>
        <button type="button" className="button" disabled={!picked || state.fetching} onClick={() => void send(true)}>
          {t('complianceContacts.import.check')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!checked || checked.accepted === 0 || !!imported || state.fetching}
          onClick={() => void send(false)}
        >
          {t('complianceContacts.import.run')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.fetching && <p>{t('common.loading')}</p>}
        {readFailed && <p className="error-text">{t('complianceContacts.import.readFailed')}</p>}
        {shown && (
          <p data-testid="import-outcome">
            {t(shown.dryRun ? 'complianceContacts.import.checked' : 'complianceContacts.import.done', {
              rows: shown.rows,
              accepted: shown.accepted,
              rejected: shown.rejected,
            })}
          </p>
        )}
      </div>
      {state.error && (
        <div role="alert" className="error-text">
          {TOO_BIG.includes(errorCode(state.error) ?? '') ? (
            <p>{t('complianceContacts.import.tooLarge')}</p>
          ) : (
            <ErrorMessage error={state.error} />
          )}
        </div>
      )}
      {shown && shown.errors.length > 0 && (
        <DataTable
          caption={t('complianceContacts.import.errorsCaption', { total: shown.errors.length })}
          columns={errorColumns}
          rows={shown.errors}
          rowKey={(e) => `${e.row}/${e.field}/${e.code}`}
          exportName="consent-import-errors"
        />
      )}
    </Card>
  );
}

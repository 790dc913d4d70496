import { useMutation } from 'urql';
import { useI18n } from '@web/i18n/i18n-context';
import { FileImport } from '../components/file-import';
import { ImportConsentRecordsMutation } from './contacts.graphql';

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

/** Consent records kept elsewhere (a CRM, a shop) as CSV or NDJSON, checked first, then imported. */
export function ConsentImport() {
  const { t } = useI18n();
  const [state, run] = useMutation(ImportConsentRecordsMutation);
  return (
    <FileImport
      title={t('complianceContacts.import.title')}
      intro={t('complianceContacts.import.intro')}
      columns={COLUMNS.map((column) => [column, t(`complianceContacts.import.column.${column}`)] as const)}
      docs={t('complianceContacts.import.docs')}
      errorsExportName="consent-import-errors"
      send={async (input) => (await run({ input })).data?.importConsentRecords ?? null}
      fetching={state.fetching}
      error={state.error}
      summary={(result) =>
        t(result.dryRun ? 'complianceContacts.import.checked' : 'complianceContacts.import.done', {
          rows: result.rows,
          accepted: result.accepted,
          rejected: result.rejected,
        })
      }
    />
  );
}

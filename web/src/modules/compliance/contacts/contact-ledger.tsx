import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { InlineField } from '@web/components/ui/inline-field';
import type { Channel, ContactConsentStateFragment, ContactLedgerQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CHANNELS } from '@web/lib/channels';
import { DownloadButton } from '../reports/download-button';
import { fromLocalInput, ledgerDownloadUrl, toLocalInput } from './contact-values';
import { ContactLedgerQuery as LedgerQuery } from './contacts.graphql';

type Ledger = ContactLedgerQuery['consentLedger'];
type Entry = Ledger['entries'][number];

interface Lookup {
  contactId: string;
  channel: Channel | null;
}

/** Look-up form and, once a contact is asked for, its consent states and ledger. */
export function ContactLedger({ evidence }: { evidence: boolean }) {
  const { t } = useI18n();
  const [contact, setContact] = useState('');
  const [channel, setChannel] = useState<Channel | ''>('');
  // Kept in the page, not the URL: a phone number or e-mail must not end up in browser history or shared links.
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const contactId = contact.trim();
    if (contactId) setLookup({ contactId, channel: channel || null });
  };
  return (
    <Card title={t('complianceContacts.lookupTitle')}>
      <form className="filter-bar" onSubmit={submit} aria-label={t('complianceContacts.lookupTitle')}>
        <InlineField label={t('complianceContacts.contact')}>
          {(id) => (
            <input
              id={id}
              name="contact"
              value={contact}
              autoComplete="off"
              placeholder="+4915123456789"
              onChange={(e) => setContact(e.target.value)}
            />
          )}
        </InlineField>
        <InlineField label={t('filters.channel')}>
          {(id) => (
            <select id={id} value={channel} onChange={(e) => setChannel(e.target.value as Channel | '')}>
              <option value="">{t('filters.allChannels')}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          )}
        </InlineField>
        <button type="submit" className="button button-primary">
          {t('complianceContacts.lookUp')}
        </button>
      </form>
      <p className="field-hint">{t('complianceContacts.lookupHint')}</p>
      {lookup && <LedgerResult key={`${lookup.channel}/${lookup.contactId}`} lookup={lookup} evidence={evidence} />}
    </Card>
  );
}

function LedgerResult({ lookup, evidence }: { lookup: Lookup; evidence: boolean }) {
  const { t, fmt, locale, timeZone } = useI18n();
  const [atInput, setAtInput] = useState(() => toLocalInput(new Date(), timeZone));
  const at = fromLocalInput(atInput, timeZone);
  const [result, reexecute] = useQuery({
    query: LedgerQuery,
    variables: { contactId: lookup.contactId, channel: lookup.channel, at },
  });
  const ledger = result.data?.consentLedger;
  const stateAt = (states: readonly ContactConsentStateFragment[], row: ContactConsentStateFragment) =>
    states.find((s) => s.channel === row.channel && s.purpose === row.purpose);
  const stateText = (s: ContactConsentStateFragment | undefined) =>
    s
      ? [
          t(`complianceContacts.state.${s.state}`),
          s.blocked ? t('complianceContacts.blocked') : null,
          s.since ? t('complianceContacts.since', { at: fmt.dateTime(s.since), method: s.method ?? '—' }) : null,
        ]
          .filter(Boolean)
          .join(' · ')
      : '—';

  const stateColumns: Column<ContactConsentStateFragment>[] = [
    { key: 'channel', header: t('filters.channel'), cell: (s) => t(`channel.${s.channel}`) },
    {
      key: 'purpose',
      header: t('complianceContacts.column.purpose'),
      cell: (s) => t(`complianceContacts.purpose.${s.purpose}`),
    },
    {
      key: 'now',
      header: t('complianceContacts.stateNow'),
      cell: (s) => <span data-state={s.state}>{stateText(s)}</span>,
    },
    {
      key: 'at',
      header: t('complianceContacts.stateAt', { at: at ? fmt.dateTime(at) : '—' }),
      cell: (s) => {
        const then = ledger ? stateAt(ledger.atInstant, s) : undefined;
        return <span data-state={then?.state}>{stateText(then)}</span>;
      },
    },
  ];

  const evidenceCell = (e: Entry) => {
    const parts = [
      e.evidence.text && `“${e.evidence.text}”`,
      e.evidence.url,
      e.evidence.formId && t('complianceContacts.formId', { id: e.evidence.formId }),
      e.evidence.capturedBy && t('complianceContacts.capturedBy', { who: e.evidence.capturedBy }),
      e.evidence.proofRef && t('complianceContacts.proofRef', { ref: e.evidence.proofRef }),
    ].filter(Boolean);
    return parts.length > 0 ? <span className="evidence">{parts.join(' · ')}</span> : '—';
  };
  const entryColumns: Column<Entry>[] = [
    { key: 'at', header: t('complianceContacts.column.at'), cell: (e) => fmt.dateTime(e.occurredAt) },
    { key: 'channel', header: t('filters.channel'), cell: (e) => t(`channel.${e.channel}`) },
    {
      key: 'purpose',
      header: t('complianceContacts.column.purpose'),
      cell: (e) => t(`complianceContacts.purpose.${e.purpose}`),
    },
    {
      key: 'action',
      header: t('complianceContacts.column.action'),
      cell: (e) => t(`complianceContacts.action.${e.action}`),
    },
    { key: 'method', header: t('complianceContacts.column.method'), cell: (e) => e.method },
    {
      key: 'source',
      header: t('complianceContacts.column.source'),
      cell: (e) => t('complianceContacts.source', { source: e.source, account: e.accountId }),
    },
    { key: 'evidence', header: t('complianceContacts.column.evidence'), cell: evidenceCell },
  ];

  return (
    <DataState
      fetching={result.fetching}
      error={result.error}
      empty={!ledger}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {ledger && (
        <div data-testid="contact-ledger">
          <p>
            {t('complianceContacts.pseudonym', { id: ledger.contactId })}{' '}
            {ledger.channel ? t(`channel.${ledger.channel}`) : t('filters.allChannels')}
          </p>
          {evidence && ledger.entries.length > 0 && (
            <div className="table-tools">
              <DownloadButton
                url={ledgerDownloadUrl(ledger.contactId, 'pdf', ledger.channel ?? null, locale)}
                fileName={`consent-ledger_${ledger.contactId}.pdf`}
                label={t('complianceContacts.downloadPdf')}
              />
              <DownloadButton
                url={ledgerDownloadUrl(ledger.contactId, 'csv', ledger.channel ?? null, locale)}
                fileName={`consent-ledger_${ledger.contactId}.csv`}
                label={t('complianceContacts.downloadCsv')}
              />
            </div>
          )}
          <InlineField label={t('complianceContacts.at')}>
            {(id) => (
              <input id={id} type="datetime-local" value={atInput} onChange={(e) => setAtInput(e.target.value)} />
            )}
          </InlineField>
          <p className="field-hint">{t('complianceContacts.atHint', { timeZone })}</p>
          {ledger.now.length > 0 ? (
            <DataTable
              caption={t('complianceContacts.statesCaption')}
              columns={stateColumns}
              rows={ledger.now}
              rowKey={(s) => `${s.channel}/${s.purpose}`}
            />
          ) : null}
          {ledger.entries.length === 0 ? (
            <p className="state state-empty">{t('complianceContacts.noEntries')}</p>
          ) : (
            <>
              {!evidence && <p className="field-hint">{t('complianceContacts.evidenceHidden')}</p>}
              <DataTable
                caption={t('complianceContacts.entriesCaption', { total: ledger.entries.length })}
                columns={entryColumns}
                rows={ledger.entries}
                rowKey={(e) => e.id}
              />
            </>
          )}
        </div>
      )}
    </DataState>
  );
}

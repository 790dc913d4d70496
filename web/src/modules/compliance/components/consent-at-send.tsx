import { useQuery } from 'urql';
import { DataState } from '@web/components/ui/data-state';
import type { Channel } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { hiddenEntries, ledgerAroundSend } from '../consent-at-send';
import { ConsentAtSendQuery } from '../graphql/compliance.query';

/**
 * The contact's consent on the channel when the message went out (consentLedger states at the send instant, per
 * purpose) and the ledger entries around the send, so an officer sees what decided the violation.
 */
export function ConsentAtSend({ contactId, channel, sentAt }: { contactId: string; channel: Channel; sentAt: string }) {
  const { t, fmt } = useI18n();
  const [result, reexecute] = useQuery({ query: ConsentAtSendQuery, variables: { contactId, channel, at: sentAt } });
  const ledger = result.data?.consentLedger;
  const states = ledger?.states.filter((s) => s.channel === channel) ?? [];
  const entries = ledger?.entries ?? [];
  const hidden = hiddenEntries(entries, sentAt);
  return (
    <section aria-labelledby="consent-at-send-heading" data-testid="consent-at-send">
      <h3 id="consent-at-send-heading">{t('compliance.consent.title', { at: fmt.dateTime(sentAt) })}</h3>
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={!ledger}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <table className="table">
          <caption className="visually-hidden">{t('compliance.consent.statesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compliance.consent.purpose')}</th>
              <th scope="col">{t('compliance.consent.state')}</th>
              <th scope="col">{t('compliance.consent.since')}</th>
              <th scope="col">{t('compliance.consent.method')}</th>
            </tr>
          </thead>
          <tbody>
            {states.map((s) => (
              <tr key={s.purpose} data-purpose={s.purpose} data-state={s.state}>
                <th scope="row">{t(`compliance.purpose.${s.purpose}`)}</th>
                <td>
                  {t(`compliance.consentState.${s.state}`)}
                  {s.blocked && <span className="badge badge-warning">{t('compliance.consent.blocked')}</span>}
                </td>
                <td>{s.since ? fmt.dateTime(s.since) : '—'}</td>
                <td>{s.method ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h4>{t('compliance.consent.ledger')}</h4>
        {entries.length === 0 ? (
          <p className="muted">{t('compliance.consent.noEntries')}</p>
        ) : (
          <>
            {hidden.before > 0 && <p className="muted">{t('compliance.consent.earlier', { count: hidden.before })}</p>}
            <ol className="timeline" data-testid="consent-ledger">
              {ledgerAroundSend(entries, sentAt).map((line) =>
                line.kind === 'send' ? (
                  <li key="send" className="timeline-send">
                    <strong>{t('compliance.consent.sendMarker', { at: fmt.dateTime(line.at) })}</strong>
                  </li>
                ) : (
                  <li key={line.entry.id}>
                    {fmt.dateTime(line.entry.occurredAt)} · {t(`compliance.action.${line.entry.action}`)} ·{' '}
                    {t(`compliance.purpose.${line.entry.purpose}`)} · {line.entry.method}
                    <p className="timeline-note">
                      {t('compliance.consent.source', { source: line.entry.source, account: line.entry.accountId })}
                    </p>
                  </li>
                ),
              )}
            </ol>
            {hidden.after > 0 && <p className="muted">{t('compliance.consent.later', { count: hidden.after })}</p>}
          </>
        )}
      </DataState>
    </section>
  );
}

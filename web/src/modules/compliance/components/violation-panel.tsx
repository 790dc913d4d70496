import { useEffect, useRef, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import type { ComplianceViolationQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { EXCEPTION_KINDS } from '../case-actions';
import { ComplianceViolationQuery as Query } from '../graphql/compliance.query';
import { CaseStateBadge, SeverityBadge } from './badges';
import { ConsentAtSend } from './consent-at-send';
import { EvidenceList } from './evidence-list';

type Violation = ComplianceViolationQuery['complianceViolation'];

/**
 * One violation opened from the list (?violation=<id>): what was found, its evidence, the contact's consent when the
 * message went out, and (from the page) the case. Focus moves here when it opens.
 */
export function ViolationPanel({
  id,
  onClose,
  children,
}: {
  id: string;
  onClose: () => void;
  /** The case section, given the loaded violation. */
  children?: (violation: Violation) => ReactNode;
}) {
  const { t, fmt } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [result, reexecute] = useQuery({ query: Query, variables: { id } });
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, [id]);
  const v = result.data?.complianceViolation;
  return (
    <div ref={ref} tabIndex={-1} className="drill-panel card-wide" data-testid="violation-panel" data-violation-id={id}>
      <Card
        title={
          v ? t('compliance.panel.title', { kind: t(`compliance.kind.${v.kind}`) }) : t('compliance.panel.loading')
        }
        className="card-wide"
        actions={
          <button type="button" className="button button-small" onClick={onClose}>
            {t('common.close')}
          </button>
        }
      >
        <DataState
          fetching={result.fetching}
          error={result.error}
          empty={!v}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          {v && (
            <div className="violation-panel">
              <section aria-labelledby={`${id}-details`}>
                <h3 id={`${id}-details`}>{t('compliance.panel.details')}</h3>
                <dl className="facts">
                  <dt>{t('compliance.column.kind')}</dt>
                  <dd>{t(`compliance.kind.${v.kind}`)}</dd>
                  <dt>{t('compliance.column.severity')}</dt>
                  <dd>
                    <SeverityBadge severity={v.severity} />
                  </dd>
                  <dt>{t('compliance.column.ruleVersion')}</dt>
                  <dd>
                    <code>{v.ruleVersion}</code>
                  </dd>
                  <dt>{t('compliance.column.occurredAt')}</dt>
                  <dd>{fmt.dateTime(v.occurredAt)}</dd>
                  <dt>{t('compliance.column.detectedAt')}</dt>
                  <dd>{fmt.dateTime(v.detectedAt)}</dd>
                  <dt>{t('column.channel')}</dt>
                  <dd>{t(`channel.${v.channel}`)}</dd>
                  <dt>{t('engagement.column.number')}</dt>
                  <dd>{v.accountName ? `${v.accountName} (${v.accountId})` : v.accountId}</dd>
                  <dt>{t('engagement.column.contact')}</dt>
                  <dd>{v.contactId ? <code>{v.contactId}</code> : '—'}</dd>
                  <dt>{t('engagement.column.campaign')}</dt>
                  <dd>{v.campaignId ?? '—'}</dd>
                  <dt>{t('engagement.column.template')}</dt>
                  <dd>{v.templateName ?? '—'}</dd>
                  <dt>{t('compliance.column.message')}</dt>
                  <dd>{v.messageId ? <code>{v.messageId}</code> : '—'}</dd>
                  <dt>{t('compliance.column.state')}</dt>
                  <dd>
                    <CaseStateBadge state={v.caseState} />
                    {v.retractedAt && (
                      <span className="badge badge-warning">
                        {t('compliance.retractedAt', { at: fmt.dateTime(v.retractedAt) })}
                      </span>
                    )}
                  </dd>
                </dl>
              </section>
              <section aria-labelledby={`${id}-evidence`}>
                <h3 id={`${id}-evidence`}>{t('compliance.panel.evidence')}</h3>
                <EvidenceList evidence={v.evidence} hasText={EXCEPTION_KINDS.includes(v.kind)} />
              </section>
              {v.contactId && <ConsentAtSend contactId={v.contactId} channel={v.channel} sentAt={v.occurredAt} />}
              {children?.(v)}
            </div>
          )}
        </DataState>
      </Card>
    </div>
  );
}

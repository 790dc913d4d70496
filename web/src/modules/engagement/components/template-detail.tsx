import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import type { AnalyticsFilter } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { TemplateDetailQuery } from '../graphql/templates.query';
import { FailureReasonsTable } from './failure-reasons-table';
import type { TemplateRow } from './templates-section';

/** One template's full status, quality and category history (oldest first) and its failures in the period. */
export function TemplateDetail({
  filter,
  template,
  onClose,
}: {
  filter: AnalyticsFilter;
  template: TemplateRow;
  onClose: () => void;
}) {
  const { t, fmt } = useI18n();
  const [result, reexecute] = useQuery({
    query: TemplateDetailQuery,
    variables: {
      filter,
      name: template.name,
      language: template.language,
      accountId: template.businessAccountId ?? null,
    },
  });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const history = result.data?.templateHistory ?? [];
  const failures = result.data?.templateFailures ?? [];
  const name = `${template.name} (${template.language})`;
  const retry = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <div ref={ref} tabIndex={-1} className="drill-panel" data-testid="template-detail">
      <Card
        title={t('engagement.templateTitle', { name })}
        className="card-wide"
        actions={
          <button type="button" className="button button-small" onClick={onClose}>
            {t('common.close')}
          </button>
        }
      >
        <h3>{t('engagement.historyTitle')}</h3>
        <DataState
          fetching={result.fetching}
          error={result.error}
          empty={history.length === 0}
          emptyText={result.data ? t('engagement.noHistory') : undefined}
          onRetry={retry}
        >
          <ol className="timeline" aria-label={t('engagement.historyTitle')}>
            {history.map((change, index) => (
              <li key={`${change.occurredAt}-${index}`}>
                <time dateTime={change.occurredAt}>{fmt.dateTime(change.occurredAt)}</time>
                <ul>
                  {change.changes.map((c) => (
                    <li key={c.field}>
                      {t(`engagement.field.${c.field}`)}:{' '}
                      {c.from ? t('engagement.changeFromTo', { from: c.from, to: c.to }) : c.to}
                    </li>
                  ))}
                </ul>
                {change.reason && <p className="timeline-note">{t('engagement.reason', { reason: change.reason })}</p>}
              </li>
            ))}
          </ol>
        </DataState>
        <h3>{t('engagement.templateFailuresTitle')}</h3>
        <DataState
          fetching={result.fetching}
          error={result.error}
          empty={failures.length === 0}
          emptyText={result.data ? t('engagement.noFailures') : undefined}
          onRetry={retry}
        >
          <FailureReasonsTable
            rows={failures}
            caption={t('engagement.templateFailuresTitle')}
            exportName={`template-failures-${template.name}-${template.language}`}
          />
        </DataState>
      </Card>
    </div>
  );
}

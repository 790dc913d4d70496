import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import type {
  AnalyticsFilter,
  EngagementDrillDown,
  FailureReasonFieldsFragment,
  TemplateDetailQuery as TemplateDetailData,
} from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { downloadText, toCsv } from '@web/lib/csv';
import { TemplateDetailQuery } from '../graphql/templates.query';
import { FailureReasonsTable } from './failure-reasons-table';
import type { TemplateRow } from './templates-section';

type Change = TemplateDetailData['templateHistory'][number];
type ChangeLine = { change: Change; field: Change['changes'][number] };

/**
 * One template's full status, quality and category history (oldest first, exportable) and its failures in the
 * period; its messages open in the messages panel.
 */
export function TemplateDetail({
  filter,
  template,
  onClose,
  onDrill,
}: {
  filter: AnalyticsFilter;
  template: TemplateRow;
  onClose: () => void;
  onDrill: (drill: EngagementDrillDown) => void;
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
  // The engagement TEMPLATE key is "name|language", as the comparison groups templates.
  const key = `${template.name}|${template.language}`;
  // A row is one channel and sending number: its messages are that number's, as its counts are.
  const listMessages = () =>
    onDrill({ dimension: 'TEMPLATE', key, channel: template.channel, accountId: template.accountExternalId });
  // The failures are the name and language's on every number (templateFailures), so a row opens those.
  const listFailures = (reason: FailureReasonFieldsFragment) =>
    onDrill({
      dimension: 'TEMPLATE',
      key,
      status: 'failed',
      channel: reason.channel,
      errorCode: reason.errorCode ?? '',
    });
  const exportHistory = () => {
    const lines: ChangeLine[] = history.flatMap((change) => change.changes.map((field) => ({ change, field })));
    const csv = toCsv<ChangeLine>(
      [
        { header: t('engagement.column.changedAt'), value: (l) => l.change.occurredAt },
        { header: t('column.channel'), value: (l) => l.change.channel.toLowerCase() },
        { header: t('engagement.column.number'), value: (l) => l.change.accountExternalId },
        { header: t('engagement.column.field'), value: (l) => l.field.field },
        { header: t('engagement.column.from'), value: (l) => l.field.from },
        { header: t('engagement.column.to'), value: (l) => l.field.to },
        { header: t('engagement.column.reason'), value: (l) => l.change.reason },
      ],
      lines,
    );
    downloadText(`template-history-${template.name}-${template.language}.csv`, csv);
  };
  return (
    <div ref={ref} tabIndex={-1} className="drill-panel" data-testid="template-detail">
      <Card
        title={t('engagement.templateTitle', { name })}
        className="card-wide"
        actions={
          <div className="card-actions">
            <button type="button" className="button button-small" onClick={listMessages}>
              {t('engagement.listMessages')}
            </button>
            <button type="button" className="button button-small" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
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
          <div className="table-tools">
            <button type="button" className="button button-small" onClick={exportHistory}>
              {t('common.exportCsv')}
            </button>
          </div>
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
            onSelect={listFailures}
          />
        </DataState>
      </Card>
    </div>
  );
}

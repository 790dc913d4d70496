import { useState } from 'react';
import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { channelColumn } from '@web/components/ui/common-columns';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import { InlineField } from '@web/components/ui/inline-field';
import { Pager } from '@web/components/ui/pager';
import { usePager } from '@web/components/ui/use-pager';
import type { AnalyticsFilter, SurveyCommentsQuery, SurveyKind } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { hasCode } from '@web/lib/graphql-errors';
import { SurveyCommentsQuery as Query } from '../graphql/satisfaction.query';

type Row = SurveyCommentsQuery['surveyComments']['nodes'][number];

/** The lowest score a survey's detractors give (NPS 0–6, CSAT 1–2). */
const DETRACTOR_MAX: Record<SurveyKind, number> = { NPS: 6, CSAT: 2 };

/**
 * What customers wrote with their score, newest first. Comments are message content: the caller shows this only to
 * roles allowed to read it, and it hides itself if the API refuses anyway.
 */
export function SurveyComments({ filter }: { filter: AnalyticsFilter }) {
  const { t, fmt } = useI18n();
  const pager = usePager();
  const [survey, setSurvey] = useState<SurveyKind | ''>('');
  const [detractors, setDetractors] = useState(false);
  const [result, reexecute] = useQuery({
    query: Query,
    variables: {
      filter,
      page: pager.page,
      ...(survey && { survey }),
      ...(survey && detractors && { maxScore: DETRACTOR_MAX[survey] }),
    },
  });
  if (hasCode(result.error, 'FORBIDDEN')) return null;
  const connection = result.data?.surveyComments;
  const rows = connection?.nodes ?? [];
  const title = t('support.commentsTitle');
  const change = (next: () => void) => {
    next();
    pager.reset();
  };
  return (
    <Card
      title={title}
      className="card-wide"
      actions={
        <div className="card-actions">
          <InlineField label={t('support.survey')}>
            {(id) => (
              <select
                id={id}
                value={survey}
                onChange={(e) => change(() => setSurvey(e.target.value as SurveyKind | ''))}
              >
                <option value="">{t('support.surveyAll')}</option>
                <option value="NPS">{t('support.kpi.nps')}</option>
                <option value="CSAT">{t('support.kpi.csat')}</option>
              </select>
            )}
          </InlineField>
          <label className="inline-check">
            <input
              type="checkbox"
              checked={detractors}
              disabled={!survey}
              onChange={(e) => change(() => setDetractors(e.target.checked))}
            />{' '}
            {t('support.detractorsOnly')}
          </label>
          <HowComputed text={t('support.how.comments')} />
        </div>
      }
    >
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        emptyText={connection ? t('support.noComments') : undefined}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <DataTable<Row>
          caption={title}
          captionHidden
          exportName="survey-comments"
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            {
              key: 'answeredAt',
              header: t('support.column.answeredAt'),
              cell: (r) => fmt.dateTime(r.answeredAt),
              csv: (r) => r.answeredAt,
            },
            {
              key: 'survey',
              header: t('support.survey'),
              cell: (r) => t(`support.kpi.${r.survey === 'NPS' ? 'nps' : 'csat'}`),
              csv: (r) => r.survey,
            },
            {
              key: 'score',
              header: t('support.column.score'),
              cell: (r) => fmt.count(r.score),
              csv: (r) => r.score,
              numeric: true,
            },
            { key: 'comment', header: t('support.column.comment'), cell: (r) => r.comment, csv: (r) => r.comment },
            {
              key: 'agent',
              header: t('support.column.agent'),
              cell: (r) => r.agentName ?? '—',
              csv: (r) => r.agentName,
            },
            channelColumn(t),
            {
              key: 'conversation',
              header: t('campaigns.column.conversationId'),
              cell: (r) => (r.conversationId ? <code>{r.conversationId}</code> : '—'),
              csv: (r) => r.conversationId,
            },
          ]}
        />
        {connection && <Pager connection={connection} pager={pager} />}
      </DataState>
    </Card>
  );
}

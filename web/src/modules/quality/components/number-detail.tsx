import { useEffect, useMemo, useRef } from 'react';
import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import type { AccountHealthQuery, AccountQualityHistoryQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { AccountQualityHistoryQuery as HistoryQuery } from '../graphql/account-health.query';
import { timelinePoints } from '../tier-timeline-data';
import { useTierWords } from '../use-tier-words';
import { QualityBadge } from './quality-badge';
import { TierGauge } from './tier-gauge';
import { TierTimeline } from './tier-timeline';

type Account = AccountHealthQuery['accountHealth'][number];
type Change = AccountQualityHistoryQuery['accountQualityHistory'][number];

/**
 * One number at a glance: quality, status, limit, the usage and progress gauges with the outlook and blockers, its
 * tier timeline and every reported change (newest first, exportable). The platforms keep no history; this is it.
 */
export function NumberDetail({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t, fmt } = useI18n();
  const words = useTierWords();
  const [result, reexecute] = useQuery({
    query: HistoryQuery,
    variables: { accountId: account.businessAccountId! },
  });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const history = result.data?.accountQualityHistory;
  const points = useMemo(() => timelinePoints(history ?? [], new Date()), [history]);
  const changes = useMemo(() => [...(history ?? [])].reverse(), [history]);
  const name = words.name(account);
  const title = t('quality.numberTitle', { name });
  const changesTitle = t('quality.changesTitle');
  const fromTo = (from: string | null | undefined, to: string | null | undefined, word: (v: string) => string) =>
    to === null || to === undefined
      ? '—'
      : from && from !== to
        ? t('engagement.changeFromTo', { from: word(from), to: word(to) })
        : word(to);
  const blockers = words.blockers(account);
  const downgrade = words.downgrade(account);
  return (
    <div ref={ref} tabIndex={-1} className="drill-panel" data-testid="number-detail">
      <Card
        title={title}
        className="card-wide"
        actions={
          <button type="button" className="button button-small" onClick={onClose}>
            {t('common.close')}
          </button>
        }
      >
        <dl className="number-facts">
          <div>
            <dt>{t('engagement.column.quality')}</dt>
            <dd>
              <QualityBadge rating={account.qualityRating} />
            </dd>
          </div>
          <div>
            <dt>{t('quality.column.status')}</dt>
            <dd>{account.status ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('quality.column.limit')}</dt>
            <dd>{words.limit(account.tier.limit)}</dd>
          </div>
          <div>
            <dt>{t('quality.column.era')}</dt>
            <dd>{words.era(account.era)}</dd>
          </div>
          {account.portfolioId && (
            <div>
              <dt>{t('quality.column.portfolio')}</dt>
              <dd>{account.portfolioId}</dd>
            </div>
          )}
          <div>
            <dt>{t('quality.lastChanged')}</dt>
            <dd>{account.lastChangedAt ? fmt.dateTime(account.lastChangedAt) : '—'}</dd>
          </div>
        </dl>
        <div className="gauge-pair">
          <TierGauge
            testId="usage-gauge"
            label={t('quality.column.usage24h')}
            value={account.tier.usage24h}
            detail={words.reach(account, '24h', words.limit(account.tier.limit))}
          />
          <TierGauge
            testId="progress-gauge"
            label={t('quality.column.progress7d')}
            value={account.tier.progress7d}
            detail={
              account.tier.threshold === null || account.tier.threshold === undefined
                ? undefined
                : words.reach(account, '7d', fmt.count(account.tier.threshold))
            }
          />
        </div>
        <p className="leader-note" data-testid="tier-outlook">
          {words.outlook(account)}
        </p>
        {downgrade && <p className="notice">{downgrade}</p>}
        {blockers.length > 0 && (
          <>
            <h3>{t('quality.blockersTitle')}</h3>
            <ul data-testid="tier-blockers">
              {blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </>
        )}
        <HowComputed text={t('quality.how.progress')} />
        <h3>{t('quality.timelineTitle')}</h3>
        <DataState
          fetching={result.fetching}
          error={result.error}
          empty={changes.length === 0}
          emptyText={history ? t('quality.noHistory') : undefined}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          <TierTimeline points={points} label={t('quality.timelineAlt', { name, count: changes.length })} />
          <h3>{changesTitle}</h3>
          <DataTable<Change>
            caption={changesTitle}
            captionHidden
            exportName={`quality-history-${account.accountExternalId}`}
            rows={changes}
            rowKey={(c) => c.id}
            columns={[
              {
                key: 'occurredAt',
                header: t('engagement.column.changedAt'),
                cell: (c) => fmt.dateTime(c.occurredAt),
                csv: (c) => c.occurredAt,
              },
              { key: 'event', header: t('quality.column.event'), cell: (c) => c.event ?? '—', csv: (c) => c.event },
              {
                key: 'quality',
                header: t('engagement.column.quality'),
                cell: (c) => fromTo(c.previousQualityRating, c.qualityRating, words.rating),
                csv: (c) => c.qualityRating,
              },
              {
                key: 'previousQuality',
                header: t('quality.column.previousQuality'),
                cell: (c) => (c.previousQualityRating ? words.rating(c.previousQualityRating) : '—'),
                csv: (c) => c.previousQualityRating,
              },
              {
                key: 'limit',
                header: t('quality.column.limit'),
                cell: (c) => fromTo(c.previousMessagingLimit, c.messagingLimit, words.limit),
                csv: (c) => c.messagingLimit,
              },
              {
                key: 'previousLimit',
                header: t('quality.column.previousLimit'),
                cell: (c) => (c.previousMessagingLimit ? words.limit(c.previousMessagingLimit) : '—'),
                csv: (c) => c.previousMessagingLimit,
              },
              {
                key: 'status',
                header: t('quality.column.status'),
                cell: (c) => c.status ?? '—',
                csv: (c) => c.status,
              },
              { key: 'scope', header: t('quality.column.scope'), cell: (c) => c.scope ?? '—', csv: (c) => c.scope },
            ]}
          />
        </DataState>
      </Card>
    </div>
  );
}

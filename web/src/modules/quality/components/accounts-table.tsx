import type { UseQueryState } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import type { AccountHealthQuery, AccountHealthQueryVariables } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { useTierWords } from '../use-tier-words';
import { QualityBadge } from './quality-badge';
import { TierGauge } from './tier-gauge';

type Result = UseQueryState<AccountHealthQuery, AccountHealthQueryVariables>;
type Row = AccountHealthQuery['accountHealth'][number];

/**
 * Every number's quality, status, limit and era, its use of the limit in the moving 24 h and its progress toward
 * the next tier over 7 days, with the outlook and blockers in words; a number opens its history.
 */
export function AccountsTable({
  result,
  onRetry,
  selected,
  onSelect,
}: {
  result: Result;
  onRetry: () => void;
  selected: string | null;
  onSelect: (businessAccountId: string) => void;
}) {
  const { t, fmt } = useI18n();
  const words = useTierWords();
  const rows = result.data?.accountHealth ?? [];
  const title = t('quality.numbersTitle');
  return (
    <Card title={title} className="card-wide" actions={<HowComputed text={t('quality.how.numbers')} />}>
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        emptyText={result.data ? t('quality.noNumbers') : undefined}
        onRetry={onRetry}
      >
        <DataTable<Row>
          caption={title}
          captionHidden
          exportName="numbers-quality-and-tiers"
          rows={rows}
          rowKey={(r) => `${r.channel}|${r.accountExternalId}`}
          rowClassName={(r) =>
            r.businessAccountId !== null && r.businessAccountId === selected ? 'row-leader' : undefined
          }
          columns={[
            {
              key: 'number',
              header: t('engagement.column.number'),
              cell: (r) =>
                r.businessAccountId ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={r.businessAccountId === selected}
                    onClick={() => onSelect(r.businessAccountId!)}
                  >
                    {words.name(r)}
                  </button>
                ) : (
                  words.name(r)
                ),
              csv: (r) => r.accountExternalId,
            },
            {
              key: 'quality',
              header: t('engagement.column.quality'),
              cell: (r) => <QualityBadge rating={r.qualityRating} />,
              csv: (r) => r.qualityRating,
            },
            {
              key: 'status',
              header: t('quality.column.status'),
              cell: (r) => r.status ?? '—',
              csv: (r) => r.status,
            },
            {
              key: 'limit',
              header: t('quality.column.limit'),
              cell: (r) => words.limit(r.tier.limit),
              csv: (r) => r.tier.limit,
            },
            {
              key: 'era',
              header: t('quality.column.era'),
              cell: (r) => words.era(r.era),
              csv: (r) => r.era,
            },
            {
              key: 'usage24h',
              header: t('quality.column.usage24h'),
              cell: (r) => (
                <TierGauge
                  label={t('quality.usageOf', { name: words.name(r) })}
                  value={r.tier.usage24h}
                  detail={t('quality.reachedOf', { reached: fmt.count(r.reached24h), of: words.limit(r.tier.limit) })}
                />
              ),
              csv: (r) => r.tier.usage24h,
            },
            {
              key: 'reached24h',
              header: t('quality.column.reached24h'),
              cell: (r) => fmt.count(r.reached24h),
              csv: (r) => r.reached24h,
              numeric: true,
            },
            {
              key: 'progress7d',
              header: t('quality.column.progress7d'),
              cell: (r) => (
                <TierGauge
                  label={t('quality.progressOf', { name: words.name(r) })}
                  value={r.tier.progress7d}
                  detail={
                    r.tier.threshold === null || r.tier.threshold === undefined
                      ? undefined
                      : t('quality.reachedOf', { reached: fmt.count(r.reached7d), of: fmt.count(r.tier.threshold) })
                  }
                />
              ),
              csv: (r) => r.tier.progress7d,
            },
            {
              key: 'reached7d',
              header: t('quality.column.reached7d'),
              cell: (r) => fmt.count(r.reached7d),
              csv: (r) => r.reached7d,
              numeric: true,
            },
            {
              key: 'outlook',
              header: t('quality.column.outlook'),
              cell: (r) => {
                const downgrade = words.downgrade(r);
                return (
                  <>
                    {words.outlook(r)}
                    {downgrade && <p className="timeline-note">{downgrade}</p>}
                  </>
                );
              },
              csv: (r) => r.tier.projectedUpgradeAt,
            },
            {
              key: 'blockers',
              header: t('quality.column.blockers'),
              cell: (r) => words.blockers(r).join('; ') || '—',
              csv: (r) => r.tier.blockers.join(' '),
            },
          ]}
        />
      </DataState>
    </Card>
  );
}

import { Link } from 'react-router-dom';
import type { UseQueryState } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import type { AccountHealthQuery, AccountHealthQueryVariables } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { downloadText, toCsv } from '@web/lib/csv';
import { numbersCsvColumns } from '../numbers-csv';
import { useTierWords } from '../use-tier-words';
import { QualityBadge } from './quality-badge';
import { TierGauge } from './tier-gauge';

type Result = UseQueryState<AccountHealthQuery, AccountHealthQueryVariables>;
type Row = AccountHealthQuery['accountHealth'][number];

/**
 * Every number's quality, status and limit, its use of the limit in the moving 24 h and its progress toward the next
 * tier over 7 days, with the outlook and blockers in words; a number opens its history. The CSV adds the figures the
 * gauges and the outlook are computed from.
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
  const eras = [...new Set(rows.map((r) => r.era))];
  const exportCsv = () => downloadText('numbers-quality-and-tiers.csv', toCsv(numbersCsvColumns(t), rows));
  return (
    <Card title={title} className="card-wide" actions={<HowComputed text={t('quality.how.numbers')} />}>
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        emptyText={result.data ? t('quality.noNumbers') : undefined}
        onRetry={onRetry}
      >
        <div className="table-tools numbers-tools">
          <p className="muted" data-testid="limit-rule">
            {t('quality.ruleNote', { rule: eras.map(words.era).join(', ') })}{' '}
            <Link to="/settings/monitoring">{t('quality.toMonitoringSettings')}</Link>
          </p>
          <button type="button" className="button button-small" onClick={exportCsv}>
            {t('common.exportCsv')}
          </button>
        </div>
        <DataTable<Row>
          caption={title}
          captionHidden
          rows={rows}
          rowKey={(r) => `${r.channel}|${r.accountExternalId}`}
          rowClassName={(r) =>
            r.businessAccountId !== null && r.businessAccountId === selected ? 'row-leader' : undefined
          }
          columns={[
            {
              key: 'number',
              header: t('engagement.column.number'),
              cell: (r) => (
                <>
                  {r.businessAccountId ? (
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
                  )}
                  {r.portfolioId && (
                    <p className="timeline-note">{t('quality.portfolio', { portfolio: r.portfolioId })}</p>
                  )}
                </>
              ),
            },
            {
              key: 'quality',
              header: t('engagement.column.quality'),
              cell: (r) => <QualityBadge rating={r.qualityRating} />,
            },
            { key: 'status', header: t('quality.column.status'), cell: (r) => r.status ?? '—' },
            { key: 'limit', header: t('quality.column.limit'), cell: (r) => words.limit(r.tier.limit) },
            {
              key: 'usage24h',
              header: t('quality.column.usage24h'),
              cell: (r) => (
                <TierGauge
                  label={t('quality.usageOf', { name: words.name(r) })}
                  value={r.tier.usage24h}
                  detail={words.reach(r, '24h', words.limit(r.tier.limit))}
                />
              ),
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
                      : words.reach(r, '7d', fmt.count(r.tier.threshold))
                  }
                />
              ),
            },
            {
              key: 'outlook',
              header: t('quality.column.outlook'),
              cell: (r) => {
                const downgrade = words.downgrade(r);
                const blockers = words.blockers(r);
                return (
                  <div className="outlook-cell">
                    {words.outlook(r)}
                    {downgrade && <p className="timeline-note outlook-risk">{downgrade}</p>}
                    {blockers.length > 0 && <p className="timeline-note">{blockers.join('; ')}</p>}
                  </div>
                );
              },
            },
          ]}
        />
      </DataState>
    </Card>
  );
}

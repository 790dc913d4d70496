import type { AccountHealthQuery } from '@web/generated/graphql';
import type { Translate } from '@web/i18n/translate';
import type { CsvColumn } from '@web/lib/csv';

type Row = AccountHealthQuery['accountHealth'][number];

/**
 * The numbers table as CSV: everything the rows show plus what the gauges and the outlook are computed from (reach,
 * threshold, era, eligibility, dates), raw and unformatted so a spreadsheet can recompute them.
 */
export function numbersCsvColumns(t: Translate): CsvColumn<Row>[] {
  return [
    { header: t('engagement.column.number'), value: (r) => r.accountExternalId },
    { header: t('quality.column.name'), value: (r) => r.displayName },
    { header: t('quality.column.phone'), value: (r) => r.displayPhoneNumber },
    { header: t('engagement.column.quality'), value: (r) => r.qualityRating },
    { header: t('quality.column.status'), value: (r) => r.status },
    { header: t('quality.column.flaggedSince'), value: (r) => r.flaggedSince },
    { header: t('quality.column.limit'), value: (r) => r.tier.limit },
    { header: t('quality.column.era'), value: (r) => r.era },
    { header: t('quality.column.usage24h'), value: (r) => r.tier.usage24h },
    { header: t('quality.column.reached24h'), value: (r) => r.reached24h },
    { header: t('quality.column.progress7d'), value: (r) => r.tier.progress7d },
    { header: t('quality.column.reached7d'), value: (r) => r.reached7d },
    { header: t('quality.column.portfolio'), value: (r) => r.portfolioId },
    { header: t('quality.column.portfolioReached24h'), value: (r) => r.portfolioReached24h },
    { header: t('quality.column.portfolioReached7d'), value: (r) => r.portfolioReached7d },
    { header: t('quality.column.threshold'), value: (r) => r.tier.threshold },
    { header: t('quality.column.next'), value: (r) => r.tier.next },
    { header: t('quality.column.eligible'), value: (r) => r.tier.eligible },
    { header: t('quality.column.projected'), value: (r) => r.tier.projectedUpgradeAt },
    { header: t('quality.column.blockers'), value: (r) => r.tier.blockers.join(' ') },
    { header: t('quality.column.downgradeAt'), value: (r) => r.tier.downgradeRisk?.at },
    { header: t('quality.column.lastChanged'), value: (r) => r.lastChangedAt },
  ];
}

import { useI18n } from '@web/i18n/i18n-context';
import type { CampaignDimension, PerformanceRow } from './campaign-types';

/** Money in the reporting currency, ROAS as a multiple, and a row's name; a missing figure is "—", never 0. */
export function useCampaignFormat(currency: string) {
  const { t, fmt } = useI18n();
  const money = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : fmt.money(value, currency);
  const roas = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : t('campaigns.roasValue', { value: fmt.score(value) });
  const label = (
    row: Pick<PerformanceRow, 'key' | 'label' | 'campaign' | 'channel' | 'sourceKind'>,
    group: CampaignDimension,
  ) => {
    if (group === 'CHANNEL' && row.channel) return t(`channel.${row.channel}`);
    if (group === 'SOURCE' && row.sourceKind) return t(`campaigns.touchpoint.${row.sourceKind}`);
    if (group === 'CAMPAIGN' && row.key === 'organic' && !row.campaign) return t('campaigns.organic');
    return row.campaign?.name ?? row.label;
  };
  return { money, roas, label };
}

import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import { MIN_SAMPLE } from '../leader';

const TERMS: ReadonlyArray<[MessageKey, MessageKey]> = [
  ['funnel.step.sent', 'funnel.how.sent'],
  ['column.deliveryRate', 'funnel.how.delivered'],
  ['column.readRate', 'funnel.how.read'],
  ['funnel.column.replyRate', 'funnel.how.replied'],
  ['funnel.column.conversionRate', 'funnel.how.converted'],
  ['kpi.medianTimeToRead', 'funnel.how.medianRead'],
  ['funnel.column.medianTimeToReply', 'funnel.how.medianReply'],
  ['funnel.column.optOutRate', 'funnel.how.optOutRate'],
  ['funnel.column.complaintRate', 'funnel.how.complaintRate'],
  ['funnel.column.costPerMessage', 'funnel.how.cost'],
  ['funnel.fastestRead', 'funnel.how.fastest'],
];

/** "How is this computed?" for every figure of the funnel: the published definition of each. */
export function FunnelDefinitions({ windowDays, currency }: { windowDays: number; currency: string }) {
  const { t } = useI18n();
  const params = { days: windowDays, currency, min: MIN_SAMPLE };
  return (
    <details className="how-computed">
      <summary>{t('common.howComputed')}</summary>
      <dl className="definitions">
        {TERMS.map(([term, definition]) => (
          <div key={term}>
            <dt>{t(term, params)}</dt>
            <dd>{t(definition, params)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

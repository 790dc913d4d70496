import { useQuery } from 'urql';
import type { Channel } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CHANNELS } from '@web/lib/channels';
import { FilterOptionsQuery } from './graphql/filter-options';
import { PeriodFields } from './period-fields';
import { useAnalyticsFilter } from './use-analytics-filter';
import { InlineField } from '@web/components/ui/inline-field';

/** Date range, channel, number, campaign and agent, shared by every analytics page through the URL. */
export function FilterBar() {
  const { t } = useI18n();
  const { state, update } = useAnalyticsFilter();
  const [options] = useQuery({ query: FilterOptionsQuery });
  const accounts = options.data?.businessAccounts.nodes ?? [];
  const campaigns = options.data?.campaigns.nodes ?? [];
  const agents = options.data?.agents.nodes ?? [];

  return (
    <form className="filter-bar" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <PeriodFields />
      <InlineField label={t('filters.channel')}>
        {(id) => (
          <select
            id={id}
            name="channel"
            value={state.channel ?? ''}
            onChange={(e) => update({ channel: (e.target.value || null) as Channel | null })}
          >
            <option value="">{t('filters.allChannels')}</option>
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channel.${channel}`)}
              </option>
            ))}
          </select>
        )}
      </InlineField>
      <InlineField label={t('filters.account')}>
        {(id) => (
          <select
            id={id}
            name="account"
            value={state.accountId ?? ''}
            onChange={(e) => update({ accountId: e.target.value || null })}
          >
            <option value="">{t('filters.allAccounts')}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {`${a.displayName ?? a.displayPhoneNumber ?? a.externalId} · ${t(`channel.${a.channel}`)}`}
              </option>
            ))}
          </select>
        )}
      </InlineField>
      <InlineField label={t('filters.campaign')}>
        {(id) => (
          <select
            id={id}
            name="campaign"
            value={state.campaignId ?? ''}
            onChange={(e) => update({ campaignId: e.target.value || null })}
          >
            <option value="">{t('filters.allCampaigns')}</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </InlineField>
      <InlineField label={t('filters.agent')}>
        {(id) => (
          <select
            id={id}
            name="agent"
            value={state.agentId ?? ''}
            onChange={(e) => update({ agentId: e.target.value || null })}
          >
            <option value="">{t('filters.allAgents')}</option>
            {agents.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </InlineField>
      {state.invalid && (
        <p className="field-error" role="alert">
          {t(state.invalid === 'ORDER' ? 'filters.invalidOrder' : 'filters.invalidLength')}
        </p>
      )}
      {options.error && (
        <p className="field-hint" role="status">
          {t('filters.optionsUnavailable')}
        </p>
      )}
    </form>
  );
}

import { useQuery } from 'urql';
import type { Channel } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CHANNELS } from '@web/lib/channels';
import { FilterOptionsQuery } from './graphql/filter-options';
import { PeriodFields } from './period-fields';
import { useAnalyticsFilter } from './use-analytics-filter';
import { InlineField } from '@web/components/ui/inline-field';

export type FilterField = 'channel' | 'account' | 'campaign' | 'agent';
const ALL_FIELDS: readonly FilterField[] = ['channel', 'account', 'campaign', 'agent'];
const FIELD_STATE = { channel: 'channel', account: 'accountId', campaign: 'campaignId', agent: 'agentId' } as const;

/**
 * Date range, channel, number, campaign and agent, shared by every analytics page through the URL. A page lists
 * the `fields` its figures honour; one it does not is hidden, and when the URL still sets it (carried over from
 * another page) the bar says so instead of letting it look applied.
 */
export function FilterBar({ fields = ALL_FIELDS }: { fields?: readonly FilterField[] }) {
  const { t } = useI18n();
  const { state, update } = useAnalyticsFilter();
  const shown = (field: FilterField) => fields.includes(field);
  const ignored = ALL_FIELDS.filter((field) => !shown(field) && state[FIELD_STATE[field]]);
  const [options] = useQuery({ query: FilterOptionsQuery });
  const accounts = options.data?.businessAccounts.nodes ?? [];
  const campaigns = options.data?.campaigns.nodes ?? [];
  const agents = options.data?.agents.nodes ?? [];

  return (
    <form className="filter-bar" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <PeriodFields />
      {shown('channel') && (
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
      )}
      {shown('account') && (
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
      )}
      {shown('campaign') && (
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
      )}
      {shown('agent') && (
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
      )}
      {ignored.length > 0 && (
        <p className="field-hint" role="note" data-testid="filters-not-applied">
          {t('filters.notApplied', { filters: ignored.map((field) => t(`filters.${field}`)).join(', ') })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => update({ clear: ignored.map((field) => FIELD_STATE[field]) })}
          >
            {t('filters.clearNotApplied')}
          </button>
        </p>
      )}
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

import { useQuery } from 'urql';
import type { Channel } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CHANNELS } from '@web/lib/channels';
import { FilterOptionsQuery } from './graphql/filter-options';
import { PeriodFields } from './period-fields';
import { useAnalyticsFilter } from './use-analytics-filter';
import { InlineField } from '@web/components/ui/inline-field';

/** One filter as a select whose first option ("all …") clears it. */
function FilterSelect({
  name,
  label,
  all,
  value,
  options,
  onChange,
}: {
  name: string;
  label: string;
  all: string;
  value: string | null;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string | null) => void;
}) {
  return (
    <InlineField label={label}>
      {(id) => (
        <select id={id} name={name} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">{all}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </InlineField>
  );
}

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
        <FilterSelect
          name="channel"
          label={t('filters.channel')}
          all={t('filters.allChannels')}
          value={state.channel}
          options={CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))}
          onChange={(value) => update({ channel: value as Channel | null })}
        />
      )}
      {shown('account') && (
        <FilterSelect
          name="account"
          label={t('filters.account')}
          all={t('filters.allAccounts')}
          value={state.accountId}
          options={accounts.map((a) => ({
            value: a.id,
            label: `${a.displayName ?? a.displayPhoneNumber ?? a.externalId} · ${t(`channel.${a.channel}`)}`,
          }))}
          onChange={(accountId) => update({ accountId })}
        />
      )}
      {shown('campaign') && (
        <FilterSelect
          name="campaign"
          label={t('filters.campaign')}
          all={t('filters.allCampaigns')}
          value={state.campaignId}
          options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(campaignId) => update({ campaignId })}
        />
      )}
      {shown('agent') && (
        <FilterSelect
          name="agent"
          label={t('filters.agent')}
          all={t('filters.allAgents')}
          value={state.agentId}
          options={agents.map((a) => ({ value: a.id, label: a.name }))}
          onChange={(agentId) => update({ agentId })}
        />
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

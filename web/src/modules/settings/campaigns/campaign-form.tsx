import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import type {
  CampaignCodeKind,
  CampaignFieldsFragment as Campaign,
  CampaignSourceKind,
  Channel,
} from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CHANNELS } from '@web/lib/channels';
import { isIsoDate } from '@web/lib/dates';
import { FilterOptionsQuery } from '@web/modules/filters/graphql/filter-options';
import { FormActions } from '../components/form-actions';
import { FormField } from '../components/form-field';
import { GroupError } from '../components/group-error';
import { SettingsForm } from '../components/settings-form';
import { TextField } from '../components/text-field';
import { useFormValues } from '../components/use-form-values';
import { useSaveMutation } from '../components/use-save-mutation';
import { useSettingsForm } from '../components/use-settings-form';
import { CODE_KINDS, SOURCE_KINDS } from './campaign-options';
import { CreateCampaignMutation, UpdateCampaignMutation } from './campaigns.graphql';

const CURRENCY = /^[A-Z]{3}$/;

interface CampaignValues {
  key: string;
  name: string;
  channel: Channel | '';
  accountId: string;
  sourceKind: CampaignSourceKind;
  codes: Array<{ kind: CampaignCodeKind; value: string }>;
  templateName: string;
  startsOn: string;
  endsOn: string;
  currency: string;
}

export function CampaignForm({ campaign, onDone }: { campaign: Campaign | null; onDone: () => void }) {
  const { t } = useI18n();
  const [options] = useQuery({ query: FilterOptionsQuery });
  const blank: CampaignValues = {
    key: '',
    name: '',
    channel: '',
    accountId: '',
    sourceKind: 'CTWA_AD',
    codes: [],
    templateName: '',
    startsOn: '',
    endsOn: '',
    currency: 'USD',
  };
  const { values, setValues, set, field } = useFormValues<CampaignValues>(
    campaign
      ? {
          key: campaign.key,
          name: campaign.name,
          channel: campaign.channel ?? '',
          accountId: campaign.account?.id ?? '',
          sourceKind: campaign.sourceKind,
          codes: campaign.codes.map((c) => ({ kind: c.kind, value: c.value })),
          templateName: campaign.templateName ?? '',
          startsOn: campaign.startsOn ?? '',
          endsOn: campaign.endsOn ?? '',
          currency: campaign.currency,
        }
      : blank,
  );
  const mutation = useSaveMutation(CreateCampaignMutation, UpdateCampaignMutation, campaign?.id);
  const form = useSettingsForm(
    {
      key: !values.key.trim() ? t('validation.required') : undefined,
      name: !values.name.trim() ? t('validation.required') : undefined,
      currency: !CURRENCY.test(values.currency) ? t('validation.currency') : undefined,
      startsOn: values.startsOn && !isIsoDate(values.startsOn) ? t('validation.date') : undefined,
      endsOn:
        values.endsOn && !isIsoDate(values.endsOn)
          ? t('validation.date')
          : values.startsOn && values.endsOn && values.endsOn < values.startsOn
            ? t('validation.endBeforeStart')
            : undefined,
      codes: values.codes.some((c) => !c.value.trim()) ? t('validation.codeValue') : undefined,
    },
    mutation,
  );
  const setCode = (index: number, patch: Partial<{ kind: CampaignCodeKind; value: string }>) =>
    set(
      'codes',
      values.codes.map((c, i) => (i === index ? { ...c, ...patch } : c)),
    );
  const save = () =>
    mutation.save({
      key: values.key.trim(),
      name: values.name.trim(),
      channel: values.channel || null,
      accountId: values.accountId || null,
      sourceKind: values.sourceKind,
      codes: values.codes.map((c) => ({ kind: c.kind, value: c.value.trim() })),
      templateName: values.templateName.trim() || null,
      startsOn: values.startsOn || null,
      endsOn: values.endsOn || null,
      currency: values.currency,
    });

  return (
    <Card title={campaign ? t('campaigns.edit', { name: campaign.name }) : t('campaigns.create')}>
      <SettingsForm
        className="form-grid"
        errors={form.errors}
        onSubmit={form.submit(save, () => (campaign ? onDone() : setValues(blank)))}
      >
        <TextField label={t('campaigns.key')} hint={t('campaigns.keyHint')} {...field('key')} />
        <TextField label={t('column.name')} {...field('name')} />
        <FormField path="channel" label={t('column.channel')}>
          {(a) => (
            <select {...a} value={values.channel} onChange={(e) => set('channel', e.target.value as Channel | '')}>
              <option value="">{t('campaigns.severalChannels')}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField path="accountId" label={t('filters.account')}>
          {(a) => (
            <select {...a} value={values.accountId} onChange={(e) => set('accountId', e.target.value)}>
              <option value="">{t('campaigns.noAccount')}</option>
              {options.data?.businessAccounts.nodes.map((acc) => (
                <option key={acc.id} value={acc.id}>
                  {acc.displayName ?? acc.displayPhoneNumber ?? acc.externalId}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField path="sourceKind" label={t('campaigns.sourceKind')}>
          {(a) => (
            <select
              {...a}
              value={values.sourceKind}
              onChange={(e) => set('sourceKind', e.target.value as CampaignSourceKind)}
            >
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`sourceKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <TextField label={t('campaigns.template')} {...field('templateName')} />
        <TextField label={t('campaigns.startsOn')} type="date" {...field('startsOn')} />
        <TextField label={t('campaigns.endsOn')} type="date" {...field('endsOn')} />
        <TextField
          path="currency"
          label={t('campaigns.currency')}
          hint={t('campaigns.currencyHint')}
          maxLength={3}
          value={values.currency}
          onChange={(currency) => set('currency', currency.toUpperCase())}
        />
        <fieldset className="codes form-wide">
          <legend>{t('campaigns.codes')}</legend>
          <p className="field-hint">{t('campaigns.codesHint')}</p>
          {values.codes.map((code, index) => (
            <div className="code-row" key={index}>
              <select
                aria-label={t('campaigns.codeKind', { n: index + 1 })}
                value={code.kind}
                onChange={(e) => setCode(index, { kind: e.target.value as CampaignCodeKind })}
              >
                {CODE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`codeKind.${k}`)}
                  </option>
                ))}
              </select>
              <input
                aria-label={t('campaigns.codeValue', { n: index + 1 })}
                value={code.value}
                onChange={(e) => setCode(index, { value: e.target.value })}
              />
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() =>
                  set(
                    'codes',
                    values.codes.filter((_, i) => i !== index),
                  )
                }
              >
                {t('campaigns.removeCode', { n: index + 1 })}
              </button>
            </div>
          ))}
          <GroupError path="codes" />
          <button
            type="button"
            className="button button-small"
            onClick={() => set('codes', [...values.codes, { kind: 'AD_ID', value: '' }])}
          >
            {t('campaigns.addCode')}
          </button>
        </fieldset>
        <FormActions
          {...form.status}
          submitLabel={campaign ? t('common.save') : t('campaigns.createSubmit')}
          onCancel={campaign ? onDone : undefined}
        />
      </SettingsForm>
    </Card>
  );
}

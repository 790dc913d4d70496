import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { Field } from '@web/components/ui/field';
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
import { mergeErrors } from '../components/form-errors';
import { FormStatus } from '../components/form-status';
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
  const [values, setValues] = useState<CampaignValues>(
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
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const [createState, create] = useMutation(CreateCampaignMutation);
  const [updateState, update] = useMutation(UpdateCampaignMutation);
  const state = campaign ? updateState : createState;

  const client = {
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
  };
  const errors = mergeErrors(checked ? client : {}, state.error);
  const setCode = (index: number, patch: Partial<{ kind: CampaignCodeKind; value: string }>) =>
    setValues({ ...values, codes: values.codes.map((c, i) => (i === index ? { ...c, ...patch } : c)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaved(false);
    if (Object.values(client).some(Boolean)) return;
    const input = {
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
    };
    const outcome = campaign ? await update({ id: campaign.id, input }) : await create({ input });
    if (!outcome.error) {
      setSaved(true);
      setChecked(false);
      if (campaign) onDone();
      else setValues(blank);
    }
  };

  return (
    <Card title={campaign ? t('campaigns.edit', { name: campaign.name }) : t('campaigns.create')}>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('campaigns.key')} error={errors.key} hint={t('campaigns.keyHint')}>
          {(a) => <input {...a} value={values.key} onChange={(e) => setValues({ ...values, key: e.target.value })} />}
        </Field>
        <Field label={t('column.name')} error={errors.name}>
          {(a) => <input {...a} value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />}
        </Field>
        <Field label={t('column.channel')} error={errors.channel}>
          {(a) => (
            <select
              {...a}
              value={values.channel}
              onChange={(e) => setValues({ ...values, channel: e.target.value as Channel | '' })}
            >
              <option value="">{t('campaigns.severalChannels')}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('filters.account')} error={errors.accountId}>
          {(a) => (
            <select
              {...a}
              value={values.accountId}
              onChange={(e) => setValues({ ...values, accountId: e.target.value })}
            >
              <option value="">{t('campaigns.noAccount')}</option>
              {options.data?.businessAccounts.nodes.map((acc) => (
                <option key={acc.id} value={acc.id}>
                  {acc.displayName ?? acc.displayPhoneNumber ?? acc.externalId}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('campaigns.sourceKind')} error={errors.sourceKind}>
          {(a) => (
            <select
              {...a}
              value={values.sourceKind}
              onChange={(e) => setValues({ ...values, sourceKind: e.target.value as CampaignSourceKind })}
            >
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`sourceKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('campaigns.template')} error={errors.templateName}>
          {(a) => (
            <input
              {...a}
              value={values.templateName}
              onChange={(e) => setValues({ ...values, templateName: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('campaigns.startsOn')} error={errors.startsOn}>
          {(a) => (
            <input
              {...a}
              type="date"
              value={values.startsOn}
              onChange={(e) => setValues({ ...values, startsOn: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('campaigns.endsOn')} error={errors.endsOn}>
          {(a) => (
            <input
              {...a}
              type="date"
              value={values.endsOn}
              onChange={(e) => setValues({ ...values, endsOn: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('campaigns.currency')} error={errors.currency} hint={t('campaigns.currencyHint')}>
          {(a) => (
            <input
              {...a}
              value={values.currency}
              maxLength={3}
              onChange={(e) => setValues({ ...values, currency: e.target.value.toUpperCase() })}
            />
          )}
        </Field>
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
                onClick={() => setValues({ ...values, codes: values.codes.filter((_, i) => i !== index) })}
              >
                {t('campaigns.removeCode', { n: index + 1 })}
              </button>
            </div>
          ))}
          {errors.codes && (
            <small className="field-error" role="alert">
              {errors.codes}
            </small>
          )}
          <button
            type="button"
            className="button button-small"
            onClick={() => setValues({ ...values, codes: [...values.codes, { kind: 'AD_ID', value: '' }] })}
          >
            {t('campaigns.addCode')}
          </button>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={state.fetching}>
            {campaign ? t('common.save') : t('campaigns.createSubmit')}
          </button>
          {campaign && (
            <button type="button" className="button button-secondary" onClick={onDone}>
              {t('common.cancel')}
            </button>
          )}
          <FormStatus error={state.error} saved={saved} />
        </div>
      </form>
    </Card>
  );
}

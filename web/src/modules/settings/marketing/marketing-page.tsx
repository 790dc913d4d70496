import { useMutation } from 'urql';
import { useSession } from '@web/app/session-context';
import { Card } from '@web/components/ui/card';
import type { Channel } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CHANNELS } from '@web/lib/channels';
import { MarketingSettingsQuery, UpdateMarketingSettingsMutation } from './marketing.graphql';
import { FormActions } from '../components/form-actions';
import { translateIssues } from '../components/form-errors';
import { GroupError } from '../components/group-error';
import { SettingsForm } from '../components/settings-form';
import { SettingsLoader } from '../components/settings-loader';
import { TextField } from '../components/text-field';
import { useFormValues } from '../components/use-form-values';
import { useSettingsForm } from '../components/use-settings-form';
import { issuesByPath } from './marketing-issues';
import {
  PRICE_CATEGORIES,
  toInput,
  toValues,
  validateMarketing,
  type MarketingSettingsShape,
  type MarketingValues,
} from './marketing-values';
import { RowInput } from './row-input';

/** Attribution window, reporting currency, exchange rates and message prices: what the Campaigns page computes with. */
export function MarketingPage() {
  const { can } = useSession();
  return (
    <SettingsLoader query={MarketingSettingsQuery} select={(data) => data.marketingSettings}>
      {/* Not keyed by updatedAt: the form keeps what was saved, and its "Saved." stays visible after the refetch. */}
      {(settings) => <MarketingForm settings={settings} editable={can('ADMIN', 'MANAGER', 'MARKETER')} />}
    </SettingsLoader>
  );
}

function MarketingForm({ settings, editable }: { settings: MarketingSettingsShape; editable: boolean }) {
  const { t } = useI18n();
  const { values, set, field } = useFormValues<MarketingValues>(toValues(settings));
  const [state, save] = useMutation(UpdateMarketingSettingsMutation);
  const form = useSettingsForm(translateIssues(validateMarketing(values), t), state);
  // Row-level server issues by their full path; client checks and the field-level issues win.
  const errors = { ...issuesByPath(state.error), ...form.errors };
  const submit = form.submit(() => save({ input: toInput(values) }));

  const rates = values.exchangeRates;
  const prices = values.messagePrices;
  const setRate = (index: number, patch: Partial<MarketingValues['exchangeRates'][number]>) =>
    set(
      'exchangeRates',
      rates.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    );
  const setPrice = (index: number, patch: Partial<MarketingValues['messagePrices'][number]>) =>
    set(
      'messagePrices',
      prices.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    );
  const reporting = values.reportingCurrency.trim().toUpperCase() || '—';

  return (
    <Card title={t('marketingSettings.title')}>
      {!editable && <p className="muted">{t('settings.readOnly')}</p>}
      <SettingsForm errors={errors} onSubmit={submit}>
        <fieldset disabled={!editable} className="plain-fieldset">
          <div className="form-grid">
            <TextField
              {...field('attributionWindowDays')}
              label={t('marketingSettings.windowDays')}
              hint={t('marketingSettings.windowDaysHint')}
              type="number"
              inputMode="numeric"
              min={1}
              max={90}
              step={1}
            />
            <TextField
              {...field('reportingCurrency')}
              label={t('marketingSettings.reportingCurrency')}
              hint={t('marketingSettings.reportingCurrencyHint')}
              maxLength={3}
              autoCapitalize="characters"
            />
          </div>

          <fieldset className="intervals">
            <legend>{t('marketingSettings.exchangeRates')}</legend>
            <p className="field-hint">{t('marketingSettings.exchangeRatesHint', { currency: reporting })}</p>
            {rates.length === 0 && <p className="field-hint">{t('marketingSettings.noRates')}</p>}
            {rates.map((rate, index) => (
              <div className="interval-row" key={index}>
                <RowInput
                  path={`exchangeRates.${index}.currency`}
                  label={t('marketingSettings.rateCurrency', { n: index + 1 })}
                  value={rate.currency}
                  maxLength={3}
                  onChange={(currency) => setRate(index, { currency })}
                />
                <RowInput
                  path={`exchangeRates.${index}.rate`}
                  label={t('marketingSettings.rateValue', { n: index + 1, currency: reporting })}
                  value={rate.rate}
                  inputMode="decimal"
                  onChange={(value) => setRate(index, { rate: value })}
                />
                <button
                  type="button"
                  className="button button-small button-secondary"
                  onClick={() =>
                    set(
                      'exchangeRates',
                      rates.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('marketingSettings.removeRate', { n: index + 1 })}
                </button>
              </div>
            ))}
            <GroupError path="exchangeRates" />
            <div className="row-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => set('exchangeRates', [...rates, { currency: '', rate: '' }])}
              >
                {t('marketingSettings.addRate')}
              </button>
            </div>
          </fieldset>

          <fieldset className="intervals">
            <legend>{t('marketingSettings.messagePrices')}</legend>
            <p className="field-hint">{t('marketingSettings.messagePricesHint', { currency: reporting })}</p>
            {prices.length === 0 && <p className="field-hint">{t('marketingSettings.noPrices')}</p>}
            {prices.map((price, index) => (
              <div className="interval-row" key={index}>
                <select
                  aria-label={t('marketingSettings.priceChannel', { n: index + 1 })}
                  value={price.channel}
                  onChange={(e) => setPrice(index, { channel: e.target.value as Channel })}
                >
                  {CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {t(`channel.${c}`)}
                    </option>
                  ))}
                </select>
                <span
                  className={errors[`messagePrices.${index}.category`] ? 'row-control field-invalid' : 'row-control'}
                >
                  <select
                    aria-label={t('marketingSettings.priceCategory', { n: index + 1 })}
                    aria-invalid={!!errors[`messagePrices.${index}.category`]}
                    value={price.category}
                    onChange={(e) => setPrice(index, { category: e.target.value })}
                  >
                    {PRICE_CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {t(`marketingSettings.category.${c}`)}
                      </option>
                    ))}
                  </select>
                  <GroupError path={`messagePrices.${index}.category`} />
                </span>
                <RowInput
                  path={`messagePrices.${index}.price`}
                  label={t('marketingSettings.priceValue', { n: index + 1, currency: reporting })}
                  value={price.price}
                  inputMode="decimal"
                  onChange={(value) => setPrice(index, { price: value })}
                />
                <button
                  type="button"
                  className="button button-small button-secondary"
                  onClick={() =>
                    set(
                      'messagePrices',
                      prices.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('marketingSettings.removePrice', { n: index + 1 })}
                </button>
              </div>
            ))}
            <GroupError path="messagePrices" />
            <div className="row-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  set('messagePrices', [...prices, { channel: 'WHATSAPP', category: 'marketing', price: '' }])
                }
              >
                {t('marketingSettings.addPrice')}
              </button>
            </div>
          </fieldset>
          {editable && <FormActions {...form.status} submitLabel={t('common.save')} />}
        </fieldset>
      </SettingsForm>
    </Card>
  );
}

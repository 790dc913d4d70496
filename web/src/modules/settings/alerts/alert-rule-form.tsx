import { useSaveMutation } from '../components/use-save-mutation';
import type { AlertKind, AlertRuleFieldsFragment as AlertRule } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FormActions } from '../components/form-actions';
import { FormField } from '../components/form-field';
import { SettingsForm } from '../components/settings-form';
import { TextField } from '../components/text-field';
import { useFormValues } from '../components/use-form-values';
import { useSettingsForm } from '../components/use-settings-form';
import { ALERT_KINDS, MAX_RECIPIENTS, THRESHOLDS, toInput, toValues, validateRule } from './alert-rule-values';
import { CreateAlertRuleMutation, UpdateAlertRuleMutation } from './alerts-settings.graphql';

/** Creates a rule, or edits the given one: kind, name, on/off, threshold where the kind has one, scope, delivery. */
export function AlertRuleForm({
  rule,
  onSaved,
  onCancel,
}: {
  rule: AlertRule | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { values, set, setValues, field } = useFormValues(toValues(rule));
  const mutation = useSaveMutation(CreateAlertRuleMutation, UpdateAlertRuleMutation, rule?.id);
  const issues = validateRule(values);
  const bounds = THRESHOLDS[values.kind];
  const form = useSettingsForm(
    {
      name: issues.name && t(issues.name),
      threshold: issues.threshold && t(issues.threshold, { min: bounds?.min ?? 0, max: bounds?.max ?? 0 }),
      emailRecipients: issues.emailRecipients && t(issues.emailRecipients, { max: MAX_RECIPIENTS }),
    },
    mutation,
  );
  const changeKind = (kind: AlertKind) => {
    set('kind', kind);
    // A kind with a threshold starts from its usual value rather than an empty, invalid field.
    const next = THRESHOLDS[kind];
    if (next && !values.threshold.trim()) set('threshold', String(next.suggested));
  };
  return (
    <section aria-labelledby="alert-rule-form-heading">
      <h3 id="alert-rule-form-heading">
        {rule ? t('alertSettings.editRule', { name: rule.name }) : t('alertSettings.newRule')}
      </h3>
      <SettingsForm
        className="form-grid"
        errors={form.errors}
        onSubmit={form.submit(
          () => mutation.save(toInput(values)),
          () => (rule ? onSaved() : (setValues(toValues(null)), onSaved())),
        )}
      >
        <FormField path="kind" label={t('alertSettings.kind')} hint={t(`alertSettings.kindHint.${values.kind}`)}>
          {(a) => (
            <select {...a} value={values.kind} onChange={(e) => changeKind(e.target.value as AlertKind)}>
              {ALERT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`alertSettings.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <TextField label={t('column.name')} maxLength={200} {...field('name')} />
        {bounds && (
          <TextField
            label={t(
              values.kind === 'SLA_BELOW_TARGET'
                ? 'alertSettings.thresholdSlaLabel'
                : 'alertSettings.thresholdNpsLabel',
            )}
            type="number"
            inputMode="decimal"
            min={bounds.min}
            max={bounds.max}
            step="any"
            {...field('threshold')}
          />
        )}
        <TextField
          label={t('alertSettings.accounts')}
          hint={t('alertSettings.accountsHint')}
          {...field('accountIds')}
        />
        <TextField
          label={t('alertSettings.recipients')}
          hint={t('alertSettings.recipientsHint', { max: MAX_RECIPIENTS })}
          {...field('emailRecipients')}
        />
        <label className="inline-check">
          <input
            type="checkbox"
            checked={values.notifyWebhook}
            onChange={(e) => set('notifyWebhook', e.target.checked)}
          />{' '}
          {t('alertSettings.notifyWebhook')}
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={values.enabled} onChange={(e) => set('enabled', e.target.checked)} />{' '}
          {t('alertSettings.enabledLabel')}
        </label>
        <FormActions
          {...form.status}
          submitLabel={rule ? t('common.save') : t('alertSettings.create')}
          onCancel={rule ? onCancel : undefined}
        />
      </SettingsForm>
    </section>
  );
}

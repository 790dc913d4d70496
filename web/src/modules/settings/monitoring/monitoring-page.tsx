import { useMutation } from 'urql';
import { useSession } from '@web/app/session-context';
import { Card } from '@web/components/ui/card';
import type { MonitoringSettingsFieldsFragment } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FormActions } from '../components/form-actions';
import { translateIssues } from '../components/form-errors';
import { SettingsForm } from '../components/settings-form';
import { SettingsLoader } from '../components/settings-loader';
import { TextField } from '../components/text-field';
import { useFormValues } from '../components/use-form-values';
import { useSettingsForm } from '../components/use-settings-form';
import { MonitoringSettingsQuery, UpdateMonitoringSettingsMutation } from './monitoring.graphql';
import { TIER_ERA_CHOICES, toInput, toValues, validateMonitoring, type MonitoringValues } from './monitoring-values';

/** The messaging-limit rule of the Quality page and the complaint spike threshold of the Complaints page. */
export function MonitoringPage() {
  const { can } = useSession();
  return (
    <SettingsLoader query={MonitoringSettingsQuery} select={(data) => data.monitoringSettings}>
      {(settings) => <MonitoringForm settings={settings} editable={can('ADMIN', 'MANAGER', 'COMPLIANCE')} />}
    </SettingsLoader>
  );
}

function MonitoringForm({ settings, editable }: { settings: MonitoringSettingsFieldsFragment; editable: boolean }) {
  const { t } = useI18n();
  const { values, set, field } = useFormValues<MonitoringValues>(toValues(settings));
  const [state, save] = useMutation(UpdateMonitoringSettingsMutation);
  const form = useSettingsForm(translateIssues(validateMonitoring(values), t), state);
  const submit = form.submit(() => save({ input: toInput(values) }));
  return (
    <Card title={t('monitoringSettings.title')}>
      {!editable && <p className="muted">{t('settings.readOnly')}</p>}
      <SettingsForm errors={form.errors} onSubmit={submit}>
        <fieldset disabled={!editable} className="plain-fieldset">
          <fieldset className="intervals">
            <legend>{t('monitoringSettings.tierEra')}</legend>
            <p className="field-hint">{t('monitoringSettings.tierEraHint')}</p>
            {TIER_ERA_CHOICES.map((choice) => (
              <label key={choice} className="radio-option">
                <input
                  type="radio"
                  name="tierEra"
                  value={choice}
                  checked={values.tierEra === choice}
                  onChange={() => set('tierEra', choice)}
                />
                {t(`monitoringSettings.era.${choice}`)}
              </label>
            ))}
          </fieldset>
          <div className="form-grid">
            <TextField
              {...field('complaintSpikeThreshold')}
              label={t('monitoringSettings.threshold')}
              hint={t('monitoringSettings.thresholdHint')}
              inputMode="decimal"
            />
          </div>
          {editable && <FormActions {...form.status} submitLabel={t('common.save')} />}
        </fieldset>
      </SettingsForm>
    </Card>
  );
}

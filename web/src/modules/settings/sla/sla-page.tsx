import { useState } from 'react';
import { useMutation } from 'urql';
import { useSession } from '@web/app/session-context';
import { Card } from '@web/components/ui/card';
import { HowComputed } from '@web/components/ui/how-computed';
import type { SlaSettingsFieldsFragment, TimeBasis } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FormActions } from '../components/form-actions';
import { GroupError } from '../components/group-error';
import { SettingsForm } from '../components/settings-form';
import { SettingsLoader } from '../components/settings-loader';
import { useSettingsForm } from '../components/use-settings-form';
import { SlaSettingsQuery, UpdateSlaSettingsMutation } from './sla.graphql';
import { MAX_MINUTES, MIN_MINUTES, minutesIssue, toInput, toValues, type SlaTargetValues } from './sla-values';

/** The tenant's SLA targets (first response, next reply, resolution): what the Support page measures attainment of. */
export function SlaPage() {
  const { can } = useSession();
  return (
    <SettingsLoader query={SlaSettingsQuery} select={(data) => data.slaSettings}>
      {(settings) => <SlaForm settings={settings} editable={can('ADMIN', 'MANAGER')} />}
    </SettingsLoader>
  );
}

function SlaForm({ settings, editable }: { settings: SlaSettingsFieldsFragment; editable: boolean }) {
  const { t, fmt } = useI18n();
  const [values, setValues] = useState<SlaTargetValues[]>(() => toValues(settings.targets));
  const [state, save] = useMutation(UpdateSlaSettingsMutation);
  const client = Object.fromEntries(
    values.map((v) => {
      const issue = minutesIssue(v);
      return [`minutes-${v.kind}`, issue && t(issue, { min: MIN_MINUTES, max: fmt.count(MAX_MINUTES) })];
    }),
  );
  const form = useSettingsForm(client, state);
  const submit = form.submit(() => save({ targets: toInput(values) }));
  const change = (index: number, patch: Partial<SlaTargetValues>) =>
    setValues((all) => all.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  const preview = (v: SlaTargetValues) =>
    minutesIssue({ ...v, enabled: true }) ? '' : fmt.seconds(Number(v.minutes.trim()) * 60);

  return (
    <Card title={t('slaSettings.title')} actions={<HowComputed text={t('slaSettings.how')} />}>
      {!editable && <p className="muted">{t('settings.readOnly')}</p>}
      <p className="field-hint">{t('slaSettings.intro')}</p>
      <SettingsForm errors={form.errors} onSubmit={submit}>
        <fieldset disabled={!editable} className="plain-fieldset">
          {values.map((v, index) => {
            const name = t(`slaSettings.kind.${v.kind}`);
            const minutesId = `sla-minutes-${v.kind}`;
            const error = form.errors[`minutes-${v.kind}`];
            return (
              <fieldset key={v.kind} className="intervals" data-testid={`sla-${v.kind}`}>
                <legend>{name}</legend>
                <label className="inline-check">
                  <input
                    type="checkbox"
                    checked={v.enabled}
                    onChange={(e) => change(index, { enabled: e.target.checked })}
                  />{' '}
                  {t('slaSettings.enabled', { target: t(`support.sla.${v.kind}`) })}
                </label>
                <div className="interval-row">
                  <span className={error ? 'row-control field-invalid' : 'row-control'}>
                    <label htmlFor={minutesId}>{t('slaSettings.minutes', { target: name })}</label>
                    <input
                      id={minutesId}
                      type="number"
                      inputMode="numeric"
                      min={MIN_MINUTES}
                      max={MAX_MINUTES}
                      step={1}
                      value={v.minutes}
                      disabled={!v.enabled}
                      aria-invalid={!!error}
                      onChange={(e) => change(index, { minutes: e.target.value })}
                    />
                    <GroupError path={`minutes-${v.kind}`} />
                  </span>
                  <span className="row-control">
                    <label htmlFor={`sla-basis-${v.kind}`}>{t('slaSettings.basis', { target: name })}</label>
                    <select
                      id={`sla-basis-${v.kind}`}
                      value={v.basis}
                      disabled={!v.enabled}
                      onChange={(e) => change(index, { basis: e.target.value as TimeBasis })}
                    >
                      <option value="BUSINESS">{t('support.basis.BUSINESS')}</option>
                      <option value="CALENDAR">{t('support.basis.CALENDAR')}</option>
                    </select>
                  </span>
                  {v.enabled && preview(v) && <span className="muted">= {preview(v)}</span>}
                </div>
              </fieldset>
            );
          })}
          <GroupError path="targets" />
          {editable && <FormActions {...form.status} submitLabel={t('common.save')} />}
        </fieldset>
      </SettingsForm>
      {settings.updatedAt && (
        <p className="muted">{t('slaSettings.updatedAt', { time: fmt.dateTime(settings.updatedAt) })}</p>
      )}
    </Card>
  );
}

import { useState } from 'react';
import { useMutation } from 'urql';
import { useSession } from '@web/app/session-context';
import { Card } from '@web/components/ui/card';
import { InlineField } from '@web/components/ui/inline-field';
import type { TenantSettingsFieldsFragment } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { isIsoDate } from '@web/lib/dates';
import { FormActions } from '../components/form-actions';
import { isTimeZone, TIME } from '../components/form-errors';
import { GroupError } from '../components/group-error';
import { SettingsForm } from '../components/settings-form';
import { SettingsLoader } from '../components/settings-loader';
import { TextField } from '../components/text-field';
import { useSettingsForm } from '../components/use-settings-form';
import { ISO_WEEKDAYS, dayName } from './days';
import { TenantSettingsQuery, UpdateTenantSettingsMutation } from './business-hours.graphql';

export function BusinessHoursPage() {
  const { can } = useSession();
  return (
    <SettingsLoader query={TenantSettingsQuery} select={(data) => data.tenantSettings}>
      {(settings) => (
        <BusinessHoursForm key={settings.updatedAt} settings={settings} editable={can('ADMIN', 'MANAGER')} />
      )}
    </SettingsLoader>
  );
}

type Interval = { dayOfWeek: number; opens: string; closes: string };

function BusinessHoursForm({ settings, editable }: { settings: TenantSettingsFieldsFragment; editable: boolean }) {
  const { t, locale } = useI18n();
  const { refresh } = useSession();
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [intervals, setIntervals] = useState<Interval[]>(
    settings.businessHours.map(({ dayOfWeek, opens, closes }) => ({ dayOfWeek, opens, closes })),
  );
  const [holidays, setHolidays] = useState<string[]>([...settings.holidays].sort());
  const [holiday, setHoliday] = useState('');
  const [state, save] = useMutation(UpdateTenantSettingsMutation);
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

  const badInterval = intervals.findIndex((i) => !TIME.test(i.opens) || !TIME.test(i.closes) || i.closes <= i.opens);
  const form = useSettingsForm(
    {
      timeZone: !isTimeZone(timeZone) ? t('validation.timeZone') : undefined,
      businessHours:
        badInterval >= 0
          ? t('validation.interval', { day: dayName(intervals[badInterval].dayOfWeek, locale) })
          : undefined,
    },
    state,
  );
  const setInterval = (index: number, patch: Partial<Interval>) =>
    setIntervals(intervals.map((x, i) => (i === index ? { ...x, ...patch } : x)));

  // Period bounds on analytics pages follow the tenant's zone, so the session reloads after a save.
  const submit = form.submit(
    () => save({ input: { timeZone, businessHours: intervals, holidays } }),
    () => refresh(),
  );

  return (
    <Card title={t('settings.businessHours')}>
      {!editable && <p className="muted">{t('settings.readOnly')}</p>}
      <SettingsForm errors={form.errors} onSubmit={submit}>
        <fieldset disabled={!editable} className="plain-fieldset">
          <TextField
            path="timeZone"
            label={t('column.timeZone')}
            hint={t('hours.timeZoneHint')}
            list="time-zones"
            value={timeZone}
            onChange={setTimeZone}
          />
          <datalist id="time-zones">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <fieldset className="intervals">
            <legend>{t('hours.intervals')}</legend>
            {intervals.length === 0 && <p className="field-hint">{t('hours.noIntervals')}</p>}
            {intervals.map((interval, index) => (
              <div className="interval-row" key={index}>
                <select
                  aria-label={t('hours.day', { n: index + 1 })}
                  value={interval.dayOfWeek}
                  onChange={(e) => setInterval(index, { dayOfWeek: Number(e.target.value) })}
                >
                  {ISO_WEEKDAYS.map((d) => (
                    <option key={d} value={d}>
                      {dayName(d, locale)}
                    </option>
                  ))}
                </select>
                <input
                  type="time"
                  aria-label={t('hours.opens', { n: index + 1 })}
                  value={interval.opens}
                  onChange={(e) => setInterval(index, { opens: e.target.value })}
                />
                <input
                  type="time"
                  aria-label={t('hours.closes', { n: index + 1 })}
                  value={interval.closes}
                  onChange={(e) => setInterval(index, { closes: e.target.value })}
                />
                <button
                  type="button"
                  className="button button-small button-secondary"
                  onClick={() => setIntervals(intervals.filter((_, i) => i !== index))}
                >
                  {t('hours.remove', { n: index + 1 })}
                </button>
              </div>
            ))}
            <GroupError path="businessHours" />
            <div className="row-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => setIntervals([...intervals, { dayOfWeek: 1, opens: '09:00', closes: '18:00' }])}
              >
                {t('hours.add')}
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  setIntervals([1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, opens: '09:00', closes: '18:00' })))
                }
              >
                {t('hours.weekdays')}
              </button>
            </div>
          </fieldset>
          <fieldset className="holidays">
            <legend>{t('hours.holidays')}</legend>
            <ul>
              {holidays.map((h) => (
                <li key={h}>
                  {h}{' '}
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    onClick={() => setHolidays(holidays.filter((x) => x !== h))}
                  >
                    {t('hours.removeHoliday', { date: h })}
                  </button>
                </li>
              ))}
            </ul>
            <div className="form-inline">
              <InlineField label={t('hours.holidayDate')}>
                {(id) => <input id={id} type="date" value={holiday} onChange={(e) => setHoliday(e.target.value)} />}
              </InlineField>
              <button
                type="button"
                className="button button-small"
                disabled={!isIsoDate(holiday)}
                onClick={() => {
                  setHolidays([...new Set([...holidays, holiday])].sort());
                  setHoliday('');
                }}
              >
                {t('hours.addHoliday')}
              </button>
            </div>
          </fieldset>
          {editable && <FormActions {...form.status} submitLabel={t('common.save')} />}
        </fieldset>
      </SettingsForm>
    </Card>
  );
}

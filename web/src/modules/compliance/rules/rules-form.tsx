import { useMutation } from 'urql';
import { Card } from '@web/components/ui/card';
import type { ComplianceRulesFieldsFragment, ComplianceRulesQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FormActions } from '@web/modules/settings/components/form-actions';
import { translateIssues } from '@web/modules/settings/components/form-errors';
import { SettingsForm } from '@web/modules/settings/components/settings-form';
import { TextField } from '@web/modules/settings/components/text-field';
import { useFormValues } from '@web/modules/settings/components/use-form-values';
import { useSettingsForm } from '@web/modules/settings/components/use-settings-form';
import { CategoryEditor } from './category-editor';
import { rulesIssues } from './rules-issues';
import { UpdateComplianceRulesMutation } from './rules.graphql';
import { toInput, toValues, validateRules, type CategoryValues, type RulesValues } from './rule-values';

type Category = ComplianceRulesQuery['contentRuleCategories'][number];

export function RulesForm({
  settings,
  categories,
  editable,
}: {
  settings: ComplianceRulesFieldsFragment;
  categories: readonly Category[];
  editable: boolean;
}) {
  const { t, fmt } = useI18n();
  const { values, set } = useFormValues<RulesValues>(toValues(settings, categories));
  const [state, save] = useMutation(UpdateComplianceRulesMutation);
  const form = useSettingsForm(translateIssues(validateRules(values), t), state);
  // Server issues by their full path (a term's line included); client checks win.
  const errors = { ...rulesIssues(state.error, t), ...form.errors };
  const submit = form.submit(() => save({ input: toInput(values, categories) }));
  // The revision shown is the latest saved: the mutation's answer once saved, else what was loaded.
  const current = state.data?.updateComplianceSettings ?? settings;

  const cap = values.frequencyCap;
  const quiet = values.quietHours;
  const setCategory = (id: string, patch: Partial<CategoryValues>) =>
    set('categories', { ...values.categories, [id]: { ...values.categories[id], ...patch } });
  const ruleSetVersion = categories[0]?.ruleSetVersion ?? '';
  const prohibited = categories.filter((c) => c.kind === 'PROHIBITED_CONTENT');
  const misuse = categories.filter((c) => c.kind === 'TEMPLATE_MISUSE');

  return (
    <SettingsForm errors={errors} onSubmit={submit}>
      <Card title={t('complianceRules.revisionTitle')}>
        <p data-testid="rules-revision">
          {current.updatedAt
            ? t('complianceRules.revision', {
                revision: current.revision,
                at: fmt.dateTime(current.updatedAt),
                by: current.updatedBy ?? '—',
              })
            : t('complianceRules.neverSaved')}
        </p>
        <p className="field-hint">{t('complianceRules.rerunNote')}</p>
        <p className="field-hint">{t('complianceRules.ruleSetVersion', { version: ruleSetVersion })}</p>
        {!editable && <p className="muted">{t('complianceRules.readOnly')}</p>}
      </Card>

      <fieldset disabled={!editable} className="plain-fieldset">
        <div className="card-grid">
          <Card title={t('complianceRules.frequencyTitle')}>
            <p className="field-hint">{t('complianceRules.frequencyHint')}</p>
            <label className="inline-check">
              <input
                type="checkbox"
                checked={cap.enabled}
                onChange={(e) => set('frequencyCap', { ...cap, enabled: e.target.checked })}
              />{' '}
              {t('complianceRules.frequencyEnabled')}
            </label>
            <div className="form-grid">
              <TextField
                path="frequencyCap.count"
                label={t('complianceRules.frequencyCount')}
                type="number"
                inputMode="numeric"
                min={1}
                max={1000}
                step={1}
                value={cap.count}
                onChange={(count) => set('frequencyCap', { ...cap, count })}
              />
              <TextField
                path="frequencyCap.windowHours"
                label={t('complianceRules.frequencyWindow')}
                type="number"
                inputMode="numeric"
                min={1}
                max={720}
                step={1}
                value={cap.windowHours}
                onChange={(windowHours) => set('frequencyCap', { ...cap, windowHours })}
              />
            </div>
          </Card>

          <Card title={t('complianceRules.quietTitle')}>
            <p className="field-hint">{t('complianceRules.quietHint')}</p>
            <label className="inline-check">
              <input
                type="checkbox"
                checked={quiet.enabled}
                onChange={(e) => set('quietHours', { ...quiet, enabled: e.target.checked })}
              />{' '}
              {t('complianceRules.quietEnabled')}
            </label>
            <div className="form-grid">
              <TextField
                path="quietHours.startMinute"
                label={t('complianceRules.quietStart')}
                type="time"
                value={quiet.start}
                onChange={(start) => set('quietHours', { ...quiet, start })}
              />
              <TextField
                path="quietHours.endMinute"
                label={t('complianceRules.quietEnd')}
                hint={t('complianceRules.quietEndHint')}
                type="time"
                value={quiet.end}
                onChange={(end) => set('quietHours', { ...quiet, end })}
              />
            </div>
            <p className="field-hint">{t('complianceRules.quietZone')}</p>
          </Card>
        </div>

        <Card title={t('complianceRules.contentTitle')}>
          <p className="field-hint">{t('complianceRules.contentHint')}</p>
          <p className="field-hint">{t('complianceRules.termSyntax')}</p>
          {[
            { title: t('complianceRules.prohibitedTitle'), list: prohibited },
            { title: t('complianceRules.misuseTitle'), list: misuse },
          ].map(({ title, list }) => (
            <section key={title} aria-label={title}>
              <h3>{title}</h3>
              {list.map((category) => (
                <CategoryEditor
                  key={category.id}
                  category={category}
                  values={values.categories[category.id]}
                  onChange={(patch) => setCategory(category.id, patch)}
                  badge={
                    <span className={`badge severity-${category.severity.toLowerCase()}`}>
                      {t(`complianceRules.severity.${category.severity}`)}
                    </span>
                  }
                />
              ))}
            </section>
          ))}
        </Card>
        {editable && (
          <div className="card">
            <FormActions {...form.status} submitLabel={t('complianceRules.save')} />
          </div>
        )}
      </fieldset>
    </SettingsForm>
  );
}

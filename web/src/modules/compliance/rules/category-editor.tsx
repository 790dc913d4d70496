import { useContext, useId, type ReactNode } from 'react';
import type { ComplianceRulesQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FormErrorsContext } from '@web/modules/settings/components/form-errors-context';
import { FormField } from '@web/modules/settings/components/form-field';
import type { CategoryValues } from './rule-values';

type Category = ComplianceRulesQuery['contentRuleCategories'][number];

/**
 * One category of the rule set: on or off, the tenant's extra terms and allowed contexts (one per line), and for a
 * regulated category the countries where it is allowed. Opens by itself when it has edits or an error.
 */
export function CategoryEditor({
  category,
  values,
  onChange,
  badge,
}: {
  category: Category;
  values: CategoryValues;
  onChange: (patch: Partial<CategoryValues>) => void;
  badge: ReactNode;
}) {
  const { t } = useI18n();
  const errors = useContext(FormErrorsContext);
  const id = useId();
  const base = `categories.${category.id}`;
  const hasError = Object.keys(errors).some((key) => key.startsWith(`${base}.`) && errors[key]);
  const edited = !!(values.extraTerms || values.exceptions || values.allowedCountries);
  return (
    <details className="rule-category" open={hasError || edited || undefined} data-category={category.id}>
      <summary>
        <strong>{category.label}</strong> {badge}{' '}
        {category.regulated && <span className="badge">{t('complianceRules.regulated')}</span>}{' '}
        {!values.enabled && <span className="badge badge-warning">{t('complianceRules.disabled')}</span>}{' '}
        <span className="muted">
          {t('complianceRules.termCount', {
            terms: category.termCount,
            languages: category.languages.join(', '),
          })}
        </span>
      </summary>
      <label className="inline-check">
        <input
          id={`${id}-enabled`}
          type="checkbox"
          checked={values.enabled}
          onChange={(e) => onChange({ enabled: e.target.checked })}
        />{' '}
        {t('complianceRules.categoryEnabled', { category: category.label })}
      </label>
      <div className="form-grid">
        <FormField
          path={`${base}.extraTerms`}
          label={t('complianceRules.extraTerms', { category: category.label })}
          hint={t('complianceRules.extraTermsHint')}
        >
          {(a) => (
            <textarea
              {...a}
              rows={3}
              value={values.extraTerms}
              onChange={(e) => onChange({ extraTerms: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          path={`${base}.exceptions`}
          label={t('complianceRules.exceptions', { category: category.label })}
          hint={t('complianceRules.exceptionsHint', { exceptions: category.exceptionCount })}
        >
          {(a) => (
            <textarea
              {...a}
              rows={3}
              value={values.exceptions}
              onChange={(e) => onChange({ exceptions: e.target.value })}
            />
          )}
        </FormField>
        {category.regulated && (
          <FormField
            path={`${base}.regulated`}
            label={t('complianceRules.allowedCountries', { category: category.label })}
            hint={t('complianceRules.allowedCountriesHint')}
          >
            {(a) => (
              <input
                {...a}
                value={values.allowedCountries}
                autoCapitalize="characters"
                onChange={(e) => onChange({ allowedCountries: e.target.value })}
              />
            )}
          </FormField>
        )}
      </div>
    </details>
  );
}

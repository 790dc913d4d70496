import type { MessageKey } from '@web/i18n/catalog';

/** A category of the built-in rule set as the editor needs it (from `contentRuleCategories`). */
export interface RuleCategory {
  id: string;
  regulated: boolean;
}

/** One category's edits as typed: terms one per line, countries separated by commas or spaces. */
export interface CategoryValues {
  enabled: boolean;
  extraTerms: string;
  exceptions: string;
  allowedCountries: string;
}

/** The rule editor's values as typed (strings), so a half-typed number is kept and reported instead of lost. */
export interface RulesValues {
  frequencyCap: { enabled: boolean; count: string; windowHours: string };
  quietHours: { enabled: boolean; start: string; end: string };
  categories: Record<string, CategoryValues>;
}

export interface RulesSettingsShape {
  frequencyCap: { enabled: boolean; count: number; windowHours: number };
  quietHours: { enabled: boolean; startMinute: number; endMinute: number };
  contentRuleOverrides?: unknown;
}

/** The stored override shape (schemas/src/compliance/content/content-rule-overrides.ts). */
export interface CategoryOverride {
  enabled?: boolean;
  extraTerms?: string[];
  exceptions?: string[];
  regulated?: { allowedCountries: string[] };
}
export interface ContentRuleOverrides {
  categories: Record<string, CategoryOverride>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Minute of the day → "HH:MM". */
export function minuteToTime(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** "HH:MM" → minute of the day, or NaN when it is not a clock time. */
export function timeToMinute(value: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
}

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** ISO codes as typed ("pl, de  cz") → ["PL", "DE", "CZ"], duplicates removed, order kept. */
export function parseCountries(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

function storedOverrides(value: unknown): Record<string, CategoryOverride> {
  if (!value || typeof value !== 'object') return {};
  const categories = (value as { categories?: unknown }).categories;
  return categories && typeof categories === 'object' ? (categories as Record<string, CategoryOverride>) : {};
}

/** The stored overrides as the form shows them: every category of the catalogue, unchanged ones at their defaults. */
export function overridesToValues(
  overrides: unknown,
  categories: readonly RuleCategory[],
): Record<string, CategoryValues> {
  const stored = storedOverrides(overrides);
  return Object.fromEntries(
    categories.map((category) => {
      const o = stored[category.id] ?? {};
      return [
        category.id,
        {
          enabled: o.enabled !== false,
          extraTerms: (o.extraTerms ?? []).join('\n'),
          exceptions: (o.exceptions ?? []).join('\n'),
          allowedCountries: (o.regulated?.allowedCountries ?? []).join(', '),
        },
      ];
    }),
  );
}

/**
 * The form's categories as stored overrides: only what differs from the built-in rules is written (a category left
 * as it is has no entry), countries only for regulated categories, so saving an untouched form stores nothing.
 */
export function valuesToOverrides(
  values: Record<string, CategoryValues>,
  categories: readonly RuleCategory[],
): ContentRuleOverrides {
  const result: Record<string, CategoryOverride> = {};
  for (const category of categories) {
    const v = values[category.id];
    if (!v) continue;
    const override: CategoryOverride = {};
    if (!v.enabled) override.enabled = false;
    const extraTerms = lines(v.extraTerms);
    if (extraTerms.length > 0) override.extraTerms = extraTerms;
    const exceptions = lines(v.exceptions);
    if (exceptions.length > 0) override.exceptions = exceptions;
    const countries = parseCountries(v.allowedCountries);
    if (category.regulated && countries.length > 0) override.regulated = { allowedCountries: countries };
    if (Object.keys(override).length > 0) result[category.id] = override;
  }
  return { categories: result };
}

export function toValues(settings: RulesSettingsShape, categories: readonly RuleCategory[]): RulesValues {
  return {
    frequencyCap: {
      enabled: settings.frequencyCap.enabled,
      count: String(settings.frequencyCap.count),
      windowHours: String(settings.frequencyCap.windowHours),
    },
    quietHours: {
      enabled: settings.quietHours.enabled,
      start: minuteToTime(settings.quietHours.startMinute),
      end: minuteToTime(settings.quietHours.endMinute),
    },
    categories: overridesToValues(settings.contentRuleOverrides, categories),
  };
}

const wholeIn = (value: string, min: number, max: number) => {
  const n = Number(value.trim());
  return value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
};

/**
 * Client checks by the API's own paths (`frequencyCap.count`, `categories.alcohol.regulated`), the rules the API
 * enforces: cap 1–1000 messages in 1–720 hours, quiet hours as clock times that differ when enabled, countries as
 * two-letter codes. Terms are checked by the server, which knows the term syntax.
 */
export function validateRules(values: RulesValues): Record<string, MessageKey | undefined> {
  const errors: Record<string, MessageKey | undefined> = {};
  if (!wholeIn(values.frequencyCap.count, 1, 1000)) errors['frequencyCap.count'] = 'complianceRules.validation.count';
  if (!wholeIn(values.frequencyCap.windowHours, 1, 720))
    errors['frequencyCap.windowHours'] = 'complianceRules.validation.windowHours';
  const start = timeToMinute(values.quietHours.start);
  const end = timeToMinute(values.quietHours.end);
  if (Number.isNaN(start)) errors['quietHours.startMinute'] = 'complianceRules.validation.time';
  if (Number.isNaN(end)) errors['quietHours.endMinute'] = 'complianceRules.validation.time';
  else if (values.quietHours.enabled && start === end)
    errors['quietHours.endMinute'] = 'complianceRules.validation.sameTime';
  for (const [id, v] of Object.entries(values.categories)) {
    if (parseCountries(v.allowedCountries).some((c) => !/^[A-Z]{2}$/.test(c)))
      errors[`categories.${id}.regulated`] = 'complianceRules.validation.countries';
  }
  return errors;
}

/** The mutation input: every part given whole (the overrides replace the stored ones). */
export function toInput(values: RulesValues, categories: readonly RuleCategory[]) {
  return {
    frequencyCap: {
      enabled: values.frequencyCap.enabled,
      count: Number(values.frequencyCap.count.trim()),
      windowHours: Number(values.frequencyCap.windowHours.trim()),
    },
    quietHours: {
      enabled: values.quietHours.enabled,
      startMinute: timeToMinute(values.quietHours.start),
      endMinute: timeToMinute(values.quietHours.end),
    },
    contentRuleOverrides: valuesToOverrides(values.categories, categories),
  };
}

/**
 * A BAD_USER_INPUT issue path of updateComplianceSettings → the editor's field and, for a term or country in a list,
 * its 1-based line: `input.contentRuleOverrides.categories.alcohol.extraTerms.2` → categories.alcohol.extraTerms,
 * line 3; `input.quietHours.endMinute` → quietHours.endMinute.
 */
export function issueField(path: string): { field: string; line: number | null } {
  const segments = path.split('.').filter(Boolean);
  const rest = segments[0] === 'input' ? segments.slice(1) : segments;
  const inOverrides = rest[0] === 'contentRuleOverrides' ? rest.slice(1) : rest;
  const last = inOverrides.at(-1) ?? '';
  const index = /^\d+$/.test(last) ? Number(last) : null;
  const named = index === null ? inOverrides : inOverrides.slice(0, -1);
  // A country of a regulated category is shown on the category's countries field.
  const field = named.at(-1) === 'allowedCountries' ? named.slice(0, -1) : named;
  return { field: field.join('.'), line: index === null ? null : index + 1 };
}

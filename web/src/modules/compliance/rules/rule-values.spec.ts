import {
  issueField,
  minuteToTime,
  overridesToValues,
  parseCountries,
  timeToMinute,
  toInput,
  toValues,
  validateRules,
  valuesToOverrides,
  type RuleCategory,
} from './rule-values';

const CATEGORIES: RuleCategory[] = [
  { id: 'alcohol', regulated: true },
  { id: 'weapons', regulated: false },
  { id: 'gambling', regulated: true },
];

const SETTINGS = {
  frequencyCap: { enabled: true, count: 2, windowHours: 24 },
  quietHours: { enabled: true, startMinute: 1260, endMinute: 480 },
  contentRuleOverrides: {
    categories: {
      alcohol: { extraTerms: ['craft ale*', 'cider'], regulated: { allowedCountries: ['PL', 'DE'] } },
      weapons: { enabled: false, exceptions: ['water gun'] },
    },
  },
};

describe('rule values', () => {
  it('reads stored overrides into the form and writes the same overrides back', () => {
    const values = toValues(SETTINGS, CATEGORIES);
    expect(values.quietHours).toEqual({ enabled: true, start: '21:00', end: '08:00' });
    expect(values.categories).toEqual({
      alcohol: { enabled: true, extraTerms: 'craft ale*\ncider', exceptions: '', allowedCountries: 'PL, DE' },
      weapons: { enabled: false, extraTerms: '', exceptions: 'water gun', allowedCountries: '' },
      gambling: { enabled: true, extraTerms: '', exceptions: '', allowedCountries: '' },
    });
    expect(valuesToOverrides(values.categories, CATEGORIES)).toEqual(SETTINGS.contentRuleOverrides);
    expect(toInput(values, CATEGORIES)).toEqual({
      frequencyCap: { enabled: true, count: 2, windowHours: 24 },
      quietHours: { enabled: true, startMinute: 1260, endMinute: 480 },
      contentRuleOverrides: SETTINGS.contentRuleOverrides,
    });
  });

  it('stores nothing for untouched categories, and null or odd stored overrides read as none', () => {
    for (const stored of [null, undefined, 'x', { categories: null }]) {
      const values = overridesToValues(stored, CATEGORIES);
      expect(values.gambling).toEqual({ enabled: true, extraTerms: '', exceptions: '', allowedCountries: '' });
      expect(valuesToOverrides(values, CATEGORIES)).toEqual({ categories: {} });
    }
  });

  it('trims terms, drops blank lines, upper-cases and de-duplicates countries, and ignores countries of an unregulated category', () => {
    const overrides = valuesToOverrides(
      {
        alcohol: {
          enabled: true,
          extraTerms: '  beer \n\n wine\r\n',
          exceptions: ' ',
          allowedCountries: 'pl; de pl,,cz',
        },
        weapons: { enabled: true, extraTerms: '', exceptions: '', allowedCountries: 'US' },
        gambling: { enabled: false, extraTerms: '', exceptions: '', allowedCountries: '' },
      },
      CATEGORIES,
    );
    expect(overrides).toEqual({
      categories: {
        alcohol: { extraTerms: ['beer', 'wine'], regulated: { allowedCountries: ['PL', 'DE', 'CZ'] } },
        gambling: { enabled: false },
      },
    });
    expect(parseCountries('')).toEqual([]);
  });

  it('converts clock times and minutes both ways and refuses what is not a time', () => {
    expect(minuteToTime(0)).toBe('00:00');
    expect(minuteToTime(1439)).toBe('23:59');
    expect(timeToMinute('08:05')).toBe(485);
    expect(timeToMinute('24:00')).toBeNaN();
    expect(timeToMinute('8:00')).toBeNaN();
  });

  it('checks the limits the API enforces, by the API paths', () => {
    const values = toValues(SETTINGS, CATEGORIES);
    expect(validateRules(values)).toEqual({});
    const bad = {
      frequencyCap: { enabled: true, count: '0', windowHours: '721' },
      quietHours: { enabled: true, start: '22:00', end: '22:00' },
      categories: { ...values.categories, alcohol: { ...values.categories.alcohol, allowedCountries: 'PL, POL' } },
    };
    expect(validateRules(bad)).toEqual({
      'frequencyCap.count': 'complianceRules.validation.count',
      'frequencyCap.windowHours': 'complianceRules.validation.windowHours',
      'quietHours.endMinute': 'complianceRules.validation.sameTime',
      'categories.alcohol.regulated': 'complianceRules.validation.countries',
    });
    // The same start and end is fine while quiet hours are off; 1000 and 720 are the largest allowed.
    expect(
      validateRules({
        ...bad,
        frequencyCap: { enabled: true, count: '1000', windowHours: '720' },
        quietHours: { enabled: false, start: '22:00', end: '22:00' },
        categories: values.categories,
      }),
    ).toEqual({});
    expect(validateRules({ ...values, frequencyCap: { enabled: true, count: '2.5', windowHours: '' } })).toEqual({
      'frequencyCap.count': 'complianceRules.validation.count',
      'frequencyCap.windowHours': 'complianceRules.validation.windowHours',
    });
  });

  it('maps API issue paths to the editor field and the line of a listed term', () => {
    expect(issueField('input.contentRuleOverrides.categories.alcohol.extraTerms.2')).toEqual({
      field: 'categories.alcohol.extraTerms',
      line: 3,
    });
    expect(issueField('input.contentRuleOverrides.categories.alcohol.regulated.allowedCountries.0')).toEqual({
      field: 'categories.alcohol.regulated',
      line: 1,
    });
    expect(issueField('input.quietHours.endMinute')).toEqual({ field: 'quietHours.endMinute', line: null });
    expect(issueField('input.contentRuleOverrides.categories.nope')).toEqual({ field: 'categories.nope', line: null });
  });
});

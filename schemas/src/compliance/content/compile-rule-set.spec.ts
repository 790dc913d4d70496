import { BUILT_IN_RULE_SET, RULE_SET_VERSION } from '../rules';
import { thrownCode } from '../testing/thrown-code';
import { classifyContent } from './classify-content';
import { compileRuleSet } from './compile-rule-set';
import { fingerprint } from './fingerprint';

const categories = (overrides: unknown, text: string, contactCountry?: string): string[] =>
  classifyContent(compileRuleSet(BUILT_IN_RULE_SET, overrides), text, contactCountry ? { contactCountry } : {}).map(
    (f) => f.category,
  );

describe('compileRuleSet', () => {
  it('uses the built-in version without overrides', () => {
    expect(compileRuleSet(BUILT_IN_RULE_SET).version).toBe(RULE_SET_VERSION);
    expect(compileRuleSet(BUILT_IN_RULE_SET, null).version).toBe(RULE_SET_VERSION);
    expect(compileRuleSet(BUILT_IN_RULE_SET, { categories: {} }).version).toBe(RULE_SET_VERSION);
  });

  it('changes the version whenever the overrides change, and only then', () => {
    const a = { categories: { alcohol: { enabled: false } } };
    const b = { categories: { alcohol: { enabled: false }, tobacco: { extraTerms: ['snus pouch*'] } } };
    const va = compileRuleSet(BUILT_IN_RULE_SET, a).version;
    const vb = compileRuleSet(BUILT_IN_RULE_SET, b).version;
    expect(va).toMatch(new RegExp(`^${RULE_SET_VERSION.replace(/\./g, '\\.')}\\+t[0-9a-f]{16}$`));
    expect(vb).not.toBe(va);
    expect(compileRuleSet(BUILT_IN_RULE_SET, JSON.parse(JSON.stringify(a))).version).toBe(va);
    // Key order does not matter.
    expect(
      compileRuleSet(BUILT_IN_RULE_SET, {
        categories: { tobacco: { extraTerms: ['snus pouch*'] }, alcohol: { enabled: false } },
      }).version,
    ).toBe(vb);
  });

  it('drops a disabled category', () => {
    expect(categories({ categories: { alcohol: { enabled: false } } }, 'Vodka and cigarettes')).toEqual(['tobacco']);
  });

  it('adds tenant terms with the same normalisation and stemming as built-in terms', () => {
    const overrides = { categories: { counterfeit: { extraTerms: ['левые айфон*'] } } };
    expect(categories({}, 'Левые АЙФОНЫ по низкой цене')).toEqual([]);
    expect(categories(overrides, 'Левые АЙФОНЫ по низкой цене')).toEqual(['counterfeit']);
    expect(categories(overrides, 'Лeвыe aйфонов партия')).toEqual(['counterfeit']);
    const [finding] = classifyContent(compileRuleSet(BUILT_IN_RULE_SET, overrides), 'Левые айфоны');
    expect(finding.language).toBeUndefined();
  });

  it('adds tenant exceptions', () => {
    const overrides = { categories: { alcohol: { exceptions: ['rum cake*|raisin*'] } } };
    expect(categories({}, 'Rum cake for the holidays')).toEqual(['alcohol']);
    expect(categories(overrides, 'Rum cake for the holidays')).toEqual([]);
    expect(categories(overrides, 'Dark rum, 0.7 l')).toEqual(['alcohol']);
  });

  it('allows a regulated category in the listed countries with medium severity, flags it elsewhere', () => {
    const rules = compileRuleSet(BUILT_IN_RULE_SET, {
      categories: { alcohol: { regulated: { allowedCountries: ['DE'] } } },
    });
    const [de] = classifyContent(rules, 'Craft beer delivered', { contactCountry: 'de' });
    expect(de).toMatchObject({ category: 'alcohol', regulatedAllowed: true, severity: 'medium' });
    const [pl] = classifyContent(rules, 'Craft beer delivered', { contactCountry: 'PL' });
    expect(pl).toMatchObject({ regulatedAllowed: false, severity: 'high' });
    const [unknown] = classifyContent(rules, 'Craft beer delivered');
    expect(unknown).toMatchObject({ regulatedAllowed: false, severity: 'high' });
  });

  it.each([
    ['not an object', 'alcohol'],
    ['unknown category', { categories: { guns: { enabled: false } } }],
    ['unknown field', { categories: { alcohol: { enable: false } } }],
    ['bad country code', { categories: { alcohol: { regulated: { allowedCountries: ['Germany'] } } } }],
    ['unusable term', { categories: { alcohol: { extraTerms: ['ab*'] } } }],
    ['empty term', { categories: { alcohol: { exceptions: ['  '] } } }],
  ])('rejects overrides with %s (CONTENT_RULES_INVALID)', (_, overrides) => {
    expect(thrownCode(() => compileRuleSet(BUILT_IN_RULE_SET, overrides))).toBe('CONTENT_RULES_INVALID');
  });

  it('has a version bump for every change of the built-in rule data', () => {
    // When this fails after editing schemas/src/compliance/rules, bump RULE_SET_VERSION and record the new pair.
    expect([RULE_SET_VERSION, fingerprint(BUILT_IN_RULE_SET.categories)]).toEqual(['2026.11.3', '6c82da10b0afbc14']);
  });
});

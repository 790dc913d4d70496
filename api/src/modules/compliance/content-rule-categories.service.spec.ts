import { BUILT_IN_RULE_SET, CONTENT_CATEGORIES, type ContentRuleSet } from '@checkmark/schemas/compliance';
import { contentRuleCategories } from './content-rule-categories.service';

describe('contentRuleCategories', () => {
  it('counts terms and exceptions over languages and lists only the languages that have terms', () => {
    const ruleSet: ContentRuleSet = {
      version: '2099.1.1',
      categories: [
        {
          id: 'alcohol',
          kind: 'PROHIBITED_CONTENT',
          label: 'Alcohol',
          severity: 'high',
          regulated: true,
          terms: { en: ['beer', 'wine'], ru: ['пиво'], pl: [] },
          exceptions: { en: ['wine red dress'] },
        },
        {
          id: 'survey',
          kind: 'TEMPLATE_MISUSE',
          label: 'Survey',
          severity: 'medium',
          regulated: false,
          terms: { de: ['umfrage'] },
          exceptions: {},
        },
      ],
    };
    expect(contentRuleCategories(ruleSet)).toEqual([
      {
        id: 'alcohol',
        label: 'Alcohol',
        kind: 'PROHIBITED_CONTENT',
        severity: 'high',
        regulated: true,
        languages: ['en', 'ru'],
        termCount: 3,
        exceptionCount: 1,
        ruleSetVersion: '2099.1.1',
      },
      {
        id: 'survey',
        label: 'Survey',
        kind: 'TEMPLATE_MISUSE',
        severity: 'medium',
        regulated: false,
        languages: ['de'],
        termCount: 1,
        exceptionCount: 0,
        ruleSetVersion: '2099.1.1',
      },
    ]);
  });

  it('lists every category of the built-in rule set in its order', () => {
    const listed = contentRuleCategories(BUILT_IN_RULE_SET);
    expect(listed.map((c) => c.id)).toEqual([...CONTENT_CATEGORIES]);
    expect(listed.every((c) => c.termCount > 0 && c.languages.includes('en'))).toBe(true);
  });
});

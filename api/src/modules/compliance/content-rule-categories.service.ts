import { Injectable } from '@nestjs/common';
import { BUILT_IN_RULE_SET, type ContentCategoryRules, type ContentRuleSet } from '@checkmark/schemas/compliance';
import type { ContentRuleCategoryModel } from './dtos/content-rule-category.model';

function count(byLanguage: ContentCategoryRules['terms']): number {
  return Object.values(byLanguage).reduce((sum, list) => sum + (list?.length ?? 0), 0);
}

/** The catalogue of the built-in content rule set as the rule-set editor lists it (the same for every tenant). */
export function contentRuleCategories(ruleSet: ContentRuleSet): ContentRuleCategoryModel[] {
  return ruleSet.categories.map((category) => ({
    id: category.id,
    label: category.label,
    kind: category.kind,
    severity: category.severity,
    regulated: category.regulated,
    languages: Object.entries(category.terms)
      .filter(([, terms]) => (terms?.length ?? 0) > 0)
      .map(([language]) => language),
    termCount: count(category.terms),
    exceptionCount: count(category.exceptions),
    ruleSetVersion: ruleSet.version,
  }));
}

@Injectable()
export class ContentRuleCategoriesService {
  private readonly categories = contentRuleCategories(BUILT_IN_RULE_SET);

  list(): ContentRuleCategoryModel[] {
    return this.categories;
  }
}

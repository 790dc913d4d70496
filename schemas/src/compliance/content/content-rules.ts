import type { ViolationSeverity } from '../violation-kinds';

/** Languages every built-in category has terms in (DOMAIN.md §4); rule sets may add more (the promotional set has de). */
export const CONTENT_LANGUAGES = ['en', 'ru', 'uk', 'pl', 'pt', 'es'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** The prohibited and restricted goods of DOMAIN.md §1, in its order. */
export const PROHIBITED_CATEGORIES = [
  'weapons',
  'alcohol',
  'tobacco',
  'drugs',
  'unsafe_supplements',
  'medical',
  'live_animals',
  'endangered_species',
  'adult',
  'body_parts',
  'gambling',
  'dating',
  'digital_subscriptions',
  'currency',
  'payday_loans',
  'mlm',
  'hazardous_materials',
  'counterfeit',
  'digital_access',
  'fraud',
] as const;
export type ProhibitedCategory = (typeof PROHIBITED_CATEGORIES)[number];

/** What a utility or authentication template must not contain (TEMPLATE_MISUSE). */
export const TEMPLATE_MISUSE_CATEGORIES = ['promotional', 'survey'] as const;
export type TemplateMisuseCategory = (typeof TEMPLATE_MISUSE_CATEGORIES)[number];

export type ContentCategory = ProhibitedCategory | TemplateMisuseCategory;
export const CONTENT_CATEGORIES: readonly ContentCategory[] = [...PROHIBITED_CATEGORIES, ...TEMPLATE_MISUSE_CATEGORIES];

export type ContentFindingKind = 'PROHIBITED_CONTENT' | 'TEMPLATE_MISUSE';

/**
 * A term is one phrase of whitespace-separated words, written the way people write it; it goes through the same
 * normalisation as message text, so case, diacritics, Latin/Cyrillic look-alikes and apostrophes do not matter.
 * Per word:
 * - `stem*` matches any word that starts with the stem (inflections: `сигарет*` = сигарета, сигареты, сигаретами);
 * - a word without `*` matches only that exact word;
 * - `a|b|c` matches any of the alternatives (each may end in `*`);
 * - `#` matches a number.
 * `left ~ right` matches when both phrases occur, in either order, at most NEAR_REACH words apart (free word order:
 * `щен* ~ продаж*` = "продажа щенков", "щенки в продаже").
 */
export type ContentTerm = string;

export interface ContentCategoryRules {
  id: ContentCategory;
  kind: ContentFindingKind;
  /** English name for reports and the rule-set editor. */
  label: string;
  severity: ViolationSeverity;
  /** A regulated vertical (DOMAIN.md §1): may be allowed per country by a tenant override; flagged by default. */
  regulated: boolean;
  /** Terms that flag the category, by language (the language is reported with the finding). */
  terms: Partial<Record<string, readonly ContentTerm[]>>;
  /**
   * Allowed contexts of the same category: one that overlaps a term match cancels the matches it overlaps
   * ("wine-coloured dress"); one that shares no word with any match cancels matches within EXCEPTION_REACH words
   * ("quit smoking ... cigarettes").
   */
  exceptions: Partial<Record<string, readonly ContentTerm[]>>;
}

export interface ContentRuleSet {
  version: string;
  categories: readonly ContentCategoryRules[];
}

/** Words between the two phrases of a `~` term. */
export const NEAR_REACH = 6;
/** Words between an exception and the term match it cancels. */
export const EXCEPTION_REACH = 12;

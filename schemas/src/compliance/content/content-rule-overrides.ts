import { z } from 'zod';
import { CONTENT_CATEGORIES, type ContentCategory } from './content-rules';
import { ContentRuleError } from './content-rule-error';
import { parseTerm } from './parse-term';

const MAX_TERMS = 500;
const MAX_TERM_LENGTH = 200;

const term = z.string().trim().min(1).max(MAX_TERM_LENGTH);

const categoryOverrideSchema = z
  .object({
    enabled: z.boolean().optional(),
    extraTerms: z.array(term).max(MAX_TERMS).optional(),
    exceptions: z.array(term).max(MAX_TERMS).optional(),
    regulated: z
      .object({
        allowedCountries: z.array(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code in capitals')).max(250),
      })
      .strict()
      .optional(),
  })
  .strict();

/**
 * A tenant's edits to the built-in rule set (stored as JSON by the compliance settings): per category, switch it
 * off, add terms or allowed contexts (same syntax as built-in terms), or allow a regulated category for contacts in
 * the listed countries (reported with medium severity there instead of flagged as prohibited).
 */
export const contentRuleOverridesSchema = z
  .object({
    categories: z.record(z.string(), categoryOverrideSchema).default({}),
  })
  .strict();

export type ContentCategoryOverride = z.infer<typeof categoryOverrideSchema>;
export interface ContentRuleOverrides {
  categories: Partial<Record<ContentCategory, ContentCategoryOverride>>;
}

export const NO_CONTENT_RULE_OVERRIDES: ContentRuleOverrides = { categories: {} };

/**
 * Validates overrides read from storage or an API input: shape, known category ids, and every term parses.
 * Throws ContentRuleError CONTENT_RULES_INVALID listing every problem.
 */
export function parseContentRuleOverrides(value: unknown): ContentRuleOverrides {
  const result = contentRuleOverridesSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new ContentRuleError('CONTENT_RULES_INVALID', 'Invalid content rule overrides', issues);
  }
  const issues: { path: string; message: string }[] = [];
  const known = new Set<string>(CONTENT_CATEGORIES);
  for (const [id, override] of Object.entries(result.data.categories)) {
    if (!known.has(id)) {
      issues.push({ path: `categories.${id}`, message: 'unknown category' });
      continue;
    }
    for (const field of ['extraTerms', 'exceptions'] as const) {
      (override[field] ?? []).forEach((t, i) => {
        try {
          parseTerm(t);
        } catch (error) {
          issues.push({ path: `categories.${id}.${field}.${i}`, message: (error as Error).message });
        }
      });
    }
  }
  if (issues.length > 0) throw new ContentRuleError('CONTENT_RULES_INVALID', 'Invalid content rule overrides', issues);
  return result.data;
}

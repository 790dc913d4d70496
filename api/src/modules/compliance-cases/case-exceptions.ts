import type { ViolationKind } from '@checkmark/schemas/compliance';
import {
  CONTENT_CATEGORIES,
  parseContentRuleOverrides,
  type ContentRuleOverrides,
} from '@checkmark/schemas/compliance';

/** Kinds whose false positives can become content-rule exceptions. */
export const EXCEPTION_KINDS: ReadonlySet<ViolationKind> = new Set<ViolationKind>([
  'PROHIBITED_CONTENT',
  'TEMPLATE_MISUSE',
]);

export interface ContentException {
  category: string;
  term: string;
}

/**
 * The exception a false positive asks for: the phrase the classifier matched (evidence.matchedPhrase) as an allowed
 * context of its category. Rule-syntax characters (* ~ | #) are dropped so the phrase reads literally; null when
 * the evidence has no usable category or phrase.
 */
export function exceptionOf(kind: ViolationKind, evidence: Record<string, unknown>): ContentException | null {
  if (!EXCEPTION_KINDS.has(kind)) return null;
  const category = evidence.category;
  const phrase = evidence.matchedPhrase;
  if (typeof category !== 'string' || typeof phrase !== 'string') return null;
  if (!(CONTENT_CATEGORIES as readonly string[]).includes(category)) return null;
  const term = phrase
    .replace(/[*~|#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .slice(0, 200)
    .trim();
  if (!term) return null;
  try {
    parseContentRuleOverrides({ categories: { [category]: { exceptions: [term] } } });
  } catch {
    return null;
  }
  return { category, term };
}

/**
 * `overrides` with `exceptions` added to their categories, skipping terms the category already lists (compared
 * case-insensitively) and repeats; returns the overrides and the exceptions that were new.
 */
export function withExceptions(
  overrides: ContentRuleOverrides,
  exceptions: readonly ContentException[],
): { overrides: ContentRuleOverrides; added: ContentException[] } {
  const categories: Record<
    string,
    NonNullable<ContentRuleOverrides['categories'][keyof ContentRuleOverrides['categories']]>
  > = { ...overrides.categories };
  const added: ContentException[] = [];
  for (const exception of exceptions) {
    const current = categories[exception.category] ?? {};
    const existing = current.exceptions ?? [];
    if (existing.some((t) => t.toLowerCase() === exception.term)) continue;
    categories[exception.category] = { ...current, exceptions: [...existing, exception.term] };
    added.push(exception);
  }
  return { overrides: { categories }, added };
}

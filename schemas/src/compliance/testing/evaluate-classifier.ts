import { classifyContent } from '../content/classify-content';
import type { CompiledRuleSet } from '../content/compile-rule-set';
import {
  CONTENT_CATEGORIES,
  CONTENT_LANGUAGES,
  type ContentCategory,
  type ContentLanguage,
} from '../content/content-rules';
import type { LabelledMessage } from './labelled';

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when nothing was flagged (no denominator). */
  precision: number | null;
  /** null when nothing was expected. */
  recall: number | null;
}

export interface MisclassifiedMessage {
  id: string;
  expected: string[];
  found: string[];
}

export interface ClassifierEvaluation {
  ruleSetVersion: string;
  messages: { total: number; positive: number; negative: number; hardNegative: number; simulator: number };
  overall: Score;
  byLanguage: Record<ContentLanguage, Score & { messages: number }>;
  byCategory: Record<ContentCategory, Score & { messages: number }>;
  /** Negatives that got any finding / hard negatives that did. */
  flaggedNegatives: number;
  flaggedHardNegatives: number;
  misclassified: MisclassifiedMessage[];
}

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  messages: number;
}

function score(t: Tally): Score {
  const flagged = t.truePositives + t.falsePositives;
  const expected = t.truePositives + t.falseNegatives;
  return {
    truePositives: t.truePositives,
    falsePositives: t.falsePositives,
    falseNegatives: t.falseNegatives,
    precision: flagged === 0 ? null : t.truePositives / flagged,
    recall: expected === 0 ? null : t.truePositives / expected,
  };
}

const key = (kind: string, category: string): string => `${kind}:${category}`;

/**
 * Classifies every labelled message (as a template of its category when it is one) and counts (kind, category)
 * pairs: a found pair that was expected is a true positive, one that was not a false positive, an expected pair
 * not found a false negative. Per language, per category (a category's messages are those expecting or
 * flagged with it) and overall (micro-averaged).
 */
export function evaluateClassifier(rules: CompiledRuleSet, messages: readonly LabelledMessage[]): ClassifierEvaluation {
  const blank = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, messages: 0 });
  const overall = blank();
  const byLanguage = Object.fromEntries(CONTENT_LANGUAGES.map((l) => [l, blank()])) as Record<ContentLanguage, Tally>;
  const byCategory = Object.fromEntries(CONTENT_CATEGORIES.map((c) => [c, blank()])) as Record<ContentCategory, Tally>;
  const misclassified: MisclassifiedMessage[] = [];
  let flaggedNegatives = 0;
  let flaggedHardNegatives = 0;
  for (const message of messages) {
    const findings = classifyContent(
      rules,
      message.text,
      message.template ? { isTemplate: true, templateCategory: message.template } : {},
    );
    const expected = new Map(message.expected.map((e) => [key(e.kind, e.category), e.category]));
    const found = new Map(findings.map((f) => [key(f.kind, f.category), f.category]));
    const language = byLanguage[message.language];
    language.messages++;
    const touched = new Set<ContentCategory>([...expected.values(), ...found.values()]);
    for (const category of touched) byCategory[category].messages++;
    for (const [k, category] of found) {
      const field = expected.has(k) ? 'truePositives' : 'falsePositives';
      overall[field]++;
      language[field]++;
      byCategory[category][field]++;
    }
    for (const [k, category] of expected) {
      if (found.has(k)) continue;
      overall.falseNegatives++;
      language.falseNegatives++;
      byCategory[category].falseNegatives++;
    }
    if (message.expected.length === 0 && findings.length > 0) {
      flaggedNegatives++;
      if (message.hard) flaggedHardNegatives++;
    }
    const same = expected.size === found.size && [...expected.keys()].every((k) => found.has(k));
    if (!same) misclassified.push({ id: message.id, expected: [...expected.keys()], found: [...found.keys()] });
  }
  const negatives = messages.filter((m) => m.expected.length === 0);
  return {
    ruleSetVersion: rules.version,
    messages: {
      total: messages.length,
      positive: messages.length - negatives.length,
      negative: negatives.length,
      hardNegative: negatives.filter((m) => m.hard).length,
      simulator: messages.filter((m) => m.part === 'simulator').length,
    },
    overall: score(overall),
    byLanguage: Object.fromEntries(
      CONTENT_LANGUAGES.map((l) => [l, { ...score(byLanguage[l]), messages: byLanguage[l].messages }]),
    ) as ClassifierEvaluation['byLanguage'],
    byCategory: Object.fromEntries(
      CONTENT_CATEGORIES.map((c) => [c, { ...score(byCategory[c]), messages: byCategory[c].messages }]),
    ) as ClassifierEvaluation['byCategory'],
    flaggedNegatives,
    flaggedHardNegatives,
    misclassified,
  };
}

import type { ViolationSeverity } from '../violation-kinds';
import type { ContentCategory, ContentFindingKind, ContentRuleSet } from './content-rules';
import {
  NO_CONTENT_RULE_OVERRIDES,
  parseContentRuleOverrides,
  type ContentRuleOverrides,
} from './content-rule-overrides';
import { fingerprint } from './fingerprint';
import { parseTerm, type WordPattern } from './parse-term';

export interface CompiledCategory {
  id: ContentCategory;
  kind: ContentFindingKind;
  severity: ViolationSeverity;
  /** Contact countries (ISO alpha-2) where the tenant allows this regulated category. */
  allowedCountries: ReadonlySet<string>;
}

export interface CompiledTerm {
  category: number;
  exception: boolean;
  language: string | undefined;
  source: string;
  parts: readonly (readonly WordPattern[])[];
}

/** One phrase of a term whose first word ends at a trie node. */
export interface PhraseStart {
  term: CompiledTerm;
  part: number;
}

export interface TrieNode {
  children: Map<string, TrieNode>;
  /** Phrases whose first word is exactly the path to this node. */
  exact: PhraseStart[];
  /** Phrases whose first word is a stem ending here (any continuation). */
  open: PhraseStart[];
}

/** A rule set ready to classify text: build once per rule-set version, reuse for every message. */
export interface CompiledRuleSet {
  /** RULE_SET_VERSION of the built-in set, plus `+t<fingerprint>` of the tenant overrides when there are any. */
  version: string;
  categories: readonly CompiledCategory[];
  root: TrieNode;
  /** Phrases that start with a number (`# % off`). */
  numericStarts: readonly PhraseStart[];
}

function newNode(): TrieNode {
  return { children: new Map(), exact: [], open: [] };
}

function insert(root: TrieNode, stem: string, start: PhraseStart, open: boolean): void {
  let node = root;
  for (const ch of stem) {
    let child = node.children.get(ch);
    if (!child) {
      child = newNode();
      node.children.set(ch, child);
    }
    node = child;
  }
  (open ? node.open : node.exact).push(start);
}

function isEmptyOverrides(overrides: ContentRuleOverrides): boolean {
  return Object.keys(overrides.categories).length === 0;
}

/**
 * Compiles the built-in rule set with a tenant's overrides (validated here; ContentRuleError on bad input):
 * disabled categories are dropped, extra terms and exceptions are added (language unknown), regulated countries
 * are attached. The version changes whenever the overrides change.
 */
export function compileRuleSet(
  builtIn: ContentRuleSet,
  overridesInput: unknown = NO_CONTENT_RULE_OVERRIDES,
): CompiledRuleSet {
  const overrides = parseContentRuleOverrides(overridesInput ?? NO_CONTENT_RULE_OVERRIDES);
  const root = newNode();
  const numericStarts: PhraseStart[] = [];
  const categories: CompiledCategory[] = [];
  const add = (category: number, exception: boolean, language: string | undefined, source: string): void => {
    const term: CompiledTerm = { category, exception, language, source, parts: parseTerm(source).parts };
    term.parts.forEach((words, part) => {
      const first = words[0];
      if (first.numeric) numericStarts.push({ term, part });
      else for (const alt of first.alternatives) insert(root, alt.stem, { term, part }, alt.open);
    });
  };
  for (const rules of builtIn.categories) {
    const override = overrides.categories[rules.id];
    if (override?.enabled === false) continue;
    const index = categories.length;
    categories.push({
      id: rules.id,
      kind: rules.kind,
      severity: rules.severity,
      allowedCountries: new Set(override?.regulated?.allowedCountries ?? []),
    });
    for (const [language, terms] of Object.entries(rules.terms)) {
      for (const t of terms ?? []) add(index, false, language, t);
    }
    for (const [language, terms] of Object.entries(rules.exceptions)) {
      for (const t of terms ?? []) add(index, true, language, t);
    }
    for (const t of override?.extraTerms ?? []) add(index, false, undefined, t);
    for (const t of override?.exceptions ?? []) add(index, true, undefined, t);
  }
  const version = isEmptyOverrides(overrides) ? builtIn.version : `${builtIn.version}+t${fingerprint(overrides)}`;
  return { version, categories, root, numericStarts };
}

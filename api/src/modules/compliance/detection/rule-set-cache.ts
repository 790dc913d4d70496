import { BUILT_IN_RULE_SET, compileRuleSet, type CompiledRuleSet } from '@checkmark/schemas/compliance';

/**
 * The tenant's content rule set: the built-in rules compiled with its overrides (`contentRuleOverrides` of the
 * compliance settings). Compiling is not free, so the last compiled set is kept until the overrides change.
 */
export class RuleSetCache {
  private compiled?: { overrides: string; rules: CompiledRuleSet };

  rulesFor(overrides: unknown): CompiledRuleSet {
    const key = JSON.stringify(overrides ?? null);
    if (this.compiled?.overrides !== key) {
      this.compiled = { overrides: key, rules: compileRuleSet(BUILT_IN_RULE_SET, overrides ?? undefined) };
    }
    return this.compiled.rules;
  }
}

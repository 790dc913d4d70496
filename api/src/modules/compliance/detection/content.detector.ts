import { Injectable } from '@nestjs/common';
import {
  classifyContent,
  VIOLATION_SEVERITIES,
  type ClassifyOptions,
  type ContentFinding,
} from '@checkmark/schemas/compliance';
import { DetectionWarehouseRepository } from './detection-warehouse.repository';
import { RuleSetCache } from './rule-set-cache';
import { ruleVersion } from './rule-versions';
import { sentMessageViolation } from './sent-message-violation';
import type { DetectedViolation, DetectionContext, DetectionRange, ViolationDetector } from './violation-detector';

const TEMPLATE_CATEGORIES = new Set(['marketing', 'utility', 'authentication']);

/**
 * PROHIBITED_CONTENT and TEMPLATE_MISUSE: the range's distinct business-sent texts are classified once each with the
 * tenant's rule set (built-in rules plus its overrides, `@checkmark/schemas/compliance`), then the flagged ones are
 * expanded to their messages, classified again per contact country only where a regulated category may be allowed
 * there. One violation per (kind, message): its most severe finding, the others listed in the evidence.
 */
@Injectable()
export class ContentDetector implements ViolationDetector {
  readonly kinds = ['PROHIBITED_CONTENT', 'TEMPLATE_MISUSE'] as const;
  private readonly ruleSets = new RuleSetCache();

  constructor(private readonly warehouse: DetectionWarehouseRepository) {}

  async detect(ctx: DetectionContext, range: DetectionRange): Promise<DetectedViolation[]> {
    const rules = this.ruleSets.rulesFor(ctx.settings.contentRuleOverrides);
    const flagged = new Set<string>();
    const texts = new Map<string, string>();
    for (const row of await this.warehouse.contentTexts(ctx.tenantId, range)) {
      texts.set(row.text_hash, row.sample_text);
      if (classifyContent(rules, row.sample_text, options(row.is_template, row.template_category)).length) {
        flagged.add(row.text_hash);
      }
    }
    const memo = new Map<string, ContentFinding[]>();
    const found: DetectedViolation[] = [];
    for (const row of await this.warehouse.contentMessages(ctx.tenantId, range, [...flagged])) {
      const text = texts.get(row.text_hash) ?? '';
      const opts = {
        ...options(row.is_template, row.template_category),
        contactCountry: row.contact_country || undefined,
      };
      const memoKey = `${row.text_hash}|${String(opts.isTemplate)}|${opts.templateCategory ?? ''}|${row.contact_country}`;
      let findings = memo.get(memoKey);
      if (findings === undefined) {
        findings = classifyContent(rules, text, opts);
        memo.set(memoKey, findings);
      }
      for (const kind of this.kinds) {
        const ofKind = findings.filter((f) => f.kind === kind);
        if (!ofKind.length) continue;
        const worst = [...ofKind].sort(
          (a, b) =>
            VIOLATION_SEVERITIES.indexOf(b.severity) - VIOLATION_SEVERITIES.indexOf(a.severity) || a.start - b.start,
        )[0];
        found.push(
          sentMessageViolation(row, {
            kind,
            severity: worst.severity,
            ruleVersion: ruleVersion(kind, ctx.settings.revision, rules.version),
            evidence: {
              category: worst.category,
              matchedPhrase: worst.matched,
              snippet: worst.snippet,
              language: worst.language ?? null,
              regulatedAllowed: worst.regulatedAllowed,
              contactCountry: row.contact_country || null,
              categories: ofKind.map((f) => f.category),
            },
          }),
        );
      }
    }
    return found;
  }
}

function options(isTemplate: boolean, category: string): ClassifyOptions {
  const lower = category.toLowerCase();
  return {
    isTemplate,
    ...(TEMPLATE_CATEGORIES.has(lower) ? { templateCategory: lower as ClassifyOptions['templateCategory'] } : {}),
  };
}

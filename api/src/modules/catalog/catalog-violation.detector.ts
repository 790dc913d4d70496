import { Injectable } from '@nestjs/common';
import { classifyContent, VIOLATION_SEVERITIES } from '@checkmark/schemas/compliance';
import { RuleSetCache } from '../compliance/detection/rule-set-cache';
import { ruleVersion } from '../compliance/detection/rule-versions';
import type {
  DetectedViolation,
  DetectionContext,
  DetectionRange,
  ViolationDetector,
} from '../compliance/detection/violation-detector';
import { CatalogItemsRepository } from './catalog-items.repository';

export const CATALOG_SOURCE = 'catalog';

/**
 * PROHIBITED_CONTENT in the tenant's shared product catalog: each live item whose content last changed in the range
 * (its `updated_at` is the violation's occurred_at) has its title and description classified with the tenant's rule
 * set, as sent messages are (not a template, so TEMPLATE_MISUSE never applies; no contact, so no country). One
 * violation per item, keyed `PROHIBITED_CONTENT:catalog:<itemId>`: an item edited to clean text or removed is no
 * longer found in its month and is retracted by the engine's full run that the import requests.
 */
@Injectable()
export class CatalogViolationDetector implements ViolationDetector {
  readonly kinds = ['PROHIBITED_CONTENT'] as const;
  readonly source = CATALOG_SOURCE;
  private readonly ruleSets = new RuleSetCache();

  constructor(private readonly items: CatalogItemsRepository) {}

  async detect(ctx: DetectionContext, range: DetectionRange): Promise<DetectedViolation[]> {
    const rules = this.ruleSets.rulesFor(ctx.settings.contentRuleOverrides);
    const items = await this.items.live(ctx.tenantId, range);
    const channels = await this.items.accountChannels(
      ctx.tenantId,
      items.map((item) => item.accountId),
    );
    const found: DetectedViolation[] = [];
    for (const item of items) {
      const text = item.description ? `${item.title}\n${item.description}` : item.title;
      const findings = classifyContent(rules, text, { isTemplate: false }).filter(
        (f) => f.kind === 'PROHIBITED_CONTENT',
      );
      if (!findings.length) continue;
      const worst = [...findings].sort(
        (a, b) =>
          VIOLATION_SEVERITIES.indexOf(b.severity) - VIOLATION_SEVERITIES.indexOf(a.severity) || a.start - b.start,
      )[0];
      found.push({
        kind: 'PROHIBITED_CONTENT',
        severity: worst.severity,
        ruleVersion: ruleVersion('PROHIBITED_CONTENT', ctx.settings.revision, rules.version),
        key: `PROHIBITED_CONTENT:${CATALOG_SOURCE}:${item.itemId}`,
        occurredAt: item.updatedAt,
        channel: channels.get(item.accountId) ?? 'whatsapp',
        accountId: item.accountId,
        contactId: '',
        messageId: null,
        eventId: null,
        campaignId: null,
        templateName: null,
        evidence: {
          source: CATALOG_SOURCE,
          itemId: item.itemId,
          title: item.title,
          category: worst.category,
          matchedPhrase: worst.matched,
          snippet: worst.snippet,
          language: worst.language ?? null,
          categories: findings.map((f) => f.category),
        },
      });
    }
    return found;
  }

  async activeMonths(tenantId: string, range: DetectionRange): Promise<number[]> {
    const months = new Set(
      (await this.items.liveUpdatedAt(tenantId, range)).map((at) => at.getUTCFullYear() * 100 + at.getUTCMonth() + 1),
    );
    return [...months];
  }

  async earliestMs(tenantId: string): Promise<number | null> {
    return (await this.items.earliestCreatedAt(tenantId))?.getTime() ?? null;
  }
}

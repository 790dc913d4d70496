import { Injectable } from '@nestjs/common';
import { sentMessageViolation } from './sent-message-violation';
import { DetectionWarehouseRepository } from './detection-warehouse.repository';
import { ruleVersion } from './rule-versions';
import type { DetectedViolation, DetectionContext, DetectionRange, ViolationDetector } from './violation-detector';

const HOUR_MS = 3_600_000;

/** OUTSIDE_WINDOW: free-form sends on WhatsApp, Messenger and Instagram more than 24 h after the contact last wrote. */
@Injectable()
export class OutsideWindowDetector implements ViolationDetector {
  readonly kinds = ['OUTSIDE_WINDOW'] as const;

  constructor(private readonly warehouse: DetectionWarehouseRepository) {}

  async detect(ctx: DetectionContext, range: DetectionRange): Promise<DetectedViolation[]> {
    const rows = await this.warehouse.outsideWindow(ctx.tenantId, range);
    return rows.map((row) => {
      const lastInbound = row.last_inbound_ms === '' ? null : Number(row.last_inbound_ms);
      return sentMessageViolation(row, {
        kind: 'OUTSIDE_WINDOW',
        severity: 'medium',
        ruleVersion: ruleVersion('OUTSIDE_WINDOW'),
        evidence: {
          lastInboundAt: lastInbound === null ? null : new Date(lastInbound).toISOString(),
          hoursSinceLastInbound:
            lastInbound === null
              ? null
              : Math.round(((Number(row.occurred_at_ms) - lastInbound) / HOUR_MS) * 100) / 100,
          errorCode: row.error_code || null,
        },
      });
    });
  }
}

import { Injectable } from '@nestjs/common';
import { sentMessageViolation } from './sent-message-violation';
import { DetectionWarehouseRepository } from './detection-warehouse.repository';
import { ruleVersion } from './rule-versions';
import type { DetectedViolation, DetectionContext, DetectionRange, ViolationDetector } from './violation-detector';

const HOUR_MS = 3_600_000;

/** FREQUENCY_CAP: each marketing message beyond the tenant's cap per contact and channel in its rolling window. */
@Injectable()
export class FrequencyCapDetector implements ViolationDetector {
  readonly kinds = ['FREQUENCY_CAP'] as const;

  constructor(private readonly warehouse: DetectionWarehouseRepository) {}

  async detect(ctx: DetectionContext, range: DetectionRange): Promise<DetectedViolation[]> {
    const cap = ctx.settings.frequencyCap;
    if (!cap.enabled) return [];
    const rows = await this.warehouse.frequencyCap(ctx.tenantId, range, cap);
    const version = ruleVersion('FREQUENCY_CAP', ctx.settings.revision);
    return rows.map((row) =>
      sentMessageViolation(row, {
        kind: 'FREQUENCY_CAP',
        severity: 'low',
        ruleVersion: version,
        evidence: {
          countInWindow: row.position,
          cap: cap.count,
          windowHours: cap.windowHours,
          // The window is (windowStart, send].
          windowStart: new Date(Number(row.occurred_at_ms) - cap.windowHours * HOUR_MS).toISOString(),
        },
      }),
    );
  }
}

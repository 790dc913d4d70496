import { Injectable } from '@nestjs/common';
import { ContentRuleError, parseContentRuleOverrides } from '@checkmark/schemas/compliance';
import type { Principal } from '../../../common/auth/principal';
import { Clock } from '../../../common/clock/clock';
import { BadUserInputError } from '../../../common/errors/bad-user-input.error';
import { parseInput } from '../../../common/errors/parse-input';
import { AuditService } from '../../audit/audit.service';
import { DetectionScheduler } from '../detection/detection.scheduler';
import type { ComplianceSettingsInput } from '../dtos/compliance-settings.model';
import { ViolationsRepository } from '../violations.repository';
import type { ComplianceSettings } from './compliance-settings-value';
import { ComplianceSettingsRepository } from './compliance-settings.repository';
import { complianceSettingsSchema } from './compliance-settings.validation';

const ENTITY = 'compliance_settings';

function auditView({ updatedAt: _at, updatedBy: _by, ...rest }: ComplianceSettings): Record<string, unknown> {
  return rest;
}

/** The tenant's compliance rule settings: read, and changed with an audit entry and a re-detection of history. */
@Injectable()
export class ComplianceSettingsService {
  constructor(
    private readonly settings: ComplianceSettingsRepository,
    private readonly violations: ViolationsRepository,
    private readonly scheduler: DetectionScheduler,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  get(principal: Principal): Promise<ComplianceSettings> {
    return this.settings.find(principal.tenantId);
  }

  /**
   * Changes the parts given, bumps the revision (rule versions of the kinds the settings shape carry it), audits the
   * change and asks for a full re-detection in the same transaction, then starts it.
   */
  async update(principal: Principal, input: ComplianceSettingsInput): Promise<ComplianceSettings> {
    const data = parseInput(complianceSettingsSchema, input, 'input');
    if (data.contentRuleOverrides) checkedOverrides(data.contentRuleOverrides);
    const tenantId = principal.tenantId;
    const after = await this.settings.transaction(async (manager) => {
      const before = await this.settings.find(tenantId, manager);
      const now = this.clock.now();
      const next: ComplianceSettings = {
        frequencyCap: data.frequencyCap ?? before.frequencyCap,
        quietHours: data.quietHours ?? before.quietHours,
        contentRuleOverrides:
          input.contentRuleOverrides === undefined ? before.contentRuleOverrides : (data.contentRuleOverrides ?? null),
        revision: before.revision + 1,
        updatedAt: now,
        updatedBy: principal.label,
      };
      await this.settings.save(tenantId, next, manager);
      await this.audit.record(
        principal,
        {
          action: `${ENTITY}.update`,
          entityType: ENTITY,
          entityId: tenantId,
          before: auditView(before),
          after: auditView(next),
        },
        manager,
      );
      await this.violations.requestFullRun(manager, tenantId, now);
      return next;
    });
    this.scheduler.triggerTenant(tenantId);
    return after;
  }
}

/** The overrides must compile against the built-in rule set (known categories, terms that parse). */
function checkedOverrides(overrides: unknown): void {
  try {
    parseContentRuleOverrides(overrides);
  } catch (error) {
    if (!(error instanceof ContentRuleError)) throw error;
    throw new BadUserInputError(
      error.issues.map((issue) => ({ path: `input.contentRuleOverrides.${issue.path}`, message: issue.message })),
    );
  }
}

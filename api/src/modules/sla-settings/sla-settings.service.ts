import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { parseInput } from '../../common/errors/parse-input';
import { AuditService } from '../audit/audit.service';
import type { SlaTargetInput } from './dtos/sla-target.input';
import { SLA_KINDS, type SlaTargetValue } from './sla-settings-value';
import { SlaSettingsRepository, type StoredSlaSettings } from './sla-settings.repository';
import { slaTargetsSchema } from './sla-settings.validation';

const ENTITY = 'sla_settings';

/** The settings as the API shows them; `updatedAt` is null until first saved. */
export interface SlaSettingsView {
  targets: SlaTargetValue[];
  updatedAt: Date | null;
}

const inKindOrder = (targets: readonly SlaTargetValue[]): SlaTargetValue[] =>
  [...targets].sort((a, b) => SLA_KINDS.indexOf(a.kind) - SLA_KINDS.indexOf(b.kind));

function view({ settings, targets }: StoredSlaSettings): SlaSettingsView {
  return {
    targets: inKindOrder(targets.map(({ kind, minutes, basis }) => ({ kind, minutes, basis }))),
    updatedAt: settings?.updatedAt ?? null,
  };
}

@Injectable()
export class SlaSettingsService {
  constructor(
    private readonly settings: SlaSettingsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** What analytics use: the tenant's targets in kind order (none until the tenant sets some). */
  async forTenant(tenantId: string): Promise<SlaTargetValue[]> {
    return view(await this.settings.find(tenantId)).targets;
  }

  async get(principal: Principal): Promise<SlaSettingsView> {
    return view(await this.settings.find(principal.tenantId));
  }

  /** Replaces the whole set of targets (an empty list removes them all), audited in the same transaction. */
  async update(principal: Principal, targets: SlaTargetInput[]): Promise<SlaSettingsView> {
    const data = parseInput(slaTargetsSchema, targets, 'targets');
    const tenantId = principal.tenantId;
    return this.settings.transaction(async (manager) => {
      const before = view(await this.settings.find(tenantId, manager));
      const after: SlaSettingsView = { targets: inKindOrder(data), updatedAt: this.clock.now() };
      await this.settings.replace(
        {
          settings: { tenantId, updatedAt: after.updatedAt! },
          targets: after.targets.map((t) => ({ tenantId, ...t })),
        },
        manager,
      );
      await this.audit.record(
        principal,
        {
          action: `${ENTITY}.update`,
          entityType: ENTITY,
          entityId: tenantId,
          before: { targets: before.targets },
          after: { targets: after.targets },
        },
        manager,
      );
      return after;
    });
  }
}

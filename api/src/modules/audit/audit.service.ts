import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { pageRequest, paginate, type Page, type PageInput } from '../../graphql/pagination';
import type { AuditEntry } from './audit-entry.entity';
import { redactSecrets } from './audit-redaction';
import { AuditRepository } from './audit.repository';
import { TimeOrderedIds } from './time-ordered-id';

export interface AuditChange {
  /** `<entity>.<verb>`, e.g. "campaign.update". */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: object | null;
  after?: object | null;
}

/** Who acts when nobody signed in: first-start provisioning. */
export const SYSTEM_ACTOR = 'system' as const;

@Injectable()
export class AuditService {
  private readonly ids = new TimeOrderedIds();

  constructor(
    private readonly entries: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Records a settings change by `actor` in the actor's tenant. Pass the transaction's `manager` to write the
   * entry in the same unit of work as the change. Keys that look like secrets are dropped from before/after.
   */
  async record(
    actor: Principal | { kind: typeof SYSTEM_ACTOR; tenantId: string },
    change: AuditChange,
    manager?: EntityManager,
  ): Promise<void> {
    await this.entries.insert(this.entry(actor, change, this.clock.now()), manager);
  }

  /** Records several changes by `actor` at the same instant (e.g. one bulk action on many cases), in order. */
  async recordMany(
    actor: Principal | { kind: typeof SYSTEM_ACTOR; tenantId: string },
    changes: readonly AuditChange[],
    manager?: EntityManager,
  ): Promise<void> {
    const at = this.clock.now();
    await this.entries.insertMany(
      changes.map((change) => this.entry(actor, change, at)),
      manager,
    );
  }

  private entry(
    actor: Principal | { kind: typeof SYSTEM_ACTOR; tenantId: string },
    change: AuditChange,
    at: Date,
  ): AuditEntry {
    return {
      id: this.ids.next(at),
      tenantId: actor.tenantId,
      at,
      actorKind: actor.kind,
      actorId:
        actor.kind === 'user' ? (actor.userId ?? null) : actor.kind === 'api_key' ? (actor.apiKeyId ?? null) : null,
      actorLabel: actor.kind === SYSTEM_ACTOR ? SYSTEM_ACTOR : actor.label,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId ?? null,
      before:
        change.before === undefined || change.before === null
          ? null
          : (redactSecrets(change.before) as Record<string, unknown>),
      after:
        change.after === undefined || change.after === null
          ? null
          : (redactSecrets(change.after) as Record<string, unknown>),
    };
  }

  /** Every entry about one entity of the principal's tenant, oldest first (e.g. a compliance case's history). */
  history(principal: Principal, entityType: string, entityId: string): Promise<AuditEntry[]> {
    return this.entries.history(principal.tenantId, entityType, entityId);
  }

  /** The tenant's entries, newest first. */
  async list(
    principal: Principal,
    page: PageInput | null | undefined,
    entityType?: string | null,
  ): Promise<Page<AuditEntry>> {
    const request = pageRequest(page, 2);
    const after = request.after ? { at: new Date(String(request.after[0])), id: String(request.after[1]) } : undefined;
    const { rows, totalCount } = await this.entries.list({
      tenantId: principal.tenantId,
      entityType: entityType ?? undefined,
      limit: request.first + 1,
      after,
    });
    return paginate(rows, request, totalCount, (row) => [new Date(row.at).toISOString(), row.id]);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { AuditService } from '../audit/audit.service';
import { DetectionScheduler } from '../compliance/detection/detection.scheduler';
import { ViolationsRepository } from '../compliance/violations.repository';
import { planCatalogChanges } from './catalog-changes';
import { parseCatalogRows, type CatalogImportFormat, type CatalogImportIssue } from './catalog-import.parser';
import { toCatalogItemChange, type CatalogItemChange } from './catalog-item.validation';
import { CatalogItemsRepository } from './catalog-items.repository';

export interface CatalogImportOutcome {
  /** Data rows read (blank lines not counted). */
  rows: number;
  accepted: number;
  rejected: number;
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
  dryRun: boolean;
  /** Every problem of every rejected row, in row order. */
  errors: CatalogImportIssue[];
}

type Items = Pick<CatalogItemsRepository, 'transaction' | 'findByIds' | 'save'>;
type Audit = Pick<AuditService, 'record'>;
type Violations = Pick<ViolationsRepository, 'requestFullRun'>;
type Scheduler = Pick<DetectionScheduler, 'triggerTenant'>;

/**
 * Imports a tenant's product catalog (CSV or NDJSON): every valid row is upserted by item id (or marks the item
 * removed), rows with problems are reported with row, field and code and change nothing. The import is audited with
 * its counts; when anything changed it asks for a full re-detection in the same transaction, then starts it, so
 * prohibited content in the catalog is found — and edited or removed items retracted — without waiting for events.
 * A dry run checks everything (against the stored items too) and stores nothing.
 */
@Injectable()
export class CatalogImportService {
  constructor(
    @Inject(CatalogItemsRepository) private readonly items: Items,
    @Inject(AuditService) private readonly audit: Audit,
    @Inject(ViolationsRepository) private readonly violations: Violations,
    @Inject(DetectionScheduler) private readonly scheduler: Scheduler,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'limits'>,
    private readonly clock: Clock,
  ) {}

  async import(
    principal: Principal,
    input: { format: CatalogImportFormat; content: string; accountId: string; dryRun: boolean },
  ): Promise<CatalogImportOutcome> {
    const rows = parseCatalogRows(input.content, input.format, {
      maxBytes: this.config.limits.eventsBytes,
      maxRows: this.config.limits.eventsLines,
    });
    const errors: CatalogImportIssue[] = [];
    const changes: CatalogItemChange[] = [];
    const rowOf = new Map<string, number>();
    for (const row of rows) {
      if (!row.values) {
        errors.push(...row.issues);
        continue;
      }
      const checked = toCatalogItemChange(row.values, row.row, input.accountId);
      if (!checked.change) {
        errors.push(...checked.issues);
      } else if (rowOf.has(checked.change.itemId)) {
        const message = `item ${checked.change.itemId} is already in row ${rowOf.get(checked.change.itemId)}`;
        errors.push({ row: row.row, field: 'itemId', code: 'DUPLICATE_ITEM', message });
      } else {
        rowOf.set(checked.change.itemId, row.row);
        changes.push(checked.change);
      }
    }
    const tenantId = principal.tenantId;
    const plan = await this.items.transaction(async (manager) => {
      const now = this.clock.now();
      const stored = await this.items.findByIds(
        manager,
        tenantId,
        changes.map((c) => c.itemId),
      );
      const planned = planCatalogChanges(tenantId, stored, changes, now);
      if (input.dryRun) return planned;
      if (planned.save.length) await this.items.save(manager, planned.save);
      const { save: _rows, ...counts } = planned;
      await this.audit.record(
        principal,
        {
          action: 'catalog_items.import',
          entityType: 'catalog_items',
          entityId: tenantId,
          after: {
            format: input.format,
            rows: rows.length,
            accepted: changes.length,
            rejected: rows.length - changes.length,
            ...counts,
          },
        },
        manager,
      );
      if (planned.save.length) await this.violations.requestFullRun(manager, tenantId, now);
      return planned;
    });
    if (!input.dryRun && plan.save.length) this.scheduler.triggerTenant(tenantId);
    return {
      rows: rows.length,
      accepted: changes.length,
      rejected: rows.length - changes.length,
      created: plan.created,
      updated: plan.updated,
      removed: plan.removed,
      unchanged: plan.unchanged,
      dryRun: input.dryRun,
      errors,
    };
  }
}

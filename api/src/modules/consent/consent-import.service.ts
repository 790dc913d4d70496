import { Inject, Injectable } from '@nestjs/common';
import type { CanonicalEvent } from '@checkmark/schemas';
import type { Pseudonymiser } from '@checkmark/schemas/pipeline';
import type { RejectRecord } from '@checkmark/schemas/warehouse';
import type { Principal } from '../../common/auth/principal';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { AuditService } from '../audit/audit.service';
import { IngestionService, PSEUDONYMISER } from '../ingestion/ingestion.service';
import {
  parseConsentRecords,
  type ConsentImportFormat,
  type ConsentImportIssue,
  type ParsedConsentRow,
} from './consent-import.parser';
import { CONSENT_IMPORT_SOURCE, fieldOfPath, toConsentEventValue } from './consent-record.mapper';

export interface ConsentImportOutcome {
  /** Data rows read (blank lines not counted). */
  rows: number;
  accepted: number;
  rejected: number;
  dryRun: boolean;
  /** Every problem of every rejected row, in row order. */
  errors: ConsentImportIssue[];
}

/** Who imports: the audit log records the kind, the user or key id and the label. */
export type ConsentImportActor = Pick<Principal, 'tenantId' | 'kind' | 'userId' | 'apiKeyId' | 'label'>;

type Ingestion = Pick<IngestionService, 'prepare' | 'publish'>;
type Audit = Pick<AuditService, 'record'>;

type RowOutcome = { event: CanonicalEvent; reject?: undefined } | { event?: undefined; reject: RejectRecord };

/**
 * Imports existing consent records (CSV or NDJSON) as consent.updated events through the same door as the events
 * API: each record becomes a value with a deterministic id (re-importing a file stores nothing new), is validated
 * and pseudonymised by the ingestion pipeline, and is stored; a record that fails is kept as a reject with its
 * original text and reported with its row, field and code. A dry run checks everything and stores nothing.
 */
@Injectable()
export class ConsentImportService {
  constructor(
    @Inject(IngestionService) private readonly ingestion: Ingestion,
    @Inject(PSEUDONYMISER) private readonly pseudonymiser: Pseudonymiser,
    @Inject(AuditService) private readonly audit: Audit,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'limits'>,
  ) {}

  async import(
    actor: ConsentImportActor,
    format: ConsentImportFormat,
    content: string,
    dryRun: boolean,
  ): Promise<ConsentImportOutcome> {
    const rows = parseConsentRecords(content, format, {
      maxBytes: this.config.limits.eventsBytes,
      maxRows: this.config.limits.eventsLines,
    });
    const receivedAt = new Date();
    const errors: ConsentImportIssue[] = [];
    const outcomes = rows.map((row) => this.process(actor.tenantId, row, receivedAt, errors));
    const events = outcomes.flatMap((o) => (o.event ? [o.event] : []));
    const rejects = outcomes.flatMap((o) => (o.reject ? [o.reject] : []));
    if (!dryRun) {
      await this.ingestion.publish(events, rejects);
      await this.audit.record(actor as Principal, {
        action: 'consent.import',
        entityType: 'consent_records',
        after: { format, rows: rows.length, accepted: events.length, rejected: rejects.length },
      });
    }
    return { rows: rows.length, accepted: events.length, rejected: rejects.length, dryRun, errors };
  }

  private process(tenantId: string, row: ParsedConsentRow, receivedAt: Date, errors: ConsentImportIssue[]): RowOutcome {
    const reject = (step: string, reason: string, issues: ConsentImportIssue[]): RowOutcome => {
      errors.push(...issues);
      return {
        reject: {
          tenantId,
          source: CONSENT_IMPORT_SOURCE,
          step,
          reason,
          detail: issues.map((i) => `row ${i.row} ${i.field || 'row'}: ${i.code}: ${i.message}`).join('; '),
          raw: row.raw,
          receivedAt,
        },
      };
    };
    if (!row.values) return reject('parse', 'malformed_record', row.issues);
    const mapped = toConsentEventValue(row.values, row.row, (raw) => this.pseudonymiser.contactId(tenantId, raw));
    if (!mapped.value) return reject('validate', 'invalid_record', mapped.issues);
    const prepared = this.ingestion.prepare(mapped.value, tenantId);
    switch (prepared.kind) {
      case 'ok':
        return { event: prepared.value };
      case 'drop':
        return reject('validate', 'invalid_record', [
          { row: row.row, field: '', code: 'DROPPED', message: prepared.reason },
        ]);
      case 'dlq':
        return reject(
          prepared.step,
          prepared.reason,
          (prepared.issues ?? [{ path: '', rule: prepared.reason, message: prepared.detail }]).map((i) => ({
            row: row.row,
            field: fieldOfPath(i.path),
            code: i.rule.toUpperCase(),
            message: i.message,
          })),
        );
    }
  }
}

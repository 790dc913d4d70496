import { Inject, Injectable } from '@nestjs/common';
import type { CanonicalEvent, ValidationIssue } from '@checkmark/schemas';
import type { RejectRecord } from '@checkmark/schemas/warehouse';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { ApiMetrics } from '../../metrics';
import { IngestionService } from '../ingestion/ingestion.service';
import { parseEventsBody, type EventsBodyLine } from './events-body.parser';

export const EVENTS_API_SOURCE = 'events_api';

export type EventsLineResult =
  | { line: number; status: 'accepted'; id: string }
  | { line: number; status: 'rejected'; errors: ValidationIssue[] }
  | { line: number; status: 'skipped'; reason: string };

export interface EventsApiResponse {
  totals: { lines: number; accepted: number; rejected: number; skipped: number };
  results: EventsLineResult[];
}

type Outcome = { result: EventsLineResult; event?: CanonicalEvent; reject?: RejectRecord };

/**
 * `/v1/events`: every line is validated and enriched on its own with the API key's tenant; valid lines are
 * stored, invalid ones kept as rejects with their original bytes, and the answer says which is which.
 */
@Injectable()
export class EventsApiService {
  constructor(
    private readonly ingestion: IngestionService,
    private readonly metrics: ApiMetrics,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'limits'>,
  ) {}

  async ingest(body: Buffer, contentType: string | undefined, tenantId: string): Promise<EventsApiResponse> {
    const lines = parseEventsBody(body, contentType, this.config.limits.eventsLines);
    const receivedAt = new Date();
    const outcomes = lines.map((line) => this.process(line, tenantId, receivedAt));
    const events = outcomes.flatMap((o) => (o.event ? [o.event] : []));
    const rejects = outcomes.flatMap((o) => (o.reject ? [o.reject] : []));
    await this.ingestion.publish(events, rejects);

    this.metrics.receivedEvents.inc({ receiver: EVENTS_API_SOURCE, status: 'accepted' }, events.length);
    this.metrics.receivedEvents.inc({ receiver: EVENTS_API_SOURCE, status: 'rejected' }, rejects.length);
    const results = outcomes.map((o) => o.result);
    return {
      totals: {
        lines: results.length,
        accepted: events.length,
        rejected: rejects.length,
        skipped: results.length - events.length - rejects.length,
      },
      results,
    };
  }

  private process(line: EventsBodyLine, tenantId: string, receivedAt: Date): Outcome {
    const reject = (step: string, reason: string, errors: ValidationIssue[], detail?: string): Outcome => ({
      result: { line: line.line, status: 'rejected', errors },
      reject: {
        tenantId,
        source: EVENTS_API_SOURCE,
        step,
        reason,
        detail: detail ?? errors.map((e) => `${e.path}: ${e.rule}: ${e.message}`).join('; '),
        raw: line.raw,
        receivedAt,
      },
    });
    if ('parseError' in line) {
      return reject('parse', 'malformed_json', [{ path: '/', rule: 'malformed_json', message: line.parseError }]);
    }
    // The key decides the tenant. A line naming another tenant is a sender's mistake worth surfacing, not rewriting.
    const claimed = (line.value as { tenantId?: unknown } | null)?.tenantId;
    if (claimed !== undefined && claimed !== tenantId) {
      return reject('validate', 'invalid_event', [
        { path: '/tenantId', rule: 'tenant_mismatch', message: 'tenantId must be omitted or equal the API key tenant' },
      ]);
    }
    const result = this.ingestion.prepare(line.value, tenantId);
    switch (result.kind) {
      case 'ok':
        return { result: { line: line.line, status: 'accepted', id: result.value.id }, event: result.value };
      case 'drop':
        return { result: { line: line.line, status: 'skipped', reason: result.reason } };
      case 'dlq':
        return reject(
          result.step,
          result.reason,
          result.issues ?? [{ path: '/', rule: result.reason, message: result.detail }],
          result.detail,
        );
    }
  }
}

import type { ViolationKind, ViolationSeverity } from '@checkmark/schemas/compliance';
import type { ComplianceSettings } from '../settings/compliance-settings-value';

/** Messages/events with occurred_at in [from, to). */
export interface DetectionRange {
  from: Date;
  to: Date;
}

export interface DetectionContext {
  tenantId: string;
  /** The tenant's IANA time zone (tenant settings). */
  timeZone: string;
  settings: ComplianceSettings;
}

/** One violation a detector found; the engine upserts it by (tenant, key). */
export interface DetectedViolation {
  kind: ViolationKind;
  severity: ViolationSeverity;
  ruleVersion: string;
  /** `${kind}:${messageId}` or `${kind}:${eventId}` — unique per tenant. */
  key: string;
  occurredAt: Date;
  channel: string;
  accountId: string;
  contactId: string;
  messageId: string | null;
  eventId: string | null;
  campaignId: string | null;
  templateName: string | null;
  /** JSON; message text snippets only inside `evidence.snippet` (hidden from roles that may not see text). */
  evidence: Record<string, unknown>;
}

/**
 * A detector finds every violation of its kinds among the messages/events of a range. It must be complete for the
 * range: the engine retracts stored violations of these kinds in the range that a run no longer returns.
 */
export interface ViolationDetector {
  readonly kinds: readonly ViolationKind[];
  /**
   * What the detector judges: the warehouse events when absent, else a source of its own (e.g. `catalog`) that it
   * writes as `evidence.source` of every violation. The engine reconciles each (kind, source) separately, so two
   * detectors may share a kind when their sources differ.
   */
  readonly source?: string;
  detect(ctx: DetectionContext, range: DetectionRange): Promise<DetectedViolation[]>;
  /**
   * Detectors of another source: YYYYMM of the UTC months of the range in which it holds something to judge (the
   * engine skips months without events otherwise), and the earliest instant (ms) a violation of it can have (the
   * start of full runs when it precedes the events; null when it holds nothing).
   */
  activeMonths?(tenantId: string, range: DetectionRange): Promise<number[]>;
  earliestMs?(tenantId: string): Promise<number | null>;
}

/** The source of the warehouse events' detectors (no `source`, no `evidence.source`). */
export const EVENTS_SOURCE = 'events';

/** What a detector answers for: its kind, qualified by its source unless that is the events. */
export function claimOf(kind: string, source: string = EVENTS_SOURCE): string {
  return source === EVENTS_SOURCE ? kind : `${kind}@${source}`;
}

/** The claim a stored or found violation belongs to, from its kind and `evidence.source`. */
export function claimOfViolation(violation: { kind: string; evidence: Record<string, unknown> }): string {
  const source = violation.evidence?.source;
  return claimOf(violation.kind, typeof source === 'string' ? source : EVENTS_SOURCE);
}

/**
 * Nest injection token of the array of all registered detectors (a multi-provider built by ComplianceModule).
 *
 * How a module contributes a detector: implement `ViolationDetector` in an `@Injectable()` class, provide and export
 * it from its own module (e.g. ConsentModule exports ConsentViolationDetector). ComplianceModule imports that module
 * and lists the class in `violationDetectorsProvider(...)` (api/src/modules/compliance/detection/
 * violation-detectors.provider.ts), which injects every listed class and provides them as one array under this token;
 * the detection engine injects `@Inject(VIOLATION_DETECTORS) detectors: ViolationDetector[]`. Each kind must be
 * detected by exactly one detector (checked at start-up).
 */
export const VIOLATION_DETECTORS = Symbol('VIOLATION_DETECTORS');

import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../../common/clock/clock';
import { TenantSettingsService } from '../../tenant-settings/tenant-settings.service';
import { ComplianceSettingsRepository } from '../settings/compliance-settings.repository';
import { emptyState, ViolationsRepository } from '../violations.repository';
import { monthlyChunks, startOfUtcMonth } from './detection-chunks';
import type { DetectionRequest, DetectionRunResult } from './detection-run';
import { DetectionWarehouseRepository, type DetectionProgress } from './detection-warehouse.repository';
import { violationChanges } from './violation-changes';
import {
  claimOf,
  VIOLATION_DETECTORS,
  type DetectedViolation,
  type DetectionContext,
  type DetectionRange,
  type ViolationDetector,
} from './violation-detector';

/** Incremental runs look this far before the previous run again, for data that arrives late. */
export const INCREMENTAL_LOOK_BACK_MS = 48 * 3_600_000;

type Store = Pick<ViolationsRepository, 'transaction' | 'storedFor' | 'apply' | 'findState' | 'saveState'>;
type Progress = Pick<DetectionWarehouseRepository, 'progress' | 'activeMonths'>;
type Settings = Pick<ComplianceSettingsRepository, 'find'>;
type TimeZones = Pick<TenantSettingsService, 'timeZone'>;

/**
 * Runs every registered detector for a tenant over a range and reconciles the stored violations with what they
 * found, month by month, each month in one transaction: new keys inserted, known ones refreshed (and un-retracted),
 * stored ones of the range and kinds not found again retracted — never deleted, case columns untouched.
 *
 * Incremental runs cover [min(last run − 48 h, earliest occurred_at among events ingested since the last run), now] (the run's start included);
 * the first run, and the first after a settings change, cover the tenant's whole history. A run that fails (a
 * detector or the store) records the reason and throws; the progress is not advanced, so the next run retries the
 * same range. Runs of one tenant never overlap in this process; replicas are kept apart by the unique key index.
 */
@Injectable()
export class DetectionEngine {
  private readonly logger = new Logger(DetectionEngine.name);
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(
    @Inject(VIOLATION_DETECTORS) private readonly detectors: ViolationDetector[],
    @Inject(ViolationsRepository) private readonly store: Store,
    @Inject(DetectionWarehouseRepository) private readonly warehouse: Progress,
    @Inject(ComplianceSettingsRepository) private readonly settings: Settings,
    @Inject(TenantSettingsService) private readonly timeZones: TimeZones,
    private readonly clock: Clock,
  ) {}

  /** Runs after any run of the same tenant in progress. */
  run(tenantId: string, request: DetectionRequest): Promise<DetectionRunResult> {
    const previous = this.running.get(tenantId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.runNow(tenantId, request));
    this.running.set(tenantId, next);
    const clear = () => {
      if (this.running.get(tenantId) === next) this.running.delete(tenantId);
    };
    next.then(clear, clear);
    return next;
  }

  private async runNow(tenantId: string, request: DetectionRequest): Promise<DetectionRunResult> {
    const startedAt = this.clock.now();
    const state = (await this.store.findState(tenantId)) ?? emptyState(tenantId);
    try {
      const progress = await this.warehouse.progress(tenantId, state.lastIngestedAt);
      const range = this.rangeOf(request, state, progress, await this.earliestOfSources(tenantId), startedAt);
      const result = await this.detect(tenantId, range, startedAt);
      if (request.mode !== 'range') {
        const latest = (await this.store.findState(tenantId)) ?? state;
        await this.store.saveState({
          ...latest,
          lastRunAt: startedAt,
          lastIngestedAt: progress.maxIngestedMs === null ? latest.lastIngestedAt : new Date(progress.maxIngestedMs),
          // A change of the rules saved while this run was under way asks for another full run.
          fullRunRequestedAt:
            latest.fullRunRequestedAt !== null && latest.fullRunRequestedAt > startedAt
              ? latest.fullRunRequestedAt
              : null,
          lastError: null,
          lastErrorAt: null,
        });
      }
      return result;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.error(`compliance detection for tenant ${tenantId} failed: ${reason}`);
      const latest = (await this.store.findState(tenantId).catch(() => null)) ?? state;
      await this.store
        .saveState({ ...latest, lastError: reason.slice(0, 1000), lastErrorAt: this.clock.now() })
        .catch((saveError: unknown) =>
          this.logger.error(
            `could not record the detection failure of tenant ${tenantId}: ${saveError instanceof Error ? saveError.message : String(saveError)}`,
          ),
        );
      throw error;
    }
  }

  private rangeOf(
    request: DetectionRequest,
    state: { lastRunAt: Date | null; lastIngestedAt: Date | null; fullRunRequestedAt: Date | null },
    progress: DetectionProgress,
    earliestOfSources: number | null,
    now: Date,
  ): DetectionRange | null {
    if (request.mode === 'range') return { from: request.from, to: request.to };
    const earliest = Math.min(progress.earliestMs ?? Infinity, earliestOfSources ?? Infinity);
    if (earliest === Infinity) return null;
    // Up to and including the run's start: a catalog item saved in the same millisecond as the run it triggers
    // (or an event stamped then) is judged now, not left to a later run that may never look again.
    const to = new Date(now.getTime() + 1);
    const full = request.mode === 'full' || state.lastRunAt === null || state.fullRunRequestedAt !== null;
    if (full) return { from: startOfUtcMonth(new Date(earliest)), to };
    // Nothing ingested since the last successful run: every detector would find what is stored (they read events
    // only, never the clock), so an idle tenant costs one small query per pass.
    if (progress.maxIngestedMs !== null && state.lastIngestedAt !== null) {
      if (progress.maxIngestedMs <= state.lastIngestedAt.getTime()) return null;
    }
    const lookBack = state.lastRunAt!.getTime() - INCREMENTAL_LOOK_BACK_MS;
    const from = Math.min(lookBack, progress.earliestSinceMs ?? Number.POSITIVE_INFINITY);
    return { from: new Date(from), to };
  }

  private async detect(tenantId: string, range: DetectionRange | null, startedAt: Date): Promise<DetectionRunResult> {
    const result: DetectionRunResult = {
      from: range?.from ?? null,
      to: range?.to ?? startedAt,
      found: 0,
      inserted: 0,
      updated: 0,
      retracted: 0,
      ruleVersions: [],
      startedAt,
      finishedAt: startedAt,
    };
    if (range === null || range.from >= range.to) return { ...result, finishedAt: this.clock.now() };
    const ctx: DetectionContext = {
      tenantId,
      timeZone: await this.timeZones.timeZone(tenantId),
      settings: await this.settings.find(tenantId),
    };
    const versions = new Set<string>();
    // A month without events (nor anything of the other sources) cannot hold a violation: its detectors are not
    // asked, stored ones there are retracted.
    const active = new Set(await this.warehouse.activeMonths(tenantId, range));
    for (const detector of this.detectors) {
      for (const month of (await detector.activeMonths?.(tenantId, range)) ?? []) active.add(month);
    }
    const allClaims = this.detectors.flatMap((detector) => detector.kinds.map((k) => claimOf(k, detector.source)));
    for (const chunk of monthlyChunks(range)) {
      const month = chunk.from.getUTCFullYear() * 100 + chunk.from.getUTCMonth() + 1;
      const { found, claims, failures } = active.has(month)
        ? await this.detectChunk(ctx, chunk)
        : { found: [], claims: allClaims, failures: [] };
      const kinds = [...new Set(claims.map((claim) => claim.split('@')[0]))];
      const now = this.clock.now();
      await this.store.transaction(async (manager) => {
        const stored = await this.store.storedFor(
          manager,
          tenantId,
          chunk,
          kinds,
          found.map((v) => v.key),
        );
        const changes = violationChanges(stored, found, chunk, claims);
        await this.store.apply(manager, tenantId, changes, now);
        result.inserted += changes.inserts.length;
        result.updated += changes.updates.length;
        result.retracted += changes.retractions.length;
      });
      result.found += found.length;
      for (const violation of found) versions.add(violation.ruleVersion);
      // The kinds that did run are stored; the failed ones are retried with the whole range next time.
      if (failures.length) throw new Error(failures.join('; '));
    }
    return { ...result, ruleVersions: [...versions].sort(), finishedAt: this.clock.now() };
  }

  private async detectChunk(ctx: DetectionContext, chunk: DetectionRange) {
    const found = new Map<string, DetectedViolation>();
    const claims: string[] = [];
    const failures: string[] = [];
    for (const detector of this.detectors) {
      try {
        const violations = await detector.detect(ctx, chunk);
        claims.push(...detector.kinds.map((kind) => claimOf(kind, detector.source)));
        for (const violation of violations) found.set(violation.key, violation);
      } catch (error) {
        failures.push(
          `${detector.kinds.join(', ')} detection failed for ${chunk.from.toISOString()}..${chunk.to.toISOString()}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return { found: [...found.values()], claims, failures };
  }

  /** The earliest instant the detectors of other sources than the events may judge (null: none holds anything). */
  private async earliestOfSources(tenantId: string): Promise<number | null> {
    let earliest: number | null = null;
    for (const detector of this.detectors) {
      const ms = (await detector.earliestMs?.(tenantId)) ?? null;
      if (ms !== null && (earliest === null || ms < earliest)) earliest = ms;
    }
    return earliest;
  }
}

import type { MessagingLimit, QUALITY_RATINGS } from '../../events';
import { messagingLimitValue } from './messaging-limit-value';
import { MessagingTierError } from './messaging-tier-error';
import { nextTier, tierBelow } from './next-tier';
import { parseMessagingLimit } from './parse-messaging-limit';
import { projectThresholdDay } from './project-threshold-day';
import { TIER_ERAS, type TierEra, type TierEraId } from './tier-eras';

export type QualityRating = (typeof QUALITY_RATINGS)[number];

/** Why an account is not eligible for the next tier, in this order. */
export type TierBlocker =
  | 'limit_not_set'
  | 'top_tier'
  | 'scaling_path_required'
  | 'flagged'
  | 'not_connected'
  | 'quality_low'
  | 'quality_not_high'
  | 'quality_unknown'
  | 'usage_below_threshold';

export interface TierProgressInput {
  era: TierEra | TierEraId;
  /** A TIER_* name or the platform's integer (see parseMessagingLimit). */
  currentLimit: string | number;
  qualityRating: QualityRating;
  /** CONNECTED, FLAGGED, RESTRICTED, …; the 2025 rule has no number status and ignores it. */
  status: string;
  uniqueRecipients7d: number;
  uniqueRecipients24h: number;
  /** Unique recipients per day, oldest first, the last entry being the day ending at `now`. */
  dailyUniqueRecipients: readonly number[];
  /** When the current FLAGGED status began (ISO); without it a flagged account's downgrade date is unknown. */
  flaggedSince?: string | null;
  now: string;
  /** How far the trend projection looks ahead; 30 days unless told. */
  horizonDays?: number;
}

export interface DowngradeRisk {
  /** The limit after the downgrade; null when already at the bottom of the ladder. */
  to: MessagingLimit | null;
  /** flaggedSince + the era's flagged days; null when flaggedSince is unknown. */
  at: string | null;
  due: boolean;
}

export interface TierProgress {
  era: TierEraId;
  scope: TierEra['scope'];
  limit: MessagingLimit;
  next: MessagingLimit | null;
  /** Unique recipients in the last 7 days the rule needs (2× or half the limit); null where the rule does not apply. */
  threshold: number | null;
  /** Share of the limit used in the moving 24 h. */
  usage24h: number | null;
  /** Share of the threshold reached in the last 7 days, capped at 1. */
  progress7d: number | null;
  eligible: boolean;
  blockers: TierBlocker[];
  /** When the next tier takes effect: now + the era's delay if eligible, else by the daily trend, else null. */
  projectedUpgradeAt: string | null;
  downgradeRisk: DowngradeRisk | null;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const DEFAULT_HORIZON_DAYS = 30;

/** Where an account stands against its era's messaging-limit rule (DOMAIN.md §1, §3 "Tier status"). */
export function tierProgress(input: TierProgressInput): TierProgress {
  const era = typeof input.era === 'string' ? TIER_ERAS[input.era] : input.era;
  if (!era) throw new MessagingTierError('TIER_INPUT_INVALID', `Unknown era: ${JSON.stringify(input.era)}`);
  const limit = parseMessagingLimit(input.currentLimit);
  const now = parseTime(input.now, 'now');
  const flaggedSince = input.flaggedSince == null ? null : parseTime(input.flaggedSince, 'flaggedSince');
  assertCount(input.uniqueRecipients7d, 'uniqueRecipients7d');
  assertCount(input.uniqueRecipients24h, 'uniqueRecipients24h');
  input.dailyUniqueRecipients.forEach((count, i) => assertCount(count, `dailyUniqueRecipients[${i}]`));
  const horizonDays = input.horizonDays ?? DEFAULT_HORIZON_DAYS;
  if (!Number.isInteger(horizonDays) || horizonDays < 1) {
    throw new MessagingTierError('TIER_INPUT_INVALID', `horizonDays must be a positive integer: ${horizonDays}`);
  }

  const value = messagingLimitValue(limit);
  const next = nextTier(era, limit);
  const downgradeRisk = downgradeRiskOf(era, limit, input.status, flaggedSince, now);
  const base = { era: era.id, scope: era.scope, limit, next, downgradeRisk };
  const unlimited = value === Number.POSITIVE_INFINITY;
  if (value === null || unlimited || next === null) {
    const blocker: TierBlocker = value === null ? 'limit_not_set' : 'top_tier';
    return {
      ...base,
      threshold: null,
      usage24h: value === null || unlimited ? null : input.uniqueRecipients24h / value,
      progress7d: null,
      eligible: false,
      blockers: [blocker],
      projectedUpgradeAt: null,
    };
  }

  const usage24h = input.uniqueRecipients24h / value;
  const accountBlockers = accountBlockersOf(era, input.qualityRating, input.status);
  if (value < (messagingLimitValue(era.autoScalingFrom) as number)) {
    return {
      ...base,
      threshold: null,
      usage24h,
      progress7d: null,
      eligible: false,
      blockers: ['scaling_path_required', ...accountBlockers],
      projectedUpgradeAt: null,
    };
  }

  const threshold = Math.ceil(value * era.upgrade.thresholdFactor);
  const reached = input.uniqueRecipients7d >= threshold;
  const blockers: TierBlocker[] = reached ? accountBlockers : [...accountBlockers, 'usage_below_threshold'];
  const delayMs = era.upgrade.effectDelayHours * HOUR_MS;
  let projectedUpgradeAt: string | null = null;
  if (blockers.length === 0) {
    projectedUpgradeAt = new Date(now + delayMs).toISOString();
  } else if (accountBlockers.length === 0) {
    const days = projectThresholdDay({
      dailyUniqueRecipients: input.dailyUniqueRecipients,
      uniqueRecipientsInWindow: input.uniqueRecipients7d,
      threshold,
      windowDays: era.upgrade.windowDays,
      horizonDays,
    });
    if (days !== null) projectedUpgradeAt = new Date(now + days * DAY_MS + delayMs).toISOString();
  }
  return {
    ...base,
    threshold,
    usage24h,
    progress7d: Math.min(1, input.uniqueRecipients7d / threshold),
    eligible: blockers.length === 0,
    blockers,
    projectedUpgradeAt,
  };
}

function accountBlockersOf(era: TierEra, quality: QualityRating, status: string): TierBlocker[] {
  const blockers: TierBlocker[] = [];
  const allowed = era.upgrade.allowedStatuses;
  if (allowed !== null && !allowed.includes(status)) blockers.push(status === 'FLAGGED' ? 'flagged' : 'not_connected');
  const required = era.upgrade.quality;
  if (quality === 'RED') blockers.push('quality_low');
  else if (quality === 'YELLOW' && required === 'high') blockers.push('quality_not_high');
  else if (quality === 'UNKNOWN' && required !== 'not_low') blockers.push('quality_unknown');
  return blockers;
}

function downgradeRiskOf(
  era: TierEra,
  limit: MessagingLimit,
  status: string,
  flaggedSince: number | null,
  now: number,
): DowngradeRisk | null {
  if (era.downgradeAfterFlaggedDays === null || status !== 'FLAGGED') return null;
  const at = flaggedSince === null ? null : flaggedSince + era.downgradeAfterFlaggedDays * DAY_MS;
  return {
    to: tierBelow(era, limit),
    at: at === null ? null : new Date(at).toISOString(),
    due: at !== null && now >= at,
  };
}

function parseTime(value: string, field: string): number {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new MessagingTierError('TIER_INPUT_INVALID', `${field} is not a date: ${value}`);
  return time;
}

function assertCount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new MessagingTierError('TIER_INPUT_INVALID', `${field} must be a non-negative integer: ${value}`);
  }
}

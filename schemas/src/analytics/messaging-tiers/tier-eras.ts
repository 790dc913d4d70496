import type { MessagingLimit } from '../../events';

export type TierEraId = 'legacy' | 'y2023' | 'y2025';

/** The quality an upgrade needs: any rating but RED, GREEN or YELLOW, or GREEN only. */
export type RequiredQuality = 'not_low' | 'medium_or_high' | 'high';

export interface TierEra {
  id: TierEraId;
  /** Who the limit belongs to: each phone number, or the business portfolio shared by its numbers. */
  scope: 'number' | 'portfolio';
  /** Inclusive UTC dates the era is the default for; null = open-ended. */
  defaultFrom: string | null;
  defaultUntil: string | null;
  ladder: readonly MessagingLimit[];
  /** Limits below this one grow only by a scaling path (business verification or a 30-day volume), never automatically. */
  autoScalingFrom: MessagingLimit;
  upgrade: {
    /** Unique business-initiated recipients needed in the window, as a multiple of the current limit. */
    thresholdFactor: number;
    windowDays: number;
    quality: RequiredQuality;
    /** Statuses that allow an upgrade; null = the era has no number status condition. */
    allowedStatuses: readonly string[] | null;
    /** Hours from meeting the rule to the new limit being in force. */
    effectDelayHours: number;
  };
  /** Flagged this many days → one tier down; null = no quality-driven downgrade. */
  downgradeAfterFlaggedDays: number | null;
}

/**
 * The three rule sets of DOMAIN.md §1. Legacy names no effect delay (0 h here); RESTRICTED (the 24-hour limit
 * was reached) is allowed in legacy because the rule only excludes FLAGGED, while 2023 requires CONNECTED as
 * written. 2025 "high-quality sends" is read as a GREEN rating: the caller passes the portfolio's worst rating.
 */
export const TIER_ERAS: Readonly<Record<TierEraId, TierEra>> = {
  legacy: {
    id: 'legacy',
    scope: 'number',
    defaultFrom: null,
    defaultUntil: '2022-12-31',
    ladder: ['TIER_1K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED'],
    autoScalingFrom: 'TIER_1K',
    upgrade: {
      thresholdFactor: 2,
      windowDays: 7,
      quality: 'not_low',
      allowedStatuses: ['CONNECTED', 'RESTRICTED'],
      effectDelayHours: 0,
    },
    downgradeAfterFlaggedDays: 7,
  },
  y2023: {
    id: 'y2023',
    scope: 'number',
    defaultFrom: '2023-01-01',
    defaultUntil: '2025-10-06',
    ladder: ['TIER_250', 'TIER_1K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED'],
    autoScalingFrom: 'TIER_1K',
    upgrade: {
      thresholdFactor: 0.5,
      windowDays: 7,
      quality: 'medium_or_high',
      allowedStatuses: ['CONNECTED'],
      effectDelayHours: 24,
    },
    downgradeAfterFlaggedDays: 7,
  },
  y2025: {
    id: 'y2025',
    scope: 'portfolio',
    defaultFrom: '2025-10-07',
    defaultUntil: null,
    ladder: ['TIER_250', 'TIER_2K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED'],
    autoScalingFrom: 'TIER_2K',
    upgrade: {
      thresholdFactor: 0.5,
      windowDays: 7,
      quality: 'high',
      allowedStatuses: null,
      effectDelayHours: 6,
    },
    downgradeAfterFlaggedDays: null,
  },
};

/**
 * Which messaging-limit rule account health applies: AUTO = the era in force on the date (`defaultEraAt`), or
 * one era for every date (legacy 2× in 7 days, the 2023 half-limit rule, the 2025 per-portfolio rule).
 */
export const TIER_ERA_CHOICES = ['AUTO', 'LEGACY', 'ERA_2023', 'PORTFOLIO_2025'] as const;
export type TierEraChoice = (typeof TIER_ERA_CHOICES)[number];

/** Complaints per 1,000 delivered business-initiated messages can never exceed 1,000 per 1,000 sensibly. */
export const MAX_COMPLAINT_SPIKE_THRESHOLD = 1000;

/** A tenant's monitoring settings as analytics use them (defaults when never saved). */
export interface MonitoringSettingsValue {
  tierEra: TierEraChoice;
  /** Complaints per 1,000; null = judge each day against the trailing mean + 3σ. */
  complaintSpikeThreshold: number | null;
}

export const DEFAULT_MONITORING_SETTINGS: MonitoringSettingsValue = { tierEra: 'AUTO', complaintSpikeThreshold: null };

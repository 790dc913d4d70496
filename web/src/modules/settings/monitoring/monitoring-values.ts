import type { MonitoringSettingsInput, TierEraChoice } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';
import { parseNumber } from '../marketing/marketing-values';

/** The limit-rule choices in the order the form offers them; AUTO follows the era in force on each date. */
export const TIER_ERA_CHOICES: readonly TierEraChoice[] = ['AUTO', 'LEGACY', 'ERA_2023', 'PORTFOLIO_2025'];
/** The highest threshold the API accepts (complaints per 1,000). */
export const MAX_THRESHOLD = 1000;

/** The form's values as typed: the threshold stays a string so a half-typed number is reported, not lost. */
export interface MonitoringValues {
  tierEra: TierEraChoice;
  complaintSpikeThreshold: string;
}

export function toValues(settings: {
  tierEra: TierEraChoice;
  complaintSpikeThreshold?: number | null;
}): MonitoringValues {
  const threshold = settings.complaintSpikeThreshold;
  return {
    tierEra: settings.tierEra,
    complaintSpikeThreshold: threshold === null || threshold === undefined ? '' : String(threshold),
  };
}

/** The API's rule: empty (trailing mean + 3σ) or a rate per 1,000 from 0 to 1,000. */
export function validateMonitoring(values: MonitoringValues): Record<string, MessageKey | undefined> {
  if (values.complaintSpikeThreshold.trim() === '') return {};
  const threshold = parseNumber(values.complaintSpikeThreshold);
  return Number.isFinite(threshold) && threshold >= 0 && threshold <= MAX_THRESHOLD
    ? {}
    : { complaintSpikeThreshold: 'monitoringSettings.validation.threshold' };
}

export function toInput(values: MonitoringValues): MonitoringSettingsInput {
  const text = values.complaintSpikeThreshold.trim();
  return { tierEra: values.tierEra, complaintSpikeThreshold: text === '' ? null : parseNumber(text) };
}

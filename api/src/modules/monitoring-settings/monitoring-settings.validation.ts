import { z } from 'zod';
import { MAX_COMPLAINT_SPIKE_THRESHOLD, TIER_ERA_CHOICES } from './monitoring-settings-value';

const thresholdMessage = `must be a rate per 1,000 from 0 to ${MAX_COMPLAINT_SPIKE_THRESHOLD}`;

export const monitoringSettingsSchema = z.object({
  tierEra: z.enum(TIER_ERA_CHOICES),
  complaintSpikeThreshold: z
    .number()
    .finite(thresholdMessage)
    .min(0, thresholdMessage)
    .max(MAX_COMPLAINT_SPIKE_THRESHOLD, thresholdMessage)
    .nullish()
    .transform((value) => value ?? null),
});

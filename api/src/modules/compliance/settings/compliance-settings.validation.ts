import { z } from 'zod';

const MINUTES_PER_DAY = 24 * 60;
/** Largest content rule overrides document accepted (characters of its JSON). */
export const MAX_CONTENT_RULE_OVERRIDES_CHARS = 200_000;

const minuteOfDay = z
  .number()
  .int('must be a whole minute')
  .min(0, `must be 0 to ${MINUTES_PER_DAY - 1}`)
  .max(MINUTES_PER_DAY - 1, `must be 0 to ${MINUTES_PER_DAY - 1}`);

/** Omitted parts stay as they are; a part given is given whole. */
export const complianceSettingsSchema = z.object({
  frequencyCap: z
    .object({
      enabled: z.boolean(),
      count: z.number().int('must be a whole number').min(1, 'must be 1 to 1000').max(1000, 'must be 1 to 1000'),
      windowHours: z
        .number()
        .int('must be whole hours')
        .min(1, 'must be 1 to 720 hours')
        .max(720, 'must be 1 to 720 hours'),
    })
    .nullish(),
  quietHours: z
    .object({ enabled: z.boolean(), startMinute: minuteOfDay, endMinute: minuteOfDay })
    .refine((q) => !q.enabled || q.startMinute !== q.endMinute, {
      message: 'an enabled quiet window must not start and end at the same minute',
      path: ['endMinute'],
    })
    .nullish(),
  contentRuleOverrides: z
    .record(z.string(), z.unknown())
    .refine(
      (value) => JSON.stringify(value).length <= MAX_CONTENT_RULE_OVERRIDES_CHARS,
      `at most ${MAX_CONTENT_RULE_OVERRIDES_CHARS} characters of JSON`,
    )
    .nullish(),
});

export type ComplianceSettingsData = z.output<typeof complianceSettingsSchema>;

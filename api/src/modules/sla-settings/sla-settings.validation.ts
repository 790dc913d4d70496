import { z } from 'zod';
import { MAX_SLA_MINUTES, SLA_KINDS, TIME_BASES } from './sla-settings-value';

const minutesMessage = `must be 1 to ${MAX_SLA_MINUTES} minutes`;

export const slaTargetsSchema = z
  .array(
    z.object({
      kind: z.enum(SLA_KINDS),
      minutes: z
        .number()
        .int('must be a whole number of minutes')
        .min(1, minutesMessage)
        .max(MAX_SLA_MINUTES, minutesMessage),
      basis: z.enum(TIME_BASES),
    }),
  )
  .superRefine((targets, ctx) => {
    const seen = new Set<string>();
    targets.forEach((target, index) => {
      if (seen.has(target.kind)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `a second ${target.kind} target`, path: [index, 'kind'] });
      }
      seen.add(target.kind);
    });
  });

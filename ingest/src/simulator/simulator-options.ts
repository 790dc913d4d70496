import { z } from 'zod';

/** Generator settings; everything that shapes the output is here so a seed plus options replays exactly. */
export const SimulatorOptionsSchema = z.object({
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  days: z.number().int().min(1).max(3660).default(30),
  startMs: z
    .number()
    .int()
    .default(Date.UTC(2026, 0, 5)),
  /** Target number of emitted lines (events, duplicates included); the stream stops exactly there. */
  events: z.number().int().min(1).default(100_000),
  /** Number of distinct customers; 0 means one per 30 target events (at least 500). */
  contacts: z.number().int().min(0).default(0),
  tenantId: z.string().min(1).max(64).default('demo'),
  duplicateRate: z.number().min(0).max(0.5).default(0.02),
  outOfOrderRate: z.number().min(0).max(1).default(0.05),
  /** One journey in this many plants a violation (kinds in rotation). */
  violationEvery: z.number().int().min(2).default(25),
  frequencyCapMax: z.number().int().min(1).default(2),
});

export type SimulatorOptions = z.output<typeof SimulatorOptionsSchema>;
export type SimulatorInput = z.input<typeof SimulatorOptionsSchema>;

export function resolveOptions(input: SimulatorInput = {}): SimulatorOptions {
  const options = SimulatorOptionsSchema.parse(input);
  if (options.contacts === 0) options.contacts = Math.max(500, Math.round(options.events / 30));
  return options;
}

import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DemoSeedError } from './demo-seed-error';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const ArgsSchema = z.object({
  url: z.string().url(),
  email: z.string().email(),
  password: z.string().min(1, 'give --password or set CHECKMARK_ADMIN_PASSWORD'),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  days: z.coerce.number().int().min(1).max(366).default(90),
  events: z.coerce.number().int().min(1).default(600_000),
  end: z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date-time')
    .optional(),
  batch: z.coerce.number().int().min(1).max(10_000).default(5000),
  concurrency: z.coerce.number().int().min(1).max(32).default(4),
  progress: z.enum(['auto', 'bar', 'lines', 'off']).default('auto'),
});

export interface SeedDemoArgs {
  url: string;
  email: string;
  password: string;
  seed: number;
  days: number;
  events: number;
  /** The simulated period is [startMs, startMs + days). */
  startMs: number;
  batch: number;
  concurrency: number;
  progress: 'auto' | 'bar' | 'lines' | 'off';
}

export const SEED_DEMO_USAGE = `seed-demo — loads the demo tenant of a running Checkmark server over HTTP

  --url http://localhost:3000   the server (GraphQL at /graphql, events at /v1/events)
  --email E --password P        an ADMIN user (the password may come from CHECKMARK_ADMIN_PASSWORD instead)
  --days 90 --events 600000     length of the simulated period and number of events
  --end ISO                     end of the period (default: now, to the hour); keep it to re-run idempotently
  --progress auto|bar|lines|off  a redrawn bar on a terminal, a line every few seconds in logs (auto)
  --seed 1 --batch 5000 --concurrency 4`;

/** Parses the command line; the password may come from the environment so it never shows in process lists. */
export function parseSeedDemoArgs(
  argv: string[],
  env: Record<string, string | undefined>,
  nowMs: number,
): SeedDemoArgs {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        email: { type: 'string' },
        password: { type: 'string' },
        seed: { type: 'string' },
        days: { type: 'string' },
        events: { type: 'string' },
        end: { type: 'string' },
        batch: { type: 'string' },
        concurrency: { type: 'string' },
        progress: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new DemoSeedError('DEMO_BAD_ARGUMENTS', (error as Error).message);
  }
  const parsed = ArgsSchema.safeParse({ ...values, password: values.password ?? env.CHECKMARK_ADMIN_PASSWORD ?? '' });
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => `${i.path.length ? `--${i.path.join('.')}: ` : ''}${i.message}`)
      .join('; ');
    throw new DemoSeedError('DEMO_BAD_ARGUMENTS', message);
  }
  const { end, ...rest } = parsed.data;
  const endMs = end ? Date.parse(end) : Math.floor(nowMs / HOUR_MS) * HOUR_MS;
  return { ...rest, startMs: endMs - rest.days * DAY_MS };
}

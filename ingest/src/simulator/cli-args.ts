import { parseArgs } from 'node:util';
import { z } from 'zod';
import { SimulatorError } from './simulator-error';

const CliSchema = z
  .object({
    seed: z.coerce
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(1),
    days: z.coerce.number().int().min(1).max(3660).default(30),
    start: z
      .string()
      .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date or date-time')
      .default('2026-01-05T00:00:00Z'),
    events: z.coerce.number().int().min(1).default(100_000),
    contacts: z.coerce.number().int().min(0).default(0),
    tenant: z.string().min(1).max(64).default('demo'),
    format: z.enum(['ndjson', 'whatsapp']).default('ndjson'),
    out: z.string().min(1).optional(),
    truth: z.string().min(1).optional(),
    post: z.string().url().optional(),
    apiKey: z.string().min(1).optional(),
    appSecret: z.string().min(1).optional(),
    kafka: z.string().min(1).optional(),
    topic: z.string().min(1).default('events.v1'),
    batch: z.coerce.number().int().min(1).max(100_000).default(1000),
    concurrency: z.coerce.number().int().min(1).max(64).default(4),
    progress: z.boolean().default(false),
    violationEvery: z.coerce.number().int().min(2).default(25),
  })
  .superRefine((c, ctx) => {
    const targets = [c.out, c.post, c.kafka].filter(Boolean).length;
    if (targets === 0 && !c.truth)
      ctx.addIssue({ code: 'custom', message: 'give at least one of --out, --post, --kafka, --truth' });
    if (c.format === 'whatsapp' && !c.appSecret)
      ctx.addIssue({ code: 'custom', path: ['appSecret'], message: '--format whatsapp needs --app-secret' });
    if (c.format === 'whatsapp' && c.out === '-')
      ctx.addIssue({ code: 'custom', path: ['out'], message: '--format whatsapp writes a directory, not stdout' });
    if (c.post && c.format === 'ndjson' && !c.apiKey)
      ctx.addIssue({ code: 'custom', path: ['apiKey'], message: '--post with ndjson needs --api-key' });
    if (c.kafka && c.format === 'whatsapp')
      ctx.addIssue({
        code: 'custom',
        path: ['kafka'],
        message: '--kafka produces canonical events; use --format ndjson',
      });
  });

export type CliConfig = z.output<typeof CliSchema>;

export const USAGE = `checkmark-simulate — deterministic multi-channel messaging traffic

  --seed N --days D --start ISO --events N --contacts N --tenant ID
  --format ndjson|whatsapp   --out FILE|-  (whatsapp: --out DIR, needs --app-secret)
  --post URL [--api-key K]   posts NDJSON to /v1/events, or signed webhooks to /webhooks/whatsapp
  --kafka BROKERS [--topic events.v1]
  --truth FILE               ground truth of what was planted
  --batch N --concurrency N --violation-every N --progress`;

/** Parses and validates command-line arguments; bad input raises SIMULATOR_BAD_ARGUMENTS. */
export function parseCliArgs(argv: string[]): CliConfig {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        seed: { type: 'string' },
        days: { type: 'string' },
        start: { type: 'string' },
        events: { type: 'string' },
        contacts: { type: 'string' },
        tenant: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        truth: { type: 'string' },
        post: { type: 'string' },
        'api-key': { type: 'string' },
        'app-secret': { type: 'string' },
        kafka: { type: 'string' },
        topic: { type: 'string' },
        batch: { type: 'string' },
        concurrency: { type: 'string' },
        progress: { type: 'boolean' },
        'violation-every': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new SimulatorError('SIMULATOR_BAD_ARGUMENTS', (error as Error).message);
  }
  const { 'api-key': apiKey, 'app-secret': appSecret, 'violation-every': violationEvery, ...rest } = values;
  const parsed = CliSchema.safeParse({ ...rest, apiKey, appSecret, violationEvery });
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => `${i.path.length ? `--${i.path.join('.')}: ` : ''}${i.message}`)
      .join('; ');
    throw new SimulatorError('SIMULATOR_BAD_ARGUMENTS', message);
  }
  return parsed.data;
}

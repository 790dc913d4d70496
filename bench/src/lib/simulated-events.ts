import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CanonicalEvent } from '@checkmark/schemas';
import type { EventSink } from '@checkmark/schemas/warehouse';

export interface SimulatedLoadOptions {
  events: number;
  days: number;
  seed: number;
  tenant: string;
  /** Rows per insert (the ingester's batches are of this order). */
  batchRows?: number;
  onProgress?: (rows: number) => void;
}

export interface SimulatedLoad {
  rows: number;
  /** Time spent inside insertEvents only (engine + views), not generating or parsing. */
  insertMs: number;
  wallMs: number;
}

const root = join(__dirname, '../../..');

/**
 * Streams the simulator's canonical NDJSON (`ingest/dist/simulator/cli.js --out -`, run as a child process so it
 * generates on the other core) into the warehouse through the EventSink, as the embedded ingester does.
 * Needs `npx tsc -b tsconfig.build.json && node tools/copy-sql.mjs` first.
 */
export async function loadSimulatedEvents(sink: EventSink, options: SimulatedLoadOptions): Promise<SimulatedLoad> {
  const batchRows = options.batchRows ?? 50_000;
  const args = [
    join(root, 'ingest/dist/simulator/cli.js'),
    ...['--seed', String(options.seed), '--days', String(options.days), '--events', String(options.events)],
    ...['--tenant', options.tenant, '--format', 'ndjson', '--out', '-'],
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = performance.now();
  let insertMs = 0;
  let rows = 0;
  let batch: CanonicalEvent[] = [];
  const flush = async () => {
    const t = performance.now();
    await sink.insertEvents(batch);
    insertMs += performance.now() - t;
    rows += batch.length;
    batch = [];
    options.onProgress?.(rows);
  };
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    if (!line) continue;
    batch.push(JSON.parse(line) as CanonicalEvent);
    if (batch.length >= batchRows) await flush();
  }
  if (batch.length > 0) await flush();
  const code = await exited;
  if (code !== 0) throw new Error(`simulator exited with ${code}`);
  return { rows, insertMs, wallMs: performance.now() - started };
}

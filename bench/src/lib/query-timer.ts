import { readFileSync, writeFileSync } from 'node:fs';
import type { Warehouse } from '@checkmark/schemas/warehouse';
import { summarise } from './stats';

/** One named query of a page, with its `{name:Type}` parameters. */
export interface NamedQuery {
  name: string;
  sql: string;
  params: Record<string, unknown>;
}

export interface QueryTiming {
  name: string;
  rows: number;
  /** First run after the engine's mark, uncompressed and query caches were dropped (the OS page cache stays warm). */
  coldMs: number;
  p50: number;
  p95: number;
  max: number;
  runs: number;
  /** Peak resident memory of this process (engine included) while the query ran, and its growth over the start. */
  peakRss: number;
  peakRssGrowth: number;
}

type ClickHouseClient = Warehouse['client'];

const ENGINE_CACHES = ['SYSTEM DROP MARK CACHE', 'SYSTEM DROP UNCOMPRESSED CACHE', 'SYSTEM DROP QUERY CACHE'];

/** Resident and peak resident memory of this process (bytes), from /proc. */
export function memory(): { rss: number; hwm: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Resets the kernel's peak-RSS mark (VmHWM) to the current RSS, so the next peak belongs to what runs next. */
export function resetPeakRss(): void {
  writeFileSync('/proc/self/clear_refs', '5');
}

async function runOnce(client: ClickHouseClient, query: NamedQuery): Promise<{ ms: number; rows: number }> {
  const t = performance.now();
  const result = await client.query({ query: query.sql, query_params: query.params, format: 'JSONEachRow' });
  const rows = await result.json();
  return { ms: performance.now() - t, rows: rows.length };
}

/**
 * Times a query: one cold run, then `warmRuns` warm runs (results fully read, as the API does); a query whose cold
 * run exceeds `slowMs` gets only `slowRuns` warm runs.
 */
export async function timeQuery(
  client: ClickHouseClient,
  query: NamedQuery,
  warmRuns: number,
  options: { slowMs?: number; slowRuns?: number } = {},
): Promise<QueryTiming> {
  for (const statement of ENGINE_CACHES) await client.command({ query: statement });
  resetPeakRss();
  const before = memory().rss;
  const cold = await runOnce(client, query);
  const runs = options.slowMs !== undefined && cold.ms > options.slowMs ? (options.slowRuns ?? warmRuns) : warmRuns;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await runOnce(client, query)).ms);
  const s = summarise(times);
  const peak = memory().hwm;
  return {
    name: query.name,
    rows: cold.rows,
    coldMs: cold.ms,
    p50: s.p50,
    p95: s.p95,
    max: s.max,
    runs,
    peakRss: peak,
    peakRssGrowth: peak - before,
  };
}

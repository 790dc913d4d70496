import { fmt } from './stats';

/** First-response figures of one agent in one period; `agent` is the agent id events carry. */
export interface AgentFrt {
  agent: string;
  label: string;
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
  meanMs: number | null;
}

const FIELDS = ['count', 'medianMs', 'p90Ms', 'meanMs'] as const;

/**
 * Every difference between two computations of one period's figures, keyed by agent: counts must be equal,
 * durations within 1 ms (both sides are floating point), and an agent on one side only is a difference.
 */
export function frtDifferences(mine: AgentFrt[], theirs: AgentFrt[], names: [string, string]): string[] {
  const out: string[] = [];
  const others = new Map(theirs.map((r) => [r.agent, r]));
  const close = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && Math.abs(a - b) < 1);
  for (const row of mine) {
    const other = others.get(row.agent);
    others.delete(row.agent);
    if (!other) {
      out.push(`${row.label}: ${names[0]} ${row.count} first responses, ${names[1]} none`);
      continue;
    }
    for (const field of FIELDS) {
      if (!close(row[field], other[field]))
        out.push(
          `${row.label} ${field}: ${names[0]} ${fmt(row[field] ?? NaN, 1)}, ${names[1]} ${fmt(other[field] ?? NaN, 1)}`,
        );
    }
  }
  for (const other of others.values())
    out.push(`${other.label}: ${names[1]} ${other.count} first responses, ${names[0]} none`);
  return out;
}

/** A markdown table of both sides' figures per agent, in seconds. */
export function frtSideBySide(mine: AgentFrt[], theirs: AgentFrt[] | undefined, names: [string, string]): string {
  const others = new Map((theirs ?? []).map((r) => [r.agent, r]));
  const s = (v: number | null | undefined) => (v === null || v === undefined ? '—' : fmt(v / 1000, 1));
  const [a, b] = names;
  return [
    `| agent | ${a} n | ${a} median s | ${a} p90 s | ${a} mean s | ${b} n | ${b} median s | ${b} p90 s | ${b} mean s |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...mine.map((r) => {
      const o = others.get(r.agent);
      return `| ${r.label} | ${r.count} | ${s(r.medianMs)} | ${s(r.p90Ms)} | ${s(r.meanMs)} | ${o?.count ?? '—'} | ${s(o?.medianMs)} | ${s(o?.p90Ms)} | ${s(o?.meanMs)} |`;
    }),
  ].join('\n');
}

import type { ViolationKind, ViolationTrendQuery } from '@web/generated/graphql';
import { VIOLATION_KINDS } from './violation-params';

type Point = ViolationTrendQuery['complianceViolationTrend'][number];

/** One bar of the trend: the bucket's first day, its total and the count of every kind (zeros included). */
export type TrendRow = { date: string; total: number } & Record<ViolationKind, number>;

export function trendRows(points: readonly Point[]): TrendRow[] {
  return points.map((point) => {
    const row = { date: point.date, total: point.total } as TrendRow;
    for (const kind of VIOLATION_KINDS) row[kind] = 0;
    for (const { kind, count } of point.byKind) row[kind] = count;
    return row;
  });
}

/** The kinds with at least one violation in the period, in the fixed kind order (so colours stay put). */
export function kindsPresent(rows: readonly TrendRow[]): ViolationKind[] {
  return VIOLATION_KINDS.filter((kind) => rows.some((row) => row[kind] > 0));
}

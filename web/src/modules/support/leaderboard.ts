import type { SlaKind } from '@web/generated/graphql';

/** Fewest first responses behind an agent's median for the agent to be ranked slowest. */
export const MIN_RANKED_RESPONSES = 5;
/** Attainment below which an agent is marked as missing a target (the usual helpdesk goal of 90 %). */
export const SLA_GOAL = 0.9;

interface Ranked {
  firstResponse: { count: number; medianMs?: number | null };
}

/**
 * The agent with the highest median first response time among agents with at least `minSample` first responses.
 * Null unless two agents qualify: the slowest of one says nothing. Ties go to the larger sample, then the earlier row.
 */
export function slowestAgent<Row extends Ranked>(
  rows: readonly Row[],
  minSample: number = MIN_RANKED_RESPONSES,
): Row | null {
  const eligible = rows.filter(
    (r) =>
      r.firstResponse.medianMs !== null && r.firstResponse.medianMs !== undefined && r.firstResponse.count >= minSample,
  );
  if (eligible.length < 2) return null;
  return eligible.reduce((worst, row) => {
    const difference = row.firstResponse.medianMs! - worst.firstResponse.medianMs!;
    return difference > 0 || (difference === 0 && row.firstResponse.count > worst.firstResponse.count) ? row : worst;
  });
}

interface WithSla {
  sla: ReadonlyArray<{ kind: SlaKind; attainment?: number | null }>;
}

/** The targets a row misses: attainment measured and below the goal. */
export function missedTargets(row: WithSla, goal: number = SLA_GOAL): SlaKind[] {
  return row.sla
    .filter((s) => s.attainment !== null && s.attainment !== undefined && s.attainment < goal)
    .map((s) => s.kind);
}

/** The lowest attainment of a row over its targets (for sorting the leaderboard by SLA); null when none measured. */
export function worstAttainment(row: WithSla): number | null {
  const known = row.sla.flatMap((s) => (s.attainment === null || s.attainment === undefined ? [] : [s.attainment]));
  return known.length ? Math.min(...known) : null;
}

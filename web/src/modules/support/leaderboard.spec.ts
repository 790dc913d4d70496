import { missedTargets, slowestAgent, worstAttainment } from './leaderboard';

const agent = (key: string, count: number, medianMs: number | null) => ({ key, firstResponse: { count, medianMs } });

describe('slowestAgent', () => {
  it('picks the highest median among agents with enough first responses', () => {
    const rows = [agent('fast', 40, 60_000), agent('slow', 12, 900_000), agent('slowest-but-few', 3, 5_000_000)];
    expect(slowestAgent(rows)?.key).toBe('slow');
  });

  it('names nobody unless two agents can be compared', () => {
    expect(slowestAgent([agent('a', 50, 1000), agent('b', 4, 2000)])).toBeNull();
    expect(slowestAgent([agent('a', 50, 1000), agent('b', 50, null)])).toBeNull();
    expect(slowestAgent([])).toBeNull();
  });

  it('breaks ties by the larger sample, then the earlier row', () => {
    expect(slowestAgent([agent('a', 10, 5000), agent('b', 30, 5000), agent('c', 20, 1000)])?.key).toBe('b');
    expect(slowestAgent([agent('a', 10, 5000), agent('b', 10, 5000)])?.key).toBe('a');
  });

  it('honours another minimum sample', () => {
    expect(slowestAgent([agent('a', 2, 5000), agent('b', 2, 7000)], 2)?.key).toBe('b');
  });
});

describe('SLA marks', () => {
  const row = {
    sla: [
      { kind: 'FIRST_RESPONSE' as const, attainment: 0.95 },
      { kind: 'NEXT_REPLY' as const, attainment: 0.899 },
      { kind: 'RESOLUTION' as const, attainment: null },
    ],
  };

  it('lists the targets attained below 90 %, never the unmeasured ones', () => {
    expect(missedTargets(row)).toEqual(['NEXT_REPLY']);
    expect(missedTargets({ sla: [{ kind: 'FIRST_RESPONSE', attainment: 0.9 }] })).toEqual([]);
    expect(missedTargets(row, 0.96)).toEqual(['FIRST_RESPONSE', 'NEXT_REPLY']);
    expect(missedTargets({ sla: [] })).toEqual([]);
  });

  it('sorts by the worst measured attainment', () => {
    expect(worstAttainment(row)).toBe(0.899);
    expect(worstAttainment({ sla: [{ kind: 'RESOLUTION', attainment: null }] })).toBeNull();
  });
});

import { frtDifferences, frtSideBySide, type AgentFrt } from './frt-comparison';

const anna: AgentFrt = {
  agent: 'agent_anna',
  label: 'Anna',
  count: 3,
  medianMs: 60_000,
  p90Ms: 90_000,
  meanMs: 70_000,
};
const tom: AgentFrt = { agent: 'agent_tom', label: 'Tom', count: 1, medianMs: 5_000, p90Ms: 5_000, meanMs: 5_000 };
const names: [string, string] = ['PostgreSQL', 'Checkmark'];

describe('first-response cross-check', () => {
  it('finds nothing when both sides agree within 1 ms, whatever the order', () => {
    expect(frtDifferences([anna, tom], [tom, { ...anna, meanMs: 70_000.4 }], names)).toEqual([]);
  });

  it('reports a count, a duration 1 ms off, a null against a number and agents on one side only', () => {
    const differences = frtDifferences(
      [anna, tom],
      [
        { ...anna, count: 4, p90Ms: 90_001, medianMs: null },
        { ...tom, agent: 'agent_eva', label: 'Eva' },
      ],
      names,
    );
    expect(differences).toEqual([
      'Anna count: PostgreSQL 3.0, Checkmark 4.0',
      'Anna medianMs: PostgreSQL 60,000.0, Checkmark n/a',
      'Anna p90Ms: PostgreSQL 90,000.0, Checkmark 90,001.0',
      'Tom: PostgreSQL 1 first responses, Checkmark none',
      'Eva: Checkmark 1 first responses, PostgreSQL none',
    ]);
  });

  it('prints both sides per agent in seconds, a dash where one side has no row', () => {
    const table = frtSideBySide([anna, tom], [anna], names).split('\n');
    expect(table[2]).toBe('| Anna | 3 | 60.0 | 90.0 | 70.0 | 3 | 60.0 | 90.0 | 70.0 |');
    expect(table[3]).toBe('| Tom | 1 | 5.0 | 5.0 | 5.0 | — | — | — | — |');
  });
});

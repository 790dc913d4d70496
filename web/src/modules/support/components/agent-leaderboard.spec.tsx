/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { SupportGroupFieldsFragment } from '@web/generated/graphql';
import { I18nProvider } from '@web/i18n/i18n-context';
import { AgentLeaderboard } from './agent-leaderboard';

const stats = (count: number, medianMs: number | null) => ({ count, medianMs, p90Ms: medianMs, meanMs: medianMs });
const agent = (key: string, label: string, responses: number, medianMs: number, attainment: number) => ({
  key,
  label,
  conversations: responses,
  handled: responses,
  agentMessages: responses * 3,
  resolved: responses,
  reopened: 0,
  botHandoffs: 0,
  firstResponse: stats(responses, medianMs),
  reply: stats(responses, medianMs),
  resolution: stats(responses, null),
  sla: [
    {
      kind: 'FIRST_RESPONSE' as const,
      targetMs: 600_000,
      basis: 'BUSINESS' as const,
      measured: responses,
      within: Math.round(responses * attainment),
      attainment,
    },
  ],
});

// Cleo answers slowest but too rarely to be ranked; Bob is the slowest ranked agent; Ann and Bob both miss the SLA.
const rows: SupportGroupFieldsFragment[] = [
  agent('a1', 'Ann', 40, 120_000, 0.85),
  agent('a2', 'Bob', 20, 900_000, 0.5),
  agent('a3', 'Cleo', 4, 5_000_000, 1),
  agent('a4', 'Dan', 30, 60_000, 0.95),
  // Conversations nobody answered: slowest and worst attainment of all, yet no agent to mark.
  agent('', '', 50, 9_000_000, 0.1),
];

const renderBoard = (onBreach = jest.fn()) => {
  render(
    <I18nProvider initialLocale="en">
      <AgentLeaderboard
        rows={rows}
        targets={['FIRST_RESPONSE']}
        fetching={false}
        error={undefined}
        onRetry={jest.fn()}
        onBreach={onBreach}
      />
    </I18nProvider>,
  );
  const table = screen.getByRole('table', { name: 'Agents' });
  const rowOf = (name: string) =>
    within(table)
      .getAllByRole('row')
      .find((r) => r.querySelector('td')?.textContent?.startsWith(name))!;
  return { table, rowOf, onBreach };
};

describe('AgentLeaderboard', () => {
  it('marks the slowest ranked agent and the agents below the SLA goal', () => {
    const { rowOf } = renderBoard();
    expect(screen.getByTestId('slowest-agent').textContent).toBe(
      'Bob is slowest: median first response 15 mins (n = 20).',
    );
    expect(screen.getByTestId('missing-sla').textContent).toBe('Below 90% SLA attainment: Ann, Bob.');
    expect(within(rowOf('Bob')).queryByText('Slowest')).not.toBeNull();
    expect(within(rowOf('Cleo')).queryByText('Slowest')).toBeNull();
    expect(within(rowOf('Ann')).queryByText('Misses SLA')).not.toBeNull();
    expect(within(rowOf('Dan')).queryByText('Misses SLA')).toBeNull();
    expect(rowOf('Bob').className).toBe('row-warning');
    expect(rowOf('Dan').className).toBe('');
    expect(rowOf('(none)').className).toBe('');
    expect(within(rowOf('(none)')).queryByText('Misses SLA')).toBeNull();
  });

  it('lists the fastest first and sorts by a column on request', () => {
    const { table } = renderBoard();
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelector('td')?.textContent?.replace(/(Slowest|Misses SLA)/g, ''));
    expect(names()).toEqual(['Dan', 'Ann', 'Bob', 'Cleo', '(none)']);
    fireEvent.click(within(table).getByRole('button', { name: /^Conversations handled/ }));
    expect(names()).toEqual(['(none)', 'Ann', 'Dan', 'Bob', 'Cleo']);
  });

  it("opens an agent's breaching conversations from the attainment", () => {
    const { onBreach } = renderBoard();
    fireEvent.click(
      screen.getByRole('button', { name: "List Bob's conversations that missed the first response target" }),
    );
    expect(onBreach).toHaveBeenCalledWith('FIRST_RESPONSE', 'a2');
    // Cleo attained every target: nothing to list.
    expect(screen.queryByRole('button', { name: /List Cleo's/ })).toBeNull();
  });
});

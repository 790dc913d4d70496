/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { Provider, type Client, type Operation, type OperationResult } from 'urql';
import { makeSubject, type Subject } from 'wonka';
import type {
  ComplaintBreakdownQuery as Data,
  ComplaintBreakdownQueryVariables as Vars,
  ComplaintDimension,
} from '@web/generated/graphql';
import { ComplaintBreakdownQuery } from '@web/modules/complaints/graphql/complaints.query';
import { useQueryFor } from './use-query-for';

/** A client whose answers the test sends, one subject per operation asked. */
function controlledClient() {
  const asked: Array<{ operation: Operation; subject: Subject<OperationResult> }> = [];
  const client = {
    executeQuery: (operation: Operation) => {
      const subject = makeSubject<OperationResult>();
      asked.push({ operation, subject });
      return subject.source;
    },
  } as unknown as Client;
  const answer = (by: ComplaintDimension, from: string, keys: string[]) => {
    const call = [...asked].reverse().find((a) => {
      const variables = a.operation.variables as Vars;
      return variables.by === by && variables.filter.from === from;
    });
    if (!call) throw new Error(`nothing asked for ${by} ${from}`);
    const data: Data = {
      complaintBreakdown: keys.map((key) => ({ key, complaints: 1, delivered: 10, rate: 100 })),
    };
    act(() => call.subject.next({ operation: call.operation, data, stale: false, hasNext: false }));
  };
  return { client, answer };
}

function Rows({ by, from }: { by: ComplaintDimension; from: string }) {
  const variables: Vars = { by, filter: { from, to: '2026-03-31' } };
  const [result] = useQueryFor<Data, Vars>({ query: ComplaintBreakdownQuery, variables }, ['by']);
  return (
    <p data-testid="rows" aria-busy={result.fetching}>
      {result.data ? result.data.complaintBreakdown.map((r) => r.key).join(',') : 'loading'}
    </p>
  );
}

describe('useQueryFor', () => {
  it('never shows the rows of another breakdown while the new one loads, but keeps them across a period change', () => {
    const { client, answer } = controlledClient();
    const view = (by: ComplaintDimension, from: string) => (
      <Provider value={client}>
        <Rows by={by} from={from} />
      </Provider>
    );
    const { rerender } = render(view('TEMPLATE', '2026-03-01'));
    const rows = () => screen.getByTestId('rows');
    expect(rows().textContent).toBe('loading');
    answer('TEMPLATE', '2026-03-01', ['t1', 't2']);
    expect(rows().textContent).toBe('t1,t2');
    expect(rows().getAttribute('aria-busy')).toBe('false');

    rerender(view('CAMPAIGN', '2026-03-01'));
    expect(rows().textContent).toBe('loading');
    expect(rows().getAttribute('aria-busy')).toBe('true');
    answer('CAMPAIGN', '2026-03-01', ['c1']);
    expect(rows().textContent).toBe('c1');

    // Another period, same breakdown: the campaign rows stay (busy) until the new answer.
    rerender(view('CAMPAIGN', '2026-02-01'));
    expect(rows().textContent).toBe('c1');
    expect(rows().getAttribute('aria-busy')).toBe('true');
    answer('CAMPAIGN', '2026-02-01', ['c1', 'c2']);
    expect(rows().textContent).toBe('c1,c2');
    expect(rows().getAttribute('aria-busy')).toBe('false');
  });
});

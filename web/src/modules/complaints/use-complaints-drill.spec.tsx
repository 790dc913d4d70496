/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { act, render, screen } from '@testing-library/react';

// React Router needs TextEncoder, which jsdom lacks; both modules load once it is there.
let router: typeof import('react-router-dom');
let hookModule: typeof import('./use-complaints-drill');
beforeAll(async () => {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  router = await import('react-router-dom');
  hookModule = await import('./use-complaints-drill');
});

let handle: ReturnType<typeof import('./use-complaints-drill').useComplaintsDrill>;
let navigate: (delta: number) => void;
function Probe() {
  handle = hookModule.useComplaintsDrill();
  const go = router.useNavigate();
  navigate = (delta) => void go(delta);
  const location = router.useLocation();
  return (
    <>
      <output data-testid="events">{JSON.stringify(handle.events)}</output>
      <output data-testid="messages">{JSON.stringify(handle.messages)}</output>
      <output data-testid="search">{location.search}</output>
    </>
  );
}

const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const param = (name: string) => new URLSearchParams(text('search')).get(name);

describe('useComplaintsDrill', () => {
  it('keeps one list open at a time in the URL, other parameters kept, Back reopening the previous one', async () => {
    render(
      <router.MemoryRouter initialEntries={['/complaints?from=2026-03-01&by=campaign&events=date:2026-03-09']}>
        <Probe />
      </router.MemoryRouter>,
    );
    expect(text('events')).toBe('{"date":"2026-03-09"}');
    expect(text('messages')).toBe('null');

    // A breakdown row's messages replace the day's complaints in one URL change.
    act(() => handle.openMessages({ complaintDimension: 'CAMPAIGN', key: 'spring', status: 'complained' }));
    await act(() => Promise.resolve());
    expect(param('events')).toBeNull();
    expect(param('drill')).toBe('complaint-campaign:spring;status:complained');
    expect(text('messages')).toBe('{"complaintDimension":"CAMPAIGN","key":"spring","status":"complained"}');
    expect(text('events')).toBe('null');
    expect([param('from'), param('by')]).toEqual(['2026-03-01', 'campaign']);

    act(() => handle.openEvents({ kind: 'REPORT_SPAM' }));
    await act(() => Promise.resolve());
    expect(param('drill')).toBeNull();
    expect(param('events')).toBe('kind:report_spam');
    expect(text('events')).toBe('{"kind":"REPORT_SPAM"}');

    act(() => navigate(-1));
    expect(text('messages')).toBe('{"complaintDimension":"CAMPAIGN","key":"spring","status":"complained"}');
    expect(text('events')).toBe('null');

    act(() => handle.close());
    await act(() => Promise.resolve());
    expect([param('drill'), param('events'), param('from')]).toEqual([null, null, '2026-03-01']);
  });
});

/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { act, render, screen } from '@testing-library/react';

// React Router needs TextEncoder, which jsdom lacks; both modules load once it is there.
let router: typeof import('react-router-dom');
let drillModule: typeof import('./use-drill');
beforeAll(async () => {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  router = await import('react-router-dom');
  drillModule = await import('./use-drill');
});

let handle: ReturnType<typeof import('./use-drill').useDrill>;
let navigate: (delta: number) => void;
function Probe() {
  handle = drillModule.useDrill();
  const go = router.useNavigate();
  navigate = (delta) => void go(delta);
  const location = router.useLocation();
  return (
    <>
      <output data-testid="drill">{JSON.stringify(handle.drill)}</output>
      <output data-testid="search">{location.search}</output>
    </>
  );
}

const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const param = (name: string) => new URLSearchParams(text('search')).get(name);

describe('useDrill', () => {
  it('opens from the URL, writes new drill-downs to it and follows Back and Forward', async () => {
    render(
      <router.MemoryRouter initialEntries={['/engagement?from=2026-03-01&drill=bucket:min_1_to_5']}>
        <Probe />
      </router.MemoryRouter>,
    );
    expect(text('drill')).toBe('{"bucket":"MIN_1_TO_5"}');

    act(() => handle.open({ dimension: 'CHANNEL', key: 'whatsapp', status: 'read' }));
    // The list opens with the click, and the URL follows.
    expect(text('drill')).toBe('{"dimension":"CHANNEL","key":"whatsapp","status":"read"}');
    await act(() => Promise.resolve());
    expect(param('drill')).toBe('channel:whatsapp;status:read');
    expect(param('from')).toBe('2026-03-01');

    act(() => navigate(-1));
    expect(text('drill')).toBe('{"bucket":"MIN_1_TO_5"}');
    act(() => navigate(1));
    expect(text('drill')).toBe('{"dimension":"CHANNEL","key":"whatsapp","status":"read"}');

    act(() => handle.close());
    expect(text('drill')).toBe('null');
    await act(() => Promise.resolve());
    expect(param('drill')).toBeNull();
    expect(param('from')).toBe('2026-03-01');
  });
});

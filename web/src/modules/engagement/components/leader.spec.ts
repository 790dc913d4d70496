import { lowestWithSample } from './leader';

interface Row {
  name: string;
  value: number | null;
  n: number | null;
}
const row = (name: string, value: number | null, n: number | null): Row => ({ name, value, n });
const pick = (rows: Row[], min = 20) =>
  lowestWithSample(
    rows,
    (r) => r.value,
    (r) => r.n,
    min,
  )?.name ?? null;

describe('lowestWithSample', () => {
  it('crowns the lowest value among rows with enough sample, never a tiny one', () => {
    const rows = [row('big-good', 0.9, 500), row('tiny-bad', 0.1, 3), row('mid-poor', 0.4, 40), row('ok', 0.6, 20)];
    expect(pick(rows)).toBe('mid-poor');
  });

  it('never ranks a row whose value is not measurable, and needs two rows to compare', () => {
    expect(pick([row('telegram', null, 900), row('whatsapp', 120, 300)])).toBeNull();
    expect(pick([row('telegram', null, 900), row('whatsapp', 120, 300), row('viber', 95, 25)])).toBe('viber');
    expect(pick([])).toBeNull();
  });

  it('breaks ties by the larger sample', () => {
    expect(pick([row('a', 60, 30), row('b', 60, 90), row('c', 61, 1000)])).toBe('b');
  });

  it('counts the threshold inclusively', () => {
    expect(pick([row('a', 10, 19), row('b', 20, 20), row('c', 30, 20)])).toBe('b');
  });
});

import { nextSort, sortRows } from './sort-rows';

interface Row {
  name: string;
  value: number | null;
  n: number | null;
}
const row = (name: string, value: number | null, n: number | null): Row => ({ name, value, n });
describe('sortRows', () => {
  const rows = [row('a', 0.5, 1), row('b', null, 1), row('c', 0.2, 1), row('d', 0.9, 1), row('e', 0.2, 1)];
  const names = (list: Row[]) => list.map((r) => r.name).join('');

  it('sorts both ways and keeps missing values last either way', () => {
    expect(names(sortRows(rows, (r) => r.value, 'ascending'))).toBe('ceadb');
    expect(names(sortRows(rows, (r) => r.value, 'descending'))).toBe('daceb');
  });

  it('sorts text by the locale', () => {
    expect(names(sortRows([row('b', 1, 1), row('a', 1, 1)], (r) => r.name, 'ascending'))).toBe('ab');
  });

  it('starts a new column in its natural direction and flips on the next press', () => {
    expect(nextSort(null, 'median', 'ascending')).toEqual({ key: 'median', direction: 'ascending' });
    expect(nextSort({ key: 'median', direction: 'ascending' }, 'median', 'ascending')).toEqual({
      key: 'median',
      direction: 'descending',
    });
    expect(nextSort({ key: 'median', direction: 'ascending' }, 'sent', 'descending')).toEqual({
      key: 'sent',
      direction: 'descending',
    });
  });
});

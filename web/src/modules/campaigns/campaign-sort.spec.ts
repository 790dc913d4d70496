import { cheapestKey, DEFAULT_SORT, nextSort, sortRows } from './campaign-sort';
import type { PerformanceRow } from './campaign-types';

const row = (key: string, figures: Partial<PerformanceRow>): PerformanceRow => ({
  key,
  label: key,
  conversations: 0,
  uniqueContacts: 0,
  newOptIns: 0,
  messagesSent: 0,
  replies: 0,
  conversions: 0,
  revenue: 0,
  spend: null,
  costPerConversation: null,
  costPerConversion: null,
  roas: null,
  ...figures,
});

// Costs per conversion: spring 20, flash 12.5, vk 40; organic converts without spend; the widget is free;
// "launch" spent money without a conversion.
const rows = [
  row('spring', { conversations: 30, conversions: 5, spend: 100, costPerConversion: 20, revenue: 400, roas: 4 }),
  row('organic', { conversations: 50, conversions: 9, revenue: 300 }),
  row('launch', { conversations: 8, conversions: 0, spend: 60, costPerConversation: 7.5 }),
  row('flash', { conversations: 10, conversions: 4, spend: 50, costPerConversion: 12.5, revenue: 90, roas: 1.8 }),
  row('widget', { conversations: 12, conversions: 2, spend: 0, costPerConversion: 0, revenue: 40 }),
  row('vk', { conversations: 6, conversions: 1, spend: 40, costPerConversion: 40, revenue: 10, roas: 0.25 }),
  row('quiet', { conversations: 2 }),
];
const keys = (list: PerformanceRow[]) => list.map((r) => r.key);

describe('campaign table order', () => {
  it('puts the cheapest conversions first by default, rows without a cost next, rows without conversions last', () => {
    expect(keys(sortRows(rows, DEFAULT_SORT))).toEqual([
      'widget',
      'flash',
      'spring',
      'vk',
      'organic',
      'launch',
      'quiet',
    ]);
  });

  it('keeps rows without conversions last in either direction of a conversion-based figure', () => {
    expect(keys(sortRows(rows, { key: 'costPerConversion', direction: 'descending' }))).toEqual([
      'vk',
      'spring',
      'flash',
      'widget',
      'organic',
      'launch',
      'quiet',
    ]);
    expect(keys(sortRows(rows, { key: 'roas', direction: 'descending' })).slice(0, 3)).toEqual([
      'spring',
      'flash',
      'vk',
    ]);
  });

  it('sorts counts and money biggest first and names A–Z, ties by conversions', () => {
    expect(keys(sortRows(rows, { key: 'conversations', direction: 'descending' }))).toEqual([
      'organic',
      'spring',
      'widget',
      'flash',
      'launch',
      'vk',
      'quiet',
    ]);
    expect(keys(sortRows(rows, { key: 'label', direction: 'ascending' }))[0]).toBe('flash');
    expect(nextSort(DEFAULT_SORT, 'revenue')).toEqual({ key: 'revenue', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'costPerConversion')).toEqual({ key: 'costPerConversion', direction: 'descending' });
    expect(nextSort({ key: 'label', direction: 'descending' }, 'costPerConversation').direction).toBe('ascending');
  });

  it('does not reorder the rows it was given', () => {
    const before = keys(rows);
    sortRows(rows, DEFAULT_SORT);
    expect(keys(rows)).toEqual(before);
  });
});

describe('cheapest campaign', () => {
  it('is the paid row with the lowest cost per conversion, never a free or organic one', () => {
    expect(cheapestKey(rows)).toBe('flash');
  });

  it('prefers more conversions on a tie and is null when no paid row converts', () => {
    const tie = [
      row('a', { conversions: 2, spend: 20, costPerConversion: 10 }),
      row('b', { conversions: 5, spend: 50, costPerConversion: 10 }),
    ];
    expect(cheapestKey(tie)).toBe('b');
    expect(cheapestKey([rows[1], rows[2], rows[4], rows[6]])).toBeNull();
  });
});

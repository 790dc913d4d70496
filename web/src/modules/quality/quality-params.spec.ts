import { NUMBER_PARAM, selectedAccount, withNumber } from './quality-params';

const a = { businessAccountId: 'a1', accountExternalId: '4930111' };
const b = { businessAccountId: 'b2', accountExternalId: '4930222' };
const unregistered = { businessAccountId: null, accountExternalId: '4930333' };

describe('the open number', () => {
  it('is the number the URL names, when it is listed', () => {
    expect(selectedAccount([a, b], 'b2')).toBe(b);
    expect(selectedAccount([a, b], 'zz')).toBeNull();
  });

  it('is the only number listed when the URL names none', () => {
    expect(selectedAccount([a], null)).toBe(a);
    expect(selectedAccount([a, b], null)).toBeNull();
    expect(selectedAccount([unregistered], null)).toBeNull();
    expect(selectedAccount([], null)).toBeNull();
    expect(selectedAccount([a], '')).toBeNull();
  });

  it('is written next to the filter and removed on close', () => {
    const opened = withNumber(new URLSearchParams('days=7&account=a1'), 'a1');
    expect(opened.get(NUMBER_PARAM)).toBe('a1');
    expect(opened.get('days')).toBe('7');
    const closed = withNumber(opened, null);
    expect(closed.has(NUMBER_PARAM)).toBe(false);
    expect(closed.get('account')).toBe('a1');
    expect(withNumber(closed, '').get(NUMBER_PARAM)).toBe('');
  });
});

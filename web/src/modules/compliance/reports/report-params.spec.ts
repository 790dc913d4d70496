import { parseFilter } from '@web/modules/filters/analytics-filter';
import { attachmentName } from './download-file';
import { reportDownloadUrl, reportInput, scopeIds, trendRows, withScopeIds } from './report-params';

describe('report params', () => {
  it('takes the period from the shared filter and every listed number and campaign, nothing for invalid dates', () => {
    const params = new URLSearchParams(
      'from=2026-10-01&to=2026-10-31&account=a1&account=a2&account=a1&campaign=c1&channel=sms',
    );
    expect(reportInput(parseFilter(params, 'UTC'), params)).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      accountIds: ['a1', 'a2'],
      campaignIds: ['c1'],
    });
    const plain = new URLSearchParams('from=2026-10-01&to=2026-10-31&account=');
    expect(reportInput(parseFilter(plain, 'UTC'), plain)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    const reversed = new URLSearchParams('from=2026-10-31&to=2026-10-01');
    expect(reportInput(parseFilter(reversed, 'UTC'), reversed)).toBeNull();
  });

  it('writes the scope as repeated parameters and keeps the others', () => {
    const params = new URLSearchParams('days=7&account=a1&campaign=c1');
    expect(withScopeIds(params, 'account', ['a2', 'a3']).toString()).toBe('days=7&campaign=c1&account=a2&account=a3');
    expect(withScopeIds(params, 'campaign', []).toString()).toBe('days=7&account=a1');
    expect(scopeIds(new URLSearchParams('campaign=c2&campaign=c1'), 'campaign')).toEqual(['c2', 'c1']);
  });

  it('builds the download addresses the server reads', () => {
    const input = { from: '2026-10-01', to: '2026-10-31', accountIds: ['a1', 'a2'], campaignIds: [] };
    expect(reportDownloadUrl(input, 'pdf', 'uk')).toBe(
      '/v1/compliance/report.pdf?from=2026-10-01&to=2026-10-31&accountIds=a1%2Ca2&lang=uk',
    );
    expect(reportDownloadUrl({ from: '2026-10-01', to: '2026-10-31' }, 'csv', 'uk')).toBe(
      '/v1/compliance/report.csv?from=2026-10-01&to=2026-10-31',
    );
  });

  it('lays the weekly trend out with a column per kind that occurs, in the given order, zeros filled', () => {
    const { kinds, rows } = trendRows(
      [
        {
          date: '2026-10-05',
          total: 3,
          byKind: [
            { kind: 'QUIET_HOURS', count: 1 },
            { kind: 'NO_CONSENT', count: 2 },
          ],
        },
        { date: '2026-10-12', total: 0, byKind: [] },
        {
          date: '2026-10-19',
          total: 1,
          byKind: [
            { kind: 'FREQUENCY_CAP', count: 1 },
            { kind: 'OUTSIDE_WINDOW', count: 0 },
          ],
        },
      ],
      ['NO_CONSENT', 'OUTSIDE_WINDOW', 'FREQUENCY_CAP', 'QUIET_HOURS'],
    );
    expect(kinds).toEqual(['NO_CONSENT', 'FREQUENCY_CAP', 'QUIET_HOURS']);
    expect(rows).toEqual([
      { date: '2026-10-05', total: 3, counts: { NO_CONSENT: 2, FREQUENCY_CAP: 0, QUIET_HOURS: 1 } },
      { date: '2026-10-12', total: 0, counts: { NO_CONSENT: 0, FREQUENCY_CAP: 0, QUIET_HOURS: 0 } },
      { date: '2026-10-19', total: 1, counts: { NO_CONSENT: 0, FREQUENCY_CAP: 1, QUIET_HOURS: 0 } },
    ]);
  });

  it("saves a download under the server's file name", () => {
    expect(attachmentName('attachment; filename="compliance-report_2026-10-01_2026-10-31_en.pdf"', 'x.pdf')).toBe(
      'compliance-report_2026-10-01_2026-10-31_en.pdf',
    );
    expect(attachmentName('attachment; filename=ledger.csv', 'x.csv')).toBe('ledger.csv');
    expect(attachmentName(null, 'x.csv')).toBe('x.csv');
  });
});

import { CATALOGS } from '@web/i18n/catalog';
import { createTranslate } from '@web/i18n/translate';
import { toCsv } from '@web/lib/csv';
import { numbersCsvColumns } from './numbers-csv';

const t = createTranslate('en', CATALOGS.en);

describe('numbers CSV', () => {
  it('writes the raw figures behind each row, blockers space-separated and unknowns empty', () => {
    const csv = toCsv(numbersCsvColumns(t), [
      {
        accountExternalId: '4930111',
        businessAccountId: 'a1',
        channel: 'WHATSAPP',
        displayName: 'Shop DE',
        displayPhoneNumber: '+49 30 111',
        era: 'y2023',
        scope: 'phone',
        qualityRating: 'YELLOW',
        status: 'FLAGGED',
        messagingLimit: 'TIER_1K',
        flaggedSince: '2026-03-01T10:00:00.000Z',
        lastChangedAt: '2026-03-01T10:00:00.000Z',
        reached24h: 120,
        reached7d: 400,
        portfolioId: null,
        portfolioReached24h: null,
        portfolioReached7d: null,
        tier: {
          limit: 'TIER_1K',
          next: 'TIER_10K',
          threshold: 500,
          usage24h: 0.12,
          progress7d: 0.8,
          eligible: false,
          blockers: ['flagged', 'usage_below_threshold'],
          projectedUpgradeAt: null,
          downgradeRisk: { to: 'TIER_250', at: '2026-03-08T10:00:00.000Z', due: false },
        },
      },
    ]);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'Number,Name,Phone number,Quality,Status,Flagged since,Messaging limit,Limit rule,"Usage, moving 24 h",' +
        'Customers 24 h,"Next tier, 7 days",Customers 7 days,Portfolio,Portfolio customers 24 h,' +
        'Portfolio customers 7 days,Customers needed in 7 days,Next tier,Eligible,' +
        'Next tier expected at,Blockers,Downgrade at,Last change',
    );
    expect(row).toBe(
      "4930111,Shop DE,'+49 30 111,YELLOW,FLAGGED,2026-03-01T10:00:00.000Z,TIER_1K,y2023,0.12,120,0.8,400,,,,500," +
        'TIER_10K,false,,flagged usage_below_threshold,2026-03-08T10:00:00.000Z,2026-03-01T10:00:00.000Z',
    );
  });
});

import { CATALOGS } from '@web/i18n/catalog';
import { createTranslate } from '@web/i18n/translate';
import { createFormatters } from '@web/lib/format';
import { describeDrill } from './drill-label';

const t = createTranslate('en', CATALOGS.en);
const fmt = createFormatters('en', 'UTC');

describe('describeDrill', () => {
  it('names a drill-down the same way whether it was clicked or reopened from the URL', () => {
    expect(describeDrill({ dimension: 'CHANNEL', key: 'whatsapp' }, t, fmt)).toBe('WhatsApp, business messages');
    expect(describeDrill({ dimension: 'CHANNEL', key: 'sms', date: '2026-03-01' }, t, fmt)).toBe(
      'SMS, sent on 1 Mar 2026',
    );
    expect(describeDrill({ dimension: 'CHANNEL', key: 'viber', status: 'read' }, t, fmt)).toBe('Viber, read');
    expect(describeDrill({ bucket: 'MIN_1_TO_5' }, t, fmt)).toBe('read in 1–5 min');
    expect(describeDrill({ dimension: 'TEMPLATE', key: 'order_ready|pt_BR' }, t, fmt)).toBe(
      'order_ready (pt_BR), business messages',
    );
    expect(describeDrill({ dimension: 'CAMPAIGN', key: '' }, t, fmt)).toBe('None, business messages');
    expect(describeDrill({ dayOfWeek: 1, hour: 9 }, t, fmt)).toMatch(/^sent on Monday at /);
    expect(
      describeDrill({ dimension: 'CHANNEL', key: 'whatsapp', status: 'failed', errorCode: '131049' }, t, fmt),
    ).toBe('WhatsApp, failed, error 131049');
    expect(describeDrill({ dimension: 'CHANNEL', key: 'sms', status: 'failed', errorCode: '' }, t, fmt)).toBe(
      'SMS, failed, no error code',
    );
    expect(
      describeDrill({ dimension: 'TEMPLATE', key: 'promo|en', channel: 'WHATSAPP', accountId: '+4930111' }, t, fmt),
    ).toBe('promo (en), WhatsApp, number +4930111');
    expect(describeDrill({ complaintDimension: 'TEMPLATE', key: 'promo', status: 'complained' }, t, fmt)).toBe(
      'promo, drew a complaint',
    );
    expect(describeDrill({ complaintDimension: 'CAMPAIGN', key: '', status: 'complained' }, t, fmt)).toBe(
      'None, drew a complaint',
    );
  });
});

import type { CanonicalEvent } from '@checkmark/schemas';
import { consentEvent, inbound, reply, template } from './consent-fixtures';

/**
 * A hand-built consent history (WhatsApp number wa_1 unless said otherwise; one contact per case) with the
 * consent kind every message must get. Period 2025-03-10 – 2025-03-11 (UTC).
 *
 * | message      | contact    | what happened                                                          | kind             |
 * |--------------|------------|------------------------------------------------------------------------|------------------|
 * | late         | c_late     | marketing template 10:00:00.000, opt-in at 10:00:01.000               | NO_CONSENT       |
 * | same         | c_same     | opt-in and marketing template in the same millisecond                 | covered          |
 * | reopt1/2     | c_reopt    | opt-in 2024 (old), keyword opt-out 03-10 08:00, templates 09:00, 10:00 | AFTER_OPT_OUT ×2 |
 * | reopt3       | c_reopt    | re-opt-in 03-10 11:00, template 03-11 12:00                            | covered          |
 * | svc_mkt      | c_service  | service-only opt-in, marketing template                               | PURPOSE_MISMATCH |
 * | svc_util     | c_service  | service-only opt-in, utility template                                 | covered          |
 * | all_mkt/util | c_all      | opt-in for 'all', marketing and utility templates                     | covered ×2       |
 * | blk_reply    | c_block    | writes 09:00, blocks 09:30, agent replies 09:40 (inside the window)    | AFTER_OPT_OUT    |
 * | unblk_reply  | c_unblock  | blocks 09:00, writes again 10:00, agent replies 10:05                  | — (not BI)       |
 * | other        | c_other    | opt-in on Telegram only, WhatsApp marketing template                   | NO_CONSENT       |
 * | tg           | c_other    | the Telegram marketing template                                        | covered          |
 * | win_in       | c_window   | writes 03-09 10:00:00.000, free-form reply exactly 24 h later          | — (not BI)       |
 * | win_out      | c_window   | free-form reply 24 h + 1 ms after                                      | NO_CONSENT       |
 * | win_acct     | c_window   | free-form from number wa_2 (window is per number) 03-10 09:00          | NO_CONSENT       |
 * | react        | c_react    | only a reaction 09:00 (opens no window), free-form 09:30               | NO_CONSENT       |
 * | tie          | c_tie      | opt-out id tie:a and opt-in id tie:b in one millisecond: b wins        | covered          |
 * | hon_before   | c_honoured | opt-in, template 11:00, platform stop 12:00, nothing after             | covered          |
 * | svcwd        | c_svcwd    | opt-in 'all', service opt-out 03-05, utility template                 | NO_CONSENT       |
 *
 * Business-initiated: all 14 templates + win_out, win_acct, react = 17; covered 8 (same, reopt3, svc_util, all_mkt,
 * all_util, tg, tie, hon_before). Opt-outs in the period (marketing or block): c_reopt 08:00 (2 messages after, the
 * last 2 h later), c_block 09:30 (1, 600 s), c_unblock 09:00 (0), c_honoured 12:00 (0): 4 opt-outs, 2 honoured, 3
 * messages after, median delay 3,900 s, max 7,200 s.
 */
export const EXPECTED_KINDS: Record<string, string> = {
  late: 'NO_CONSENT',
  same: '',
  reopt1: 'AFTER_OPT_OUT',
  reopt2: 'AFTER_OPT_OUT',
  reopt3: '',
  svc_mkt: 'PURPOSE_MISMATCH',
  svc_util: '',
  all_mkt: '',
  all_util: '',
  blk_reply: 'AFTER_OPT_OUT',
  unblk_reply: '',
  other: 'NO_CONSENT',
  tg: '',
  win_in: '',
  win_out: 'NO_CONSENT',
  win_acct: 'NO_CONSENT',
  react: 'NO_CONSENT',
  tie: '',
  hon_before: '',
  svcwd: 'NO_CONSENT',
};

export function consentScenario(t: string): CanonicalEvent[] {
  const day = '2025-03-10';
  const at = (time: string, date = day) => `${date}T${time}Z`;
  const optIn = (purpose: 'marketing' | 'service' | 'all', method = 'web_form') =>
    ({ action: 'opt_in', purpose, method }) as const;
  const optOut = (purpose: 'marketing' | 'service' | 'all', method: string) =>
    ({ action: 'opt_out', purpose, method }) as const;
  return [
    template(t, 'late', 'c_late', at('10:00:00.000')),
    consentEvent(t, 'ce:late', 'c_late', at('10:00:01.000'), optIn('marketing')),

    consentEvent(t, 'ce:same', 'c_same', at('10:00:00.000'), optIn('marketing')),
    template(t, 'same', 'c_same', at('10:00:00.000')),

    consentEvent(t, 'ce:reopt:in', 'c_reopt', '2024-01-15T09:00:00.000Z', optIn('marketing', 'paper')),
    consentEvent(t, 'ce:reopt:out', 'c_reopt', at('08:00:00.000'), optOut('marketing', 'keyword')),
    template(t, 'reopt1', 'c_reopt', at('09:00:00.000')),
    template(t, 'reopt2', 'c_reopt', at('10:00:00.000')),
    consentEvent(t, 'ce:reopt:again', 'c_reopt', at('11:00:00.000'), optIn('marketing', 'button')),
    template(t, 'reopt3', 'c_reopt', at('12:00:00.000', '2025-03-11')),

    consentEvent(t, 'ce:service', 'c_service', '2025-03-01T10:00:00.000Z', optIn('service', 'checkout')),
    template(t, 'svc_mkt', 'c_service', at('10:00:00.000')),
    template(t, 'svc_util', 'c_service', at('10:05:00.000'), { category: 'UTILITY' }),

    consentEvent(t, 'ce:all', 'c_all', '2025-03-01T10:00:00.000Z', optIn('all', 'chatbot')),
    template(t, 'all_mkt', 'c_all', at('10:00:00.000')),
    template(t, 'all_util', 'c_all', at('10:05:00.000'), { category: 'UTILITY' }),

    consentEvent(t, 'ce:block:in', 'c_block', '2025-03-01T10:00:00.000Z', optIn('all')),
    inbound(t, 'blk:in', 'c_block', at('09:00:00.000')),
    consentEvent(t, 'ce:block', 'c_block', at('09:30:00.000'), optOut('all', 'block')),
    reply(t, 'blk_reply', 'c_block', at('09:40:00.000')),

    consentEvent(t, 'ce:unblock:in', 'c_unblock', '2025-03-01T10:00:00.000Z', optIn('all')),
    consentEvent(t, 'ce:unblock', 'c_unblock', at('09:00:00.000'), optOut('all', 'block')),
    inbound(t, 'unblk:in', 'c_unblock', at('10:00:00.000')),
    reply(t, 'unblk_reply', 'c_unblock', at('10:05:00.000')),

    consentEvent(t, 'ce:other', 'c_other', '2025-03-01T10:00:00.000Z', optIn('marketing'), {
      channel: 'telegram',
      accountId: 'tg_bot',
    }),
    template(t, 'other', 'c_other', at('10:00:00.000')),
    template(t, 'tg', 'c_other', at('10:00:00.000'), { channel: 'telegram', accountId: 'tg_bot' }),

    inbound(t, 'win:in', 'c_window', '2025-03-09T10:00:00.000Z'),
    reply(t, 'win_in', 'c_window', at('10:00:00.000')),
    reply(t, 'win_out', 'c_window', at('10:00:00.001')),
    reply(t, 'win_acct', 'c_window', at('09:00:00.000'), { accountId: 'wa_2' }),

    inbound(t, 'react:in', 'c_react', at('09:00:00.000'), { contentType: 'reaction' }),
    reply(t, 'react', 'c_react', at('09:30:00.000')),

    consentEvent(t, 'tie:a', 'c_tie', '2025-03-05T10:00:00.000Z', optOut('marketing', 'keyword')),
    consentEvent(t, 'tie:b', 'c_tie', '2025-03-05T10:00:00.000Z', optIn('marketing', 'button')),
    template(t, 'tie', 'c_tie', at('10:00:00.000')),

    consentEvent(t, 'ce:hon:in', 'c_honoured', '2025-03-01T10:00:00.000Z', optIn('marketing')),
    template(t, 'hon_before', 'c_honoured', at('11:00:00.000')),
    consentEvent(t, 'ce:hon:stop', 'c_honoured', at('12:00:00.000'), optOut('marketing', 'platform_stop')),

    consentEvent(t, 'ce:svcwd:in', 'c_svcwd', '2025-03-01T10:00:00.000Z', optIn('all')),
    consentEvent(t, 'ce:svcwd:out', 'c_svcwd', '2025-03-05T10:00:00.000Z', optOut('service', 'phone')),
    template(t, 'svcwd', 'c_svcwd', at('10:00:00.000'), { category: 'UTILITY' }),
  ];
}

/**
 * Another tenant's traffic on the same contact and message ids: opt-ins for everyone well before, and a block of
 * c_all. None of it may change the first tenant's results.
 */
export function otherTenantScenario(t: string): CanonicalEvent[] {
  return [
    ...['c_late', 'c_other', 'c_window', 'c_react', 'c_service'].map((contact) =>
      consentEvent(t, `x:${contact}`, contact, '2025-02-01T10:00:00.000Z', {
        action: 'opt_in',
        purpose: 'all',
        method: 'import',
      }),
    ),
    consentEvent(t, 'x:block', 'c_all', '2025-03-02T10:00:00.000Z', {
      action: 'opt_out',
      purpose: 'all',
      method: 'block',
    }),
    template(t, 'x_msg', 'c_all', '2025-03-10T10:00:00.000Z'),
  ];
}

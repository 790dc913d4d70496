import type { CanonicalEvent } from '@checkmark/schemas';
import { whatsappEvent } from '../../../testing/analytics-fixtures';
import { consentEvent, inbound, reply, template } from '../../consent/consent-fixtures';

/** The contact whose id starts with "+" (a spreadsheet would read it as a formula without the guard). */
export const PLUS_CONTACT = '+380501112233';
export const PROHIBITED_TEXT = 'Купите пистолет и патроны без лицензии';
export const CONSENT_WORDING = 'Я согласен получать предложения Аптеки, напишите «СТОП» для отказа';

/**
 * A hand-built fortnight for the compliance report (tenant time zone Europe/Kyiv, UTC+2; period 2026-02-02 –
 * 2026-02-15 = ISO weeks of 02-02 and 02-09). WhatsApp number wa_1 unless said; marketing templates belong to
 * campaign "spring"; sends carry country UA (Kyiv time). Opt-ins before the period are on 02-01 09:00 UTC.
 *
 * | message / event                 | contact    | what happened                                          | violations            |
 * |---------------------------------|------------|--------------------------------------------------------|-----------------------|
 * | edge 02-01 22:30Z (02-02 00:30) | c_edge     | marketing template, no consent, local night            | NO_CONSENT, QUIET_HOURS |
 * | edge2 02-15 22:30Z (02-16 00:30)| c_edge     | the same, but after the period                         | (outside the period)  |
 * | ok_a/b/c 02-03 09/10/11Z        | c_ok       | marketing opt-in 02-01; three templates in 2 h (cap 2) | FREQUENCY_CAP (ok_c)  |
 * | none 02-03 09:10Z               | +380…      | marketing template, no consent                         | NO_CONSENT            |
 * | out 02-04 10:00Z                | c_out      | opt-in 02-01 (with wording), keyword opt-out 08:00     | AFTER_OPT_OUT         |
 * | hon 02-10 08:00Z                | c_hon      | opt-in all, platform stop; nothing after               | —                     |
 * | win_in 02-05 09:00Z             | c_win      | writes 08:00; agent answers at once with weapons offer | PROHIBITED_CONTENT    |
 * | win_out 02-06 09:00Z            | c_win      | free-form 25 h after the last inbound                  | NO_CONSENT, OUTSIDE_WINDOW |
 * | svc 02-11 09:00Z                | c_svc      | service-only opt-in, marketing template                | PURPOSE_MISMATCH      |
 * | ok2x 02-12 09:00Z from wa_2     | c_ok2      | marketing opt-in, template                             | —                     |
 * | alert 02-12 10:00Z on wa_2      |            | account.policy_alert ACCOUNT_VIOLATION                 | PLATFORM_ENFORCEMENT  |
 *
 * Business-initiated 9 (8 templates in the period + win_out), covered 4 (ok_a/b/c, ok2x): 44.4 %; no consent 3,
 * after opt-out 1, purpose mismatch 1. Opt-outs 2 (out: 1 message after, 7,200 s; hon: honoured).
 */
export function reportScenario(t: string): CanonicalEvent[] {
  const wa2 = { accountId: 'wa_2' };
  return asIngested('UA', [
    template(t, 'edge', 'c_edge', '2026-02-01T22:30:00.000Z'),
    template(t, 'edge2', 'c_edge', '2026-02-15T22:30:00.000Z'),
    consentEvent(t, 'ok:in', 'c_ok', '2026-02-01T10:00:00.000Z', {
      action: 'opt_in',
      purpose: 'marketing',
      method: 'web_form',
    }),
    template(t, 'ok_a', 'c_ok', '2026-02-03T09:00:00.000Z'),
    template(t, 'ok_b', 'c_ok', '2026-02-03T10:00:00.000Z'),
    template(t, 'ok_c', 'c_ok', '2026-02-03T11:00:00.000Z'),
    template(t, 'none', PLUS_CONTACT, '2026-02-03T09:10:00.000Z'),
    consentEvent(t, 'out:in', 'c_out', '2026-02-01T09:00:00.000Z', {
      action: 'opt_in',
      purpose: 'marketing',
      method: 'web_form',
      evidence: { text: CONSENT_WORDING, url: 'https://apteka.example/optin', proofRef: 'proof-77', formId: 'f-1' },
    }),
    consentEvent(t, 'out:out', 'c_out', '2026-02-04T08:00:00.000Z', {
      action: 'opt_out',
      purpose: 'marketing',
      method: 'keyword',
    }),
    template(t, 'out', 'c_out', '2026-02-04T10:00:00.000Z'),
    consentEvent(t, 'hon:in', 'c_hon', '2026-02-01T09:00:00.000Z', {
      action: 'opt_in',
      purpose: 'all',
      method: 'web_form',
    }),
    consentEvent(t, 'hon:out', 'c_hon', '2026-02-10T08:00:00.000Z', {
      action: 'opt_out',
      purpose: 'all',
      method: 'platform_stop',
    }),
    inbound(t, 'win', 'c_win', '2026-02-05T08:00:00.000Z'),
    whatsappEvent(t, 'win_in', 'message.sent', '2026-02-05T09:00:00.000Z', {
      contactId: 'c_win',
      messageId: 'm:win_in',
      payload: {
        sender: { kind: 'agent', agentId: 'ag_1' },
        isTemplate: false,
        contentType: 'text',
        text: PROHIBITED_TEXT,
      },
    }),
    reply(t, 'win_out', 'c_win', '2026-02-06T09:00:00.000Z'),
    consentEvent(t, 'svc:in', 'c_svc', '2026-02-01T09:00:00.000Z', {
      action: 'opt_in',
      purpose: 'service',
      method: 'checkout',
    }),
    template(t, 'svc', 'c_svc', '2026-02-11T09:00:00.000Z'),
    consentEvent(t, 'ok2:in', 'c_ok2', '2026-02-01T09:00:00.000Z', {
      action: 'opt_in',
      purpose: 'marketing',
      method: 'web_form',
    }),
    template(t, 'ok2x', 'c_ok2', '2026-02-12T09:00:00.000Z', wa2),
    whatsappEvent(t, 'alert', 'account.policy_alert', '2026-02-12T10:00:00.000Z', {
      ...wa2,
      payload: { kind: 'ACCOUNT_VIOLATION', detail: { type: 'SPAM' } },
    }),
  ]);
}

/** Tenant B: five marketing templates to five contacts without consent (same ids as tenant A's accounts). */
export function otherTenantScenario(t: string): CanonicalEvent[] {
  return asIngested(
    'DE',
    [1, 2, 3, 4, 5].map((n) => template(t, `b${n}`, `b_${n}`, `2026-02-03T09:0${n}:00.000Z`)),
  );
}

/**
 * Sends as the pipeline stores them: with the contact's country (derived from the phone number) and the template
 * category in lower case (the enrich step lowers it; the consent fixtures write Meta's upper case).
 */
function asIngested(country: string, events: CanonicalEvent[]): CanonicalEvent[] {
  return events.map((e) => {
    if (e.type !== 'message.sent') return e;
    const payload = e.payload as { templateCategory?: string };
    return {
      ...e,
      contactCountry: country,
      payload: {
        ...payload,
        ...(payload.templateCategory ? { templateCategory: payload.templateCategory.toLowerCase() } : {}),
      },
    } as CanonicalEvent;
  });
}

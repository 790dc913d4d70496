import { EVENT_TYPES } from '../events/event-types';
import { validateEvent } from '../events/validate';
import { extractTouchpoint } from '../attribution';
import { eventToRow } from './event-to-row';
import { DEFAULT_SCOPE, messageReceived, oneOfEachType } from './testing/event-fixtures';

describe('eventToRow', () => {
  const events = oneOfEachType();
  const byType = new Map(events.map((e) => [e.type, eventToRow(e)]));

  it('fixtures cover every canonical type and are valid events', () => {
    expect([...byType.keys()].sort()).toEqual([...EVENT_TYPES].sort());
    for (const event of events) expect(validateEvent(event)).toEqual({ ok: true, event });
  });

  it('maps the envelope, keeps the full payload and writes UTC millisecond times', () => {
    const row = byType.get('message.received')!;
    expect(row).toMatchObject({
      id: 'fx:msg:wamid.in1',
      tenant_id: 'tenant_fixture',
      type: 'message.received',
      occurred_at: '2025-03-10 09:00:00.000',
      channel: 'whatsapp',
      account_id: 'phone_100',
      contact_id: 'c_0123456789abcdef',
      conversation_id: 'conv_1',
      message_id: 'wamid.in1',
      source: 'fixture',
      schema_version: 1,
    });
    expect(JSON.parse(row.payload)).toEqual(events[0].payload);
    expect(eventToRow({ ...events[0], occurredAt: '2025-03-10T11:00:00.5+02:00' }).occurred_at).toBe(
      '2025-03-10 09:00:00.500',
    );
  });

  it('promotes the fields views and dashboards filter on', () => {
    expect(byType.get('message.received')).toMatchObject({
      content_type: 'text',
      language: 'en',
      related_message_id: 'wamid.camp1',
      referral_kind: 'ad',
      referral_source_id: 'ad_42',
      referral_ref: 'spring',
      referral_click_id: 'ctwa_abc',
      utm_source: 'facebook',
      utm_medium: 'paid',
      utm_campaign: 'spring',
    });
    expect(byType.get('message.sent')).toMatchObject({
      sender_kind: 'campaign',
      is_template: true,
      template_name: 'spring_offer',
      template_language: 'en_US',
      template_category: 'marketing',
      campaign_id: 'camp_spring',
      content_type: 'template',
      text: 'Spring offer: 20% off',
    });
    expect(byType.get('message.status')).toMatchObject({
      status: 'failed',
      error_code: '131026',
      error_title: 'Message undeliverable',
      pricing_category: 'marketing',
      pricing_type: 'regular',
      pricing_model: 'PMP',
      billable: false,
      campaign_id: 'camp_spring',
    });
    expect(byType.get('conversation.updated')).toMatchObject({
      conversation_action: 'assigned',
      agent_id: 'agent_7',
      team_id: 'team_b',
    });
    expect(byType.get('consent.updated')).toMatchObject({
      consent_action: 'opt_in',
      consent_purpose: 'marketing',
      consent_method: 'web_form',
    });
    expect(byType.get('complaint.recorded')).toMatchObject({
      complaint_kind: 'report_spam',
      reason: 'too many offers',
      related_message_id: 'wamid.out1',
      template_name: 'spring_offer',
    });
    expect(byType.get('survey.answered')).toMatchObject({
      survey_kind: 'nps',
      score: 0,
      agent_id: 'agent_7',
      text: 'Not helpful',
    });
    expect(byType.get('account.quality_changed')).toMatchObject({
      quality_scope: 'phone',
      quality_rating: 'YELLOW',
      status: 'FLAGGED',
      quality_event: 'DOWNGRADE',
      messaging_limit: 'TIER_1K',
      previous_messaging_limit: 'TIER_10K',
      contact_id: '',
    });
    expect(byType.get('template.updated')).toMatchObject({
      template_name: 'spring_offer',
      template_language: 'en_US',
      template_category: 'MARKETING',
      previous_template_category: 'UTILITY',
      status: 'PAUSED',
      quality_rating: 'RED',
      previous_quality_rating: 'YELLOW',
      reason: 'PROMOTIONAL',
    });
    expect(byType.get('account.policy_alert')).toMatchObject({ alert_kind: 'ACCOUNT_VIOLATION' });
    expect(byType.get('conversion.recorded')).toMatchObject({
      conversion_kind: 'purchase',
      order_id: 'order_9',
      conversion_value: 129.99,
      currency: 'EUR',
    });
  });

  it("promotes the contact's country, '' when unknown or the type has no contact", () => {
    const sent = events.find((e) => e.type === 'message.sent')!;
    expect(eventToRow({ ...sent, contactCountry: 'PL' }).contact_country).toBe('PL');
    expect(byType.get('message.sent')!.contact_country).toBe('');
    expect(byType.get('account.policy_alert')!.contact_country).toBe('');
  });

  it('leaves fields of other types empty, with NULL where empty would be a real value', () => {
    const row = byType.get('consent.updated')!;
    expect(row).toMatchObject({
      status: '',
      score: null,
      billable: null,
      conversion_value: null,
      is_template: false,
      text: '',
    });
  });
});

describe('eventToRow touch columns (docs/attribution.md, parsed once at ingest)', () => {
  const AT = '2025-03-10T09:00:00.000Z';
  const on = (channel: typeof DEFAULT_SCOPE.channel) => ({ ...DEFAULT_SCOPE, channel });
  const touchOf = (row: ReturnType<typeof eventToRow>) =>
    Object.fromEntries(
      Object.entries(row).filter(
        ([key, value]) => key.startsWith('touch_') && value !== '' && !(Array.isArray(value) && value.length === 0),
      ),
    );

  it('keeps a Click-to-WhatsApp ad: kind, ad id, click id, and the link’s UTM values', () => {
    const row = eventToRow(
      messageReceived('a1', AT, {
        referral: {
          kind: 'ad',
          sourceId: 'ad_42',
          clickId: 'ctwa_abc',
          sourceUrl: 'https://fb.me/x?utm_source=fb&utm_campaign=Spring',
          utm: { medium: 'paid' },
        },
      }),
    );
    expect(touchOf(row)).toEqual({
      touch_kind: 'ad',
      touch_ad_id: 'ad_42',
      touch_click_id: 'ctwa_abc',
      touch_utm_source: 'fb',
      touch_utm_medium: 'paid',
      touch_utm_campaign: 'Spring',
    });
  });

  it('keeps a Telegram /start payload exactly as sent and the UTM values inside it (base64url)', () => {
    // c3JjPWlnJmNtcD1mbGFzaA = base64url("src=ig&cmp=flash")
    const row = eventToRow(messageReceived('t1', AT, { text: '/start c3JjPWlnJmNtcD1mbGFzaA' }, on('telegram')));
    expect(touchOf(row)).toEqual({
      touch_kind: 'deeplink',
      touch_payload: 'c3JjPWlnJmNtcD1mbGFzaA',
      touch_utm_source: 'ig',
      touch_utm_campaign: 'flash',
    });
  });

  it('keeps a Messenger ref, a Viber context and a VK ref with its ref source', () => {
    const messenger = eventToRow(
      messageReceived('m1', AT, { referral: { kind: 'shortlink', ref: 'summer_ref' } }, on('messenger')),
    );
    expect(touchOf(messenger)).toEqual({ touch_kind: 'shortlink', touch_ref: 'summer_ref' });
    const viber = eventToRow(
      messageReceived('v1', AT, { referral: { kind: 'deeplink', ref: 'ctx_spring' } }, on('viber')),
    );
    expect(touchOf(viber)).toEqual({ touch_kind: 'deeplink', touch_context: 'ctx_spring' });
    const vk = eventToRow(
      messageReceived(
        'k1',
        AT,
        {
          referral: {
            kind: 'deeplink',
            sourceUrl: 'https://vk.me/shop?ref=utm_source=vk;utm_campaign=sale&ref_source=wall',
          },
        },
        on('vk'),
      ),
    );
    expect(touchOf(vk)).toEqual({
      touch_kind: 'deeplink',
      touch_ref: 'utm_source=vk',
      touch_ref_source: 'wall',
      touch_utm_source: 'vk',
      touch_utm_campaign: 'sale',
    });
  });

  it('keeps widget UTM values (all five) and codes found in prefilled text', () => {
    const widget = eventToRow(
      messageReceived(
        'w1',
        AT,
        { referral: { kind: 'widget', utm: { source: 's', medium: 'm', campaign: 'c', term: 't', content: 'x' } } },
        on('webchat'),
      ),
    );
    expect(touchOf(widget)).toMatchObject({
      touch_kind: 'widget',
      touch_utm_source: 's',
      touch_utm_medium: 'm',
      touch_utm_campaign: 'c',
      touch_utm_term: 't',
      touch_utm_content: 'x',
    });
    const prefill = eventToRow(messageReceived('p1', AT, { text: 'Hi! #SPRING24 and [ref:QR-7] C# page#top' }));
    expect(touchOf(prefill)).toEqual({ touch_kind: 'prefill_code', touch_codes: ['SPRING24', 'QR-7'] });
  });

  it('marks a message without a source organic and leaves other types without a touch', () => {
    expect(touchOf(eventToRow(messageReceived('o1', AT, { text: 'Where is my order?' })))).toEqual({
      touch_kind: 'organic',
    });
    expect(touchOf(eventToRow(messageReceived('o2', AT, { text: '/start' }, on('telegram'))))).toEqual({
      touch_kind: 'organic',
    });
    for (const event of oneOfEachType().filter((e) => e.type !== 'message.received')) {
      expect(touchOf(eventToRow(event))).toEqual({});
    }
  });

  it('drops junk values and never throws on them', () => {
    const row = eventToRow(
      messageReceived('j1', AT, {
        text: '#\u0000bad [ref:ok_code]',
        referral: {
          kind: 'ad',
          sourceId: 'x'.repeat(300),
          clickId: 'a\u0007b',
          sourceUrl: 'https://x.test/?ref=%E0%A4%A&utm_source=%ZZ&utm_medium=ok',
        },
      }),
    );
    expect(touchOf(row)).toEqual({ touch_kind: 'ad', touch_utm_medium: 'ok', touch_codes: ['ok_code'] });
  });

  it('the organic shortcut agrees with extractTouchpoint on every kind of plain text', () => {
    const texts = ['hello', '', '  /start abc', '/start abc', 'price 5$', 'a#b', '# x', '[ref:A]', 'QR-STORE-24'];
    for (const channel of ['whatsapp', 'telegram', 'viber'] as const) {
      for (const text of texts) {
        const event = messageReceived('s1', AT, { text }, on(channel));
        const touch = extractTouchpoint(event)!;
        const row = eventToRow(event);
        expect([row.touch_kind, row.touch_payload, row.touch_codes]).toEqual([
          touch.kind,
          touch.startPayload ?? '',
          touch.codes ?? [],
        ]);
      }
    }
  });
});

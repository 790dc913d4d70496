import { EVENT_TYPES } from '../events/event-types';
import { validateEvent } from '../events/validate';
import { eventToRow } from './event-to-row';
import { oneOfEachType } from './testing/event-fixtures';

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

import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { whatsappEvent } from '../../../testing/analytics-fixtures';
import { DEFAULT_COMPLIANCE_SETTINGS } from '../settings/compliance-settings-defaults';
import type { ComplianceSettings } from '../settings/compliance-settings-value';
import { DetectionWarehouseRepository } from './detection-warehouse.repository';
import { ContentDetector } from './content.detector';
import { FrequencyCapDetector } from './frequency-cap.detector';
import { OutsideWindowDetector } from './outside-window.detector';
import { PlatformEnforcementDetector } from './platform-enforcement.detector';
import { QuietHoursDetector } from './quiet-hours.detector';
import type { DetectedViolation, DetectionContext, DetectionRange } from './violation-detector';

const TENANT = 'tenant_detectors';
const OTHER = 'tenant_detectors_other';
const HOUR = 3_600_000;

const iso = (ms: number) => new Date(ms).toISOString();
const T0 = Date.parse('2026-01-12T00:00:00.000Z');

type Options = { contact?: string; channel?: string; account?: string; country?: string; tenant?: string };

function sent(id: string, atMs: number, payload: Record<string, unknown>, o: Options = {}): CanonicalEvent {
  return whatsappEvent(o.tenant ?? TENANT, `sent:${id}`, 'message.sent', iso(atMs), {
    contactId: o.contact ?? 'c_1',
    ...(o.channel ? { channel: o.channel } : {}),
    ...(o.account ? { accountId: o.account } : {}),
    ...(o.country ? { contactCountry: o.country } : {}),
    messageId: id,
    payload: {
      sender: { kind: 'agent', agentId: 'agent_1' },
      isTemplate: false,
      contentType: 'text',
      text: 'Hi',
      ...payload,
    },
  });
}

/** A free-form agent message (service). */
const freeForm = (id: string, atMs: number, o: Options = {}) => sent(id, atMs, {}, o);
/** A marketing template sent by a campaign. */
const marketing = (id: string, atMs: number, o: Options = {}) =>
  sent(
    id,
    atMs,
    {
      sender: { kind: 'campaign' },
      isTemplate: true,
      contentType: 'template',
      templateName: 'promo',
      templateLanguage: 'en',
      templateCategory: 'marketing',
      campaignId: 'camp_1',
    },
    o,
  );

function received(id: string, atMs: number, o: Options = {}, contentType = 'text'): CanonicalEvent {
  return whatsappEvent(TENANT, `in:${id}`, 'message.received', iso(atMs), {
    contactId: o.contact ?? 'c_1',
    ...(o.channel ? { channel: o.channel } : {}),
    ...(o.account ? { accountId: o.account } : {}),
    messageId: id,
    payload: contentType === 'reaction' ? { contentType, emoji: '👍' } : { contentType, text: 'Hello' },
  });
}

function settings(over: Partial<ComplianceSettings> = {}): ComplianceSettings {
  return { ...DEFAULT_COMPLIANCE_SETTINGS, ...over };
}

const ctx = (over: Partial<DetectionContext> = {}): DetectionContext => ({
  tenantId: TENANT,
  timeZone: 'UTC',
  settings: settings(),
  ...over,
});

const byMessage = (found: DetectedViolation[]): Record<string, DetectedViolation> =>
  Object.fromEntries(found.map((v) => [v.messageId ?? v.eventId ?? '', v]));

describe('compliance detectors (chDB, hand-built events)', () => {
  let warehouse: TestWarehouse;
  let repository: DetectionWarehouseRepository;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    repository = new DetectionWarehouseRepository(warehouse);
  });

  afterAll(async () => {
    await dropTestDatabase(warehouse);
  });

  describe('OUTSIDE_WINDOW', () => {
    const range: DetectionRange = { from: new Date(T0), to: new Date(T0 + 30 * 24 * HOUR) };

    beforeAll(async () => {
      await warehouse.sink.insertEvents([
        // c_1 writes at T0: a reply exactly 24 h later is inside the window, 1 ms later is not.
        received('in1', T0 + HOUR),
        freeForm('ow_at_24h', T0 + 25 * HOUR),
        freeForm('ow_after_24h', T0 + 25 * HOUR + 1),
        // Templates never need a window.
        sent('ow_template', T0 + 50 * HOUR, { isTemplate: true, contentType: 'template', templateName: 'ship' }),
        // c_2 never wrote; the send failed with the platform's re-engagement error.
        freeForm('ow_never', T0 + 2 * HOUR, { contact: 'c_2' }),
        whatsappEvent(TENANT, 'st:ow_never', 'message.status', iso(T0 + 2 * HOUR + 500), {
          contactId: 'c_2',
          messageId: 'ow_never',
          payload: { status: 'failed', errorCode: 131047, errorTitle: 'Re-engagement message' },
        }),
        // c_3: a reaction does not open a window; the last real message was 30 h before.
        received('in3', T0 + HOUR, { contact: 'c_3' }),
        received('in3r', T0 + 29 * HOUR, { contact: 'c_3' }, 'reaction'),
        freeForm('ow_reaction', T0 + 31 * HOUR, { contact: 'c_3' }),
        // The window is per account: c_4 wrote to wa_2, not to wa_1.
        received('in4', T0 + HOUR, { contact: 'c_4', account: 'wa_2' }),
        freeForm('ow_other_account', T0 + 2 * HOUR, { contact: 'c_4' }),
        freeForm('ow_same_account', T0 + 2 * HOUR, { contact: 'c_4', account: 'wa_2' }),
        // SMS has no platform window.
        freeForm('ow_sms', T0 + 2 * HOUR, { contact: 'c_5', channel: 'sms' }),
        // Another tenant's identical traffic is not this tenant's.
        freeForm('ow_other_tenant', T0 + 2 * HOUR, { contact: 'c_2', tenant: OTHER }),
      ]);
    });

    it('flags free-form sends more than 24 h after the last customer message, or with none', async () => {
      const found = byMessage(await new OutsideWindowDetector(repository).detect(ctx(), range));
      expect(Object.keys(found).sort()).toEqual(['ow_after_24h', 'ow_never', 'ow_other_account', 'ow_reaction']);
      expect(found.ow_after_24h).toMatchObject({
        key: 'OUTSIDE_WINDOW:ow_after_24h',
        severity: 'medium',
        ruleVersion: 'OUTSIDE_WINDOW@1',
        channel: 'whatsapp',
        accountId: 'wa_1',
        contactId: 'c_1',
        eventId: 'sent:ow_after_24h',
        evidence: { lastInboundAt: iso(T0 + HOUR), hoursSinceLastInbound: 24, errorCode: null },
      });
      expect(found.ow_after_24h.occurredAt).toEqual(new Date(T0 + 25 * HOUR + 1));
      expect(found.ow_never.evidence).toEqual({
        lastInboundAt: null,
        hoursSinceLastInbound: null,
        errorCode: '131047',
      });
      expect(found.ow_reaction.evidence).toMatchObject({ lastInboundAt: iso(T0 + HOUR), hoursSinceLastInbound: 30 });
    });

    it('only reports sends inside the range', async () => {
      const narrow = { from: new Date(T0 + 25 * HOUR + 1), to: new Date(T0 + 31 * HOUR) };
      const found = await new OutsideWindowDetector(repository).detect(ctx(), narrow);
      expect(found.map((v) => v.messageId)).toEqual(['ow_after_24h']);
    });
  });

  describe('FREQUENCY_CAP (default: 2 marketing messages per contact and channel in 24 h)', () => {
    const base = T0 + 100 * 24 * HOUR;
    const range: DetectionRange = { from: new Date(base), to: new Date(base + 10 * 24 * HOUR) };

    beforeAll(async () => {
      await warehouse.sink.insertEvents([
        // f_1: exactly the cap → nothing.
        marketing('fc_equal_1', base, { contact: 'f_1' }),
        marketing('fc_equal_2', base + HOUR, { contact: 'f_1' }),
        // f_2: one above the cap → the third.
        marketing('fc_above_1', base, { contact: 'f_2' }),
        marketing('fc_above_2', base + HOUR, { contact: 'f_2' }),
        marketing('fc_above_3', base + 2 * HOUR, { contact: 'f_2' }),
        // f_3: the window is (t − 24 h, t]: a message exactly 24 h before no longer counts.
        marketing('fc_edge_1', base, { contact: 'f_3' }),
        marketing('fc_edge_2', base + HOUR, { contact: 'f_3' }),
        marketing('fc_edge_3', base + 24 * HOUR, { contact: 'f_3' }),
        marketing('fc_edge_4', base + 24 * HOUR + 30 * 60_000, { contact: 'f_3' }),
        // f_4: service messages and another channel's marketing do not count.
        freeForm('fc_service_1', base, { contact: 'f_4' }),
        freeForm('fc_service_2', base + 1, { contact: 'f_4' }),
        marketing('fc_sms', base + 2, { contact: 'f_4', channel: 'sms' }),
        marketing('fc_mixed_1', base + 3, { contact: 'f_4' }),
        marketing('fc_mixed_2', base + 4, { contact: 'f_4' }),
        // f_5: three in the same millisecond → the last by event id.
        marketing('fc_tie_a', base, { contact: 'f_5' }),
        marketing('fc_tie_b', base, { contact: 'f_5' }),
        marketing('fc_tie_c', base, { contact: 'f_5' }),
        // f_6: uncategorised sends with a campaign id are marketing.
        sent('fc_uncat_1', base, { campaignId: 'camp_2' }, { contact: 'f_6' }),
        sent('fc_uncat_2', base + 1, { campaignId: 'camp_2' }, { contact: 'f_6' }),
        sent('fc_uncat_3', base + 2, { sender: { kind: 'campaign' } }, { contact: 'f_6' }),
      ]);
    });

    it('flags every marketing message beyond the cap in its rolling window, none at the cap', async () => {
      const found = byMessage(await new FrequencyCapDetector(repository).detect(ctx(), range));
      expect(Object.keys(found).sort()).toEqual(['fc_above_3', 'fc_edge_4', 'fc_tie_c', 'fc_uncat_3']);
      expect(found.fc_above_3).toMatchObject({
        severity: 'low',
        ruleVersion: 'FREQUENCY_CAP@1',
        campaignId: 'camp_1',
        templateName: 'promo',
        evidence: { countInWindow: 3, cap: 2, windowHours: 24, windowStart: iso(base + 2 * HOUR - 24 * HOUR) },
      });
      expect(found.fc_edge_4.evidence).toMatchObject({ countInWindow: 3 });
    });

    it('counts messages before the range towards the first ones in it', async () => {
      const found = await new FrequencyCapDetector(repository).detect(ctx(), {
        from: new Date(base + 2 * HOUR),
        to: range.to,
      });
      expect(found.map((v) => v.messageId).sort()).toEqual(['fc_above_3', 'fc_edge_4']);
    });

    it("follows the tenant's cap and carries the settings revision; off finds nothing", async () => {
      const looser = settings({ frequencyCap: { enabled: true, count: 3, windowHours: 24 }, revision: 4 });
      const found = await new FrequencyCapDetector(repository).detect(ctx({ settings: looser }), range);
      expect(found).toEqual([]);
      const stricter = settings({ frequencyCap: { enabled: true, count: 1, windowHours: 1 }, revision: 5 });
      const strict = byMessage(await new FrequencyCapDetector(repository).detect(ctx({ settings: stricter }), range));
      // Within 1 h: f_1's second is exactly 1 h after the first (not in the window), f_2's likewise.
      expect(Object.keys(strict).sort()).toEqual([
        'fc_edge_4',
        'fc_mixed_2',
        'fc_tie_b',
        'fc_tie_c',
        'fc_uncat_2',
        'fc_uncat_3',
      ]);
      expect(strict.fc_tie_b.ruleVersion).toBe('FREQUENCY_CAP@1+s5');
      const off = settings({ frequencyCap: { enabled: false, count: 1, windowHours: 1 } });
      expect(await new FrequencyCapDetector(repository).detect(ctx({ settings: off }), range)).toEqual([]);
    });
  });

  describe("QUIET_HOURS (default 21:00–08:00 on the contact's clock)", () => {
    const day = Date.parse('2026-02-16T00:00:00.000Z');
    const range: DetectionRange = { from: new Date(day), to: new Date(Date.parse('2026-04-01T00:00:00.000Z')) };
    const kyiv = ctx({ timeZone: 'Europe/Kyiv' });

    beforeAll(async () => {
      await warehouse.sink.insertEvents([
        // A US contact (New York, UTC−5 in February) at 10:00 UTC: 05:00 for the contact, 12:00 in Kyiv → flagged.
        marketing('qh_us_night', day + 10 * HOUR, { contact: 'q_1', country: 'US' }),
        // At 20:00 UTC: 15:00 for the contact, 22:00 in Kyiv → not flagged.
        marketing('qh_us_day', day + 20 * HOUR, { contact: 'q_1', country: 'US' }),
        // No country: the tenant's zone. 20:00 UTC = 22:00 Kyiv → flagged; 06:00 UTC = 08:00 Kyiv (end) → clean.
        marketing('qh_tenant_night', day + 20 * HOUR, { contact: 'q_2' }),
        marketing('qh_tenant_end', day + 6 * HOUR, { contact: 'q_2' }),
        marketing('qh_tenant_before_start', day + 19 * HOUR - 1, { contact: 'q_2' }),
        marketing('qh_tenant_start', day + 19 * HOUR, { contact: 'q_2' }),
        // A Ukrainian contact follows Kyiv as well, through its own country.
        marketing('qh_ua_night', day + 23 * HOUR, { contact: 'q_3', country: 'UA' }),
        // Service messages are never quiet-hours violations.
        freeForm('qh_service', day + 23 * HOUR, { contact: 'q_2' }),
        // DST day in Kyiv (29 March 2026, 03:00 → 04:00): 05:30 UTC is 08:30 (clean), 04:30 UTC is 07:30 (quiet).
        marketing('qh_dst_clean', Date.parse('2026-03-29T05:30:00.000Z'), { contact: 'q_4' }),
        marketing('qh_dst_quiet', Date.parse('2026-03-29T04:30:00.000Z'), { contact: 'q_4' }),
      ]);
    });

    it("uses the contact country's zone, else the tenant's, across the midnight wrap and a DST change", async () => {
      const found = byMessage(await new QuietHoursDetector(repository).detect(kyiv, range));
      expect(Object.keys(found).sort()).toEqual([
        'qh_dst_quiet',
        'qh_tenant_night',
        'qh_tenant_start',
        'qh_ua_night',
        'qh_us_night',
      ]);
      expect(found.qh_us_night).toMatchObject({
        severity: 'low',
        ruleVersion: 'QUIET_HOURS@1',
        evidence: {
          localTime: '2026-02-16 05:00',
          timeZone: 'America/New_York',
          timeZoneSource: 'contact_country',
          contactCountry: 'US',
          quietFrom: '21:00',
          quietTo: '08:00',
        },
      });
      expect(found.qh_tenant_night.evidence).toMatchObject({
        localTime: '2026-02-16 22:00',
        timeZone: 'Europe/Kyiv',
        timeZoneSource: 'tenant',
        contactCountry: null,
      });
      expect(found.qh_ua_night.evidence).toMatchObject({ timeZone: 'Europe/Kyiv', timeZoneSource: 'contact_country' });
      expect(found.qh_dst_quiet.evidence).toMatchObject({ localTime: '2026-03-29 07:30' });
    });

    it('a window that does not wrap midnight; a tenant in another zone; revision in the rule version', async () => {
      const lunch = settings({ quietHours: { enabled: true, startMinute: 12 * 60, endMinute: 13 * 60 }, revision: 2 });
      const found = byMessage(
        await new QuietHoursDetector(repository).detect(ctx({ timeZone: 'Europe/Kyiv', settings: lunch }), range),
      );
      // 10:00 UTC is 12:00 in Kyiv but 05:00 for the US contact; only contacts on Kyiv time at 12:00–13:00 count.
      expect(Object.keys(found)).toEqual([]);
      const found2 = byMessage(
        await new QuietHoursDetector(repository).detect(
          ctx({
            timeZone: 'UTC',
            settings: settings({
              quietHours: { enabled: true, startMinute: 19 * 60, endMinute: 20 * 60 },
              revision: 2,
            }),
          }),
          range,
        ),
      );
      // Tenant zone UTC: q_2's 19:00 send is in [19:00, 20:00), its 20:00 one is not; US/UA contacts use their own zone.
      expect(Object.keys(found2).sort()).toEqual(['qh_tenant_start']);
      expect(found2.qh_tenant_start.ruleVersion).toBe('QUIET_HOURS@1+s2');
    });

    it("contacts without a country only: every send judged on the tenant's clock", async () => {
      const july = Date.parse('2026-07-06T00:00:00.000Z');
      await warehouse.sink.insertEvents([
        marketing('qh_july_night', july + 22 * HOUR, { contact: 'q_5' }),
        marketing('qh_july_day', july + 12 * HOUR, { contact: 'q_5' }),
      ]);
      const found = await new QuietHoursDetector(repository).detect(ctx(), {
        from: new Date(july),
        to: new Date(july + 24 * HOUR),
      });
      expect(found.map((v) => [v.messageId, v.evidence.timeZone, v.evidence.timeZoneSource])).toEqual([
        ['qh_july_night', 'UTC', 'tenant'],
      ]);
    });

    it('finds nothing when quiet hours are off', async () => {
      const off = settings({ quietHours: { enabled: false, startMinute: 0, endMinute: 600 } });
      expect(await new QuietHoursDetector(repository).detect(ctx({ settings: off }), range)).toEqual([]);
    });
  });

  describe('PLATFORM_ENFORCEMENT', () => {
    const base = Date.parse('2026-05-04T10:00:00.000Z');
    const range: DetectionRange = { from: new Date(base), to: new Date(base + 24 * HOUR) };
    const event = (id: string, type: string, offset: number, payload: object) =>
      whatsappEvent(TENANT, id, type, iso(base + offset), { payload });

    beforeAll(async () => {
      await warehouse.sink.insertEvents([
        event('pa_violation', 'account.policy_alert', 1, { kind: 'ACCOUNT_VIOLATION', detail: { type: 'SCAM' } }),
        event('pa_disabled', 'account.policy_alert', 2, { kind: 'DISABLED_UPDATE', detail: {} }),
        event('pa_restricted', 'account.policy_alert', 3, { kind: 'RESTRICTED', detail: { until: '2026-05-10' } }),
        event('aq_flagged', 'account.quality_changed', 4, { scope: 'phone', status: 'FLAGGED' }),
        event('aq_restricted', 'account.quality_changed', 5, { scope: 'phone', status: 'RESTRICTED' }),
        event('aq_downgrade', 'account.quality_changed', 6, {
          scope: 'phone',
          event: 'DOWNGRADE',
          messagingLimit: 'TIER_1K',
        }),
        event('aq_flag_event', 'account.quality_changed', 7, {
          scope: 'phone',
          event: 'FLAGGED',
          qualityRating: 'RED',
        }),
        event('aq_upgrade', 'account.quality_changed', 8, { scope: 'phone', status: 'CONNECTED', event: 'UPGRADE' }),
        event('tu_paused', 'template.updated', 9, {
          templateName: 'promo',
          language: 'en',
          status: 'PAUSED',
          reason: 'LOW_QUALITY',
        }),
        event('tu_disabled', 'template.updated', 10, { templateName: 'promo2', language: 'pl', status: 'DISABLED' }),
        event('tu_approved', 'template.updated', 11, { templateName: 'promo3', language: 'en', status: 'APPROVED' }),
      ]);
    });

    it('one violation per enforcement event; critical for account violations and disabling', async () => {
      const found = byMessage(await new PlatformEnforcementDetector(repository).detect(ctx(), range));
      expect(Object.fromEntries(Object.entries(found).map(([id, v]) => [id, v.severity]))).toEqual({
        pa_violation: 'critical',
        pa_disabled: 'critical',
        pa_restricted: 'high',
        aq_flagged: 'high',
        aq_restricted: 'high',
        aq_downgrade: 'high',
        aq_flag_event: 'high',
        tu_paused: 'high',
        tu_disabled: 'high',
      });
      expect(found.pa_violation).toMatchObject({
        key: 'PLATFORM_ENFORCEMENT:pa_violation',
        ruleVersion: 'PLATFORM_ENFORCEMENT@1',
        accountId: 'wa_1',
        contactId: '',
        messageId: null,
        evidence: { eventType: 'account.policy_alert', alertKind: 'ACCOUNT_VIOLATION', detail: { type: 'SCAM' } },
      });
      expect(found.tu_paused).toMatchObject({
        templateName: 'promo',
        evidence: { eventType: 'template.updated', status: 'PAUSED', templateLanguage: 'en', reason: 'LOW_QUALITY' },
      });
      expect(found.aq_downgrade.evidence).toMatchObject({ qualityEvent: 'DOWNGRADE', status: null });
    });
  });

  describe('PROHIBITED_CONTENT and TEMPLATE_MISUSE (classifier of @checkmark/schemas/compliance)', () => {
    const base = Date.parse('2026-06-08T10:00:00.000Z');
    const range: DetectionRange = { from: new Date(base), to: new Date(base + 24 * HOUR) };
    const PROMO = 'Your order 48213 is confirmed. Use promo code SAVE20 for 20% off your next order!';
    const utility = (id: string, at: number, text: string, o: Options = {}) =>
      sent(
        id,
        at,
        { isTemplate: true, contentType: 'template', templateName: 'order_update', templateCategory: 'utility', text },
        o,
      );

    beforeAll(async () => {
      await warehouse.sink.insertEvents([
        // The same prohibited text to two contacts: classified once, one violation per message.
        sent('pc_1', base + 1, { text: 'Premium whisky delivered tonight' }, { contact: 'p_1' }),
        sent('pc_2', base + 2, { text: 'Premium whisky delivered tonight' }, { contact: 'p_2', country: 'PL' }),
        sent('pc_clean', base + 3, { text: 'Your parcel is out for delivery today between 10:00 and 14:00.' }),
        // Promotion in a utility template: TEMPLATE_MISUSE; the same words free-form are not.
        utility('tm_1', base + 4, PROMO, { contact: 'p_3' }),
        sent('tm_free', base + 5, { text: PROMO }, { contact: 'p_3' }),
      ]);
    });

    it('classifies distinct texts and expands them to every message that sent them', async () => {
      const found = await new ContentDetector(repository).detect(ctx(), range);
      expect(found.map((v) => [v.kind, v.messageId, v.severity]).sort()).toEqual([
        ['PROHIBITED_CONTENT', 'pc_1', 'high'],
        ['PROHIBITED_CONTENT', 'pc_2', 'high'],
        ['TEMPLATE_MISUSE', 'tm_1', 'medium'],
      ]);
      const pc2 = found.find((v) => v.messageId === 'pc_2')!;
      expect(pc2.ruleVersion).toMatch(/^PROHIBITED_CONTENT@\d{4}\.\d+\.\d+$/);
      expect(pc2.evidence).toMatchObject({
        category: 'alcohol',
        matchedPhrase: 'whisky',
        snippet: 'Premium whisky delivered tonight',
        contactCountry: 'PL',
        regulatedAllowed: false,
      });
      expect(found.find((v) => v.messageId === 'tm_1')!.evidence).toMatchObject({ category: 'promotional' });
    });

    it("follows the tenant's overrides: a category allowed in a country is medium there, a disabled one is gone", async () => {
      const regulated = settings({
        contentRuleOverrides: { categories: { alcohol: { regulated: { allowedCountries: ['PL'] } } } },
        revision: 7,
      });
      const found = byMessage(await new ContentDetector(repository).detect(ctx({ settings: regulated }), range));
      expect(found.pc_1.severity).toBe('high');
      expect(found.pc_2).toMatchObject({ severity: 'medium', evidence: { regulatedAllowed: true } });
      expect(found.pc_2.ruleVersion).toMatch(/\+t.+\+s7$/);
      const disabled = settings({ contentRuleOverrides: { categories: { alcohol: { enabled: false } } }, revision: 8 });
      const none = await new ContentDetector(repository).detect(ctx({ settings: disabled }), range);
      expect(none.map((v) => v.messageId)).toEqual(['tm_1']);
    });
  });
});

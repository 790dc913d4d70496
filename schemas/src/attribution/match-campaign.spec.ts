import type { Channel, MessageReceivedEvent } from '../events';
import { textCodesOf, type CampaignCodeKind, type CampaignCodesView } from './campaign-codes';
import { extractTouchpoint } from './extract-touchpoint';
import { matchCampaign, type MatchCampaignOptions } from './match-campaign';
import { thrownCode } from './testing/thrown-code';
import type { Touchpoint } from './touchpoint';

const TG_INFLUENCER = 'Y21wPXRnX2luZmx1ZW5jZXI7c3JjPWJsb2dnZXI0Mg'; // cmp=tg_influencer;src=blogger42
const TG_WIDGET = 'dXRtPXdlYnNpdGUud2lkZ2V0LmFsd2F5c19vbg'; // utm=website.widget.always_on
const UTC = { timeZone: 'UTC' };

function campaign(
  id: string,
  channel: Channel | null,
  codes: [CampaignCodeKind, string][],
  dates: { startsOn?: string; endsOn?: string } = {},
): CampaignCodesView {
  return {
    id,
    key: `key_${id}`,
    channel,
    codes: codes.map(([kind, value]) => ({ kind, value })),
    startsOn: dates.startsOn ?? null,
    endsOn: dates.endsOn ?? null,
  };
}

function touch(
  channel: Channel,
  fields: Partial<Touchpoint> = {},
  occurredAt = '2025-03-15T12:00:00.000Z',
): Touchpoint {
  return { kind: 'deeplink', eventId: 'e1', occurredAt, channel, accountId: 'acc-1', contactId: 'c1', ...fields };
}

// The seeded demo's campaigns (ingest/src/demo/world-mutations.ts turns the simulator's codes into these).
const DEMO = [
  campaign('ctwa', 'whatsapp', [
    ['ad_id', '120212345678901234'],
    ['ad_id', '120298765432109876'],
  ]),
  campaign('qr', 'whatsapp', [['qr_code', 'QR-STORE-24']]),
  campaign('tg', 'telegram', [['deep_link_payload', TG_INFLUENCER]]),
  campaign('widget', 'telegram', [
    ['deep_link_payload', TG_WIDGET],
    ['utm_source', 'website'],
    ['utm_medium', 'widget'],
    ['utm_campaign', 'always_on'],
  ]),
  campaign('mme', 'messenger', [['ref', 'summer_newsletter_link']]),
  campaign('viber', 'viber', [['context', 'checkout_thankyou_page']]),
  campaign('vk', 'vk', [
    ['ref', 'vk_post_spring'],
    ['utm_source', 'vk'],
    ['utm_medium', 'social'],
    ['utm_campaign', 'spring'],
  ]),
  campaign('sms', 'sms', [
    ['utm_source', 'sms'],
    ['utm_medium', 'sms'],
    ['utm_campaign', 'flash_sale'],
  ]),
];

function received(channel: Channel, payload: Partial<MessageReceivedEvent['payload']>): MessageReceivedEvent {
  return {
    id: `t:${channel}`,
    type: 'message.received',
    tenantId: 't1',
    occurredAt: '2025-03-15T12:00:00.000Z',
    channel,
    accountId: 'acc-1',
    contactId: 'c1',
    source: 'simulator',
    schemaVersion: 1,
    payload: { contentType: 'text', text: 'Hi', ...payload },
  };
}

describe('matchCampaign', () => {
  describe('the simulator’s sources, parsed and matched', () => {
    const knownCodes = textCodesOf(DEMO);
    const match = (event: MessageReceivedEvent) => matchCampaign(extractTouchpoint(event, { knownCodes })!, DEMO, UTC);

    it('matches each source kind to its campaign and says by which code', () => {
      expect(
        match(received('whatsapp', { referral: { kind: 'ad', sourceId: '120298765432109876', headline: 'x' } })),
      ).toEqual({
        campaignId: 'ctwa',
        campaignKey: 'key_ctwa',
        matchedBy: 'ad_id',
      });
      expect(match(received('whatsapp', { text: 'Hallo! QR-STORE-24' }))?.matchedBy).toBe('qr_code');
      expect(match(received('whatsapp', { text: 'Hallo! QR-STORE-24' }))?.campaignId).toBe('qr');
      expect(match(received('telegram', { text: `/start ${TG_INFLUENCER}` }))).toMatchObject({
        campaignId: 'tg',
        matchedBy: 'deep_link_payload',
      });
      expect(match(received('telegram', { text: `/start ${TG_WIDGET}` }))).toMatchObject({
        campaignId: 'widget',
        matchedBy: 'deep_link_payload',
      });
      expect(
        match(received('messenger', { referral: { kind: 'shortlink', ref: 'summer_newsletter_link' } })),
      ).toMatchObject({ campaignId: 'mme', matchedBy: 'ref' });
      expect(match(received('viber', { referral: { kind: 'deeplink', ref: 'checkout_thankyou_page' } }))).toMatchObject(
        { campaignId: 'viber', matchedBy: 'context' },
      );
      expect(match(received('vk', { referral: { kind: 'deeplink', ref: 'vk_post_spring' } }))).toMatchObject({
        campaignId: 'vk',
        matchedBy: 'ref',
      });
      expect(
        match(
          received('sms', {
            referral: { kind: 'organic', utm: { source: 'SMS', medium: 'sms', campaign: 'Flash_Sale' } },
          }),
        ),
      ).toMatchObject({
        campaignId: 'sms',
        matchedBy: 'utm_campaign',
      });
    });

    it('leaves organic and unknown sources unmatched', () => {
      expect(match(received('whatsapp', { text: 'Hallo!' }))).toBeNull();
      expect(match(received('whatsapp', { referral: { kind: 'ad', sourceId: '120000000000000000' } }))).toBeNull();
    });
  });

  describe('precedence', () => {
    const campaigns = [
      campaign('by-ad', null, [['ad_id', '111']]),
      campaign('by-ref', null, [['ref', 'spring_link']]),
      campaign('by-utm', null, [['utm_campaign', 'spring']]),
      campaign('by-code', null, [['prefill_code', 'SPRING24']]),
    ];
    const all: Partial<Touchpoint> = {
      adId: '111',
      ref: 'spring_link',
      utm: { campaign: 'spring' },
      codes: ['spring24'],
    };

    it('ad id > click-time ref > UTM campaign > prefilled code', () => {
      expect(matchCampaign(touch('messenger', all), campaigns, UTC)?.campaignId).toBe('by-ad');
      expect(matchCampaign(touch('messenger', { ...all, adId: undefined }), campaigns, UTC)?.campaignId).toBe('by-ref');
      expect(matchCampaign(touch('messenger', { utm: all.utm, codes: all.codes }), campaigns, UTC)?.campaignId).toBe(
        'by-utm',
      );
      expect(matchCampaign(touch('messenger', { codes: all.codes }), campaigns, UTC)).toEqual({
        campaignId: 'by-code',
        campaignKey: 'key_by-code',
        matchedBy: 'prefill_code',
      });
    });

    it('prefers the code kind of the field the value arrived in, and accepts the others', () => {
      const sameValue = [
        campaign('as-ref', null, [['ref', 'poster_a1']]),
        campaign('as-payload', null, [['deep_link_payload', 'poster_a1']]),
      ];
      expect(matchCampaign(touch('telegram', { startPayload: 'poster_a1' }), sameValue, UTC)).toMatchObject({
        campaignId: 'as-payload',
        matchedBy: 'deep_link_payload',
      });
      expect(matchCampaign(touch('vk', { ref: 'poster_a1' }), sameValue, UTC)?.campaignId).toBe('as-ref');
      expect(matchCampaign(touch('telegram', { startPayload: 'poster_a1' }), [sameValue[0]], UTC)).toMatchObject({
        campaignId: 'as-ref',
        matchedBy: 'ref',
      });
      expect(
        matchCampaign(touch('telegram', { startPayload: 'QR-7' }), [campaign('qr', null, [['qr_code', 'QR-7']])], UTC)
          ?.matchedBy,
      ).toBe('qr_code');
    });
  });

  describe('case rules', () => {
    it('ad ids and payloads are exact; UTM values and prefilled codes ignore case', () => {
      const campaigns = [
        campaign('ad', null, [['ad_id', '120ABC']]),
        campaign('ref', null, [['ref', 'Summer_Link']]),
        campaign('utm', null, [
          ['utm_campaign', 'Spring'],
          ['utm_source', 'Newsletter'],
        ]),
        campaign('code', null, [['prefill_code', 'Весна24']]),
      ];
      expect(matchCampaign(touch('whatsapp', { adId: '120abc' }), campaigns, UTC)).toBeNull();
      expect(matchCampaign(touch('whatsapp', { adId: '120ABC' }), campaigns, UTC)?.campaignId).toBe('ad');
      expect(matchCampaign(touch('messenger', { ref: 'summer_link' }), campaigns, UTC)).toBeNull();
      expect(matchCampaign(touch('messenger', { ref: 'Summer_Link' }), campaigns, UTC)?.campaignId).toBe('ref');
      expect(
        matchCampaign(touch('webchat', { utm: { campaign: 'SPRING', source: 'newsletter' } }), campaigns, UTC)
          ?.campaignId,
      ).toBe('utm');
      expect(matchCampaign(touch('whatsapp', { codes: ['ВЕСНА24'] }), campaigns, UTC)?.campaignId).toBe('code');
    });
  });

  describe('UTM', () => {
    it('needs every dimension the campaign sets; the most specific campaign wins', () => {
      const campaigns = [
        campaign('spring-any', null, [['utm_campaign', 'spring']]),
        campaign('spring-vk', null, [
          ['utm_campaign', 'spring'],
          ['utm_source', 'vk'],
        ]),
        campaign('email-only', null, [['utm_medium', 'email']]),
      ];
      expect(
        matchCampaign(touch('vk', { utm: { campaign: 'spring', source: 'vk' } }), campaigns, UTC)?.campaignId,
      ).toBe('spring-vk');
      expect(
        matchCampaign(touch('vk', { utm: { campaign: 'spring', source: 'fb' } }), campaigns, UTC)?.campaignId,
      ).toBe('spring-any');
      expect(
        matchCampaign(touch('email', { utm: { campaign: 'autumn', medium: 'Email' } }), campaigns, UTC),
      ).toMatchObject({
        campaignId: 'email-only',
        matchedBy: 'utm_medium',
      });
      expect(matchCampaign(touch('email', { utm: { source: 'vk' } }), campaigns, UTC)).toBeNull();
    });

    it('accepts any of several values a campaign lists for one dimension', () => {
      const campaigns = [
        campaign('multi', null, [
          ['utm_source', 'fb'],
          ['utm_source', 'ig'],
          ['utm_campaign', 'sale'],
        ]),
      ];
      expect(
        matchCampaign(touch('instagram', { utm: { source: 'IG', campaign: 'sale' } }), campaigns, UTC)?.campaignId,
      ).toBe('multi');
    });
  });

  describe('channels', () => {
    it('a campaign on one channel matches only that channel; one without a channel matches all', () => {
      const bound = campaign('wa-ad', 'whatsapp', [['ad_id', '555']]);
      expect(matchCampaign(touch('messenger', { adId: '555' }), [bound], UTC)).toBeNull();
      expect(matchCampaign(touch('whatsapp', { adId: '555' }), [bound], UTC)?.campaignId).toBe('wa-ad');
      expect(
        matchCampaign(touch('messenger', { adId: '555' }), [campaign('any', null, [['ad_id', '555']])], UTC)
          ?.campaignId,
      ).toBe('any');
    });

    it('breaks ties: channel-bound campaign, then the later start, then the smaller id', () => {
      const any = campaign('a-any', null, [['ref', 'x']]);
      const bound = campaign('z-bound', 'vk', [['ref', 'x']]);
      expect(matchCampaign(touch('vk', { ref: 'x' }), [any, bound], UTC)?.campaignId).toBe('z-bound');
      const older = campaign('a-older', null, [['ref', 'x']], { startsOn: '2025-01-01' });
      const newer = campaign('b-newer', null, [['ref', 'x']], { startsOn: '2025-03-01' });
      expect(matchCampaign(touch('vk', { ref: 'x' }), [older, newer], UTC)?.campaignId).toBe('b-newer');
      const b = campaign('b', null, [['ref', 'x']]);
      const a = campaign('a', null, [['ref', 'x']]);
      expect(matchCampaign(touch('vk', { ref: 'x' }), [b, a], UTC)?.campaignId).toBe('a');
    });
  });

  describe('dates in the tenant’s time zone', () => {
    const berlin = { timeZone: 'Europe/Berlin' };
    const march = campaign('march', null, [['ref', 'x']], { startsOn: '2025-03-10', endsOn: '2025-03-30' });
    const at = (instant: string) => touch('vk', { ref: 'x' }, instant);

    it('starts at local midnight of startsOn', () => {
      // 23:30 UTC on 9 March is 00:30 on 10 March in Berlin (UTC+1).
      expect(matchCampaign(at('2025-03-09T23:30:00.000Z'), [march], berlin)?.campaignId).toBe('march');
      expect(matchCampaign(at('2025-03-09T22:59:59.999Z'), [march], berlin)).toBeNull();
      expect(matchCampaign(at('2025-03-09T22:59:59.999Z'), [march], UTC)).toBeNull();
      expect(matchCampaign(at('2025-03-09T23:30:00.000Z'), [march], UTC)).toBeNull();
    });

    it('ends at local midnight after endsOn, on summer time after the DST switch', () => {
      // Berlin moves to UTC+2 at 01:00 UTC on 30 March 2025: local midnight of 31 March is 22:00 UTC on 30 March.
      expect(matchCampaign(at('2025-03-30T21:59:59.999Z'), [march], berlin)?.campaignId).toBe('march');
      expect(matchCampaign(at('2025-03-30T22:00:00.000Z'), [march], berlin)).toBeNull();
    });

    it('widens the dates by the tolerance on both sides', () => {
      const options = { ...berlin, toleranceDays: 1 };
      expect(matchCampaign(at('2025-03-08T23:00:00.000Z'), [march], options)?.campaignId).toBe('march'); // 9 March local
      expect(matchCampaign(at('2025-03-08T22:59:59.999Z'), [march], options)).toBeNull(); // 8 March local
      expect(matchCampaign(at('2025-03-31T21:59:59.999Z'), [march], options)?.campaignId).toBe('march'); // 31 March local
      expect(matchCampaign(at('2025-03-31T22:00:00.000Z'), [march], options)).toBeNull(); // 1 April local
    });

    it('tells apart yearly campaigns that reuse a code by their dates; open ends are open', () => {
      const y2024 = campaign('y2024', null, [['ref', 'spring']], { startsOn: '2024-03-01', endsOn: '2024-05-31' });
      const y2025 = campaign('y2025', null, [['ref', 'spring']], { startsOn: '2025-03-01' });
      expect(
        matchCampaign(touch('vk', { ref: 'spring' }, '2024-04-01T10:00:00Z'), [y2024, y2025], UTC)?.campaignId,
      ).toBe('y2024');
      expect(
        matchCampaign(touch('vk', { ref: 'spring' }, '2031-04-01T10:00:00Z'), [y2024, y2025], UTC)?.campaignId,
      ).toBe('y2025');
      expect(matchCampaign(touch('vk', { ref: 'spring' }, '2023-04-01T10:00:00Z'), [y2024, y2025], UTC)).toBeNull();
    });

    it('matches a touch with an unparsable time only to campaigns without dates', () => {
      const open = campaign('open', null, [['ref', 'x']]);
      expect(matchCampaign(at('not a time'), [march, open], berlin)?.campaignId).toBe('open');
      expect(matchCampaign(at('not a time'), [march], berlin)).toBeNull();
    });

    it('rejects an unknown time zone and a bad tolerance as the caller’s error', () => {
      const run = (options: MatchCampaignOptions) => () => matchCampaign(at('2025-03-15T00:00:00Z'), [march], options);
      expect(thrownCode(run({ timeZone: 'Mars/Olympus' }))).toBe('ATTRIBUTION_OPTIONS_INVALID');
      expect(thrownCode(run({ timeZone: 'UTC', toleranceDays: -1 }))).toBe('ATTRIBUTION_OPTIONS_INVALID');
      expect(thrownCode(run({ timeZone: 'UTC', toleranceDays: 0.5 }))).toBe('ATTRIBUTION_OPTIONS_INVALID');
      expect(thrownCode(run({ timeZone: 'Asia/Kolkata', toleranceDays: 366 }))).toBeUndefined();
    });
  });

  it('lists the QR and prefill codes to look for in text, once each', () => {
    expect(
      textCodesOf([
        campaign('a', null, [
          ['qr_code', 'QR-1'],
          ['ref', 'r'],
          ['prefill_code', 'P1'],
        ]),
        campaign('b', null, [['qr_code', 'QR-1']]),
      ]),
    ).toEqual(['QR-1', 'P1']);
  });
});

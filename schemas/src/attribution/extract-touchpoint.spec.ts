import type { CanonicalEvent, Channel, MessageReceivedEvent } from '../events';
import { AttributionError } from './attribution-error';
import { extractTouchpoint } from './extract-touchpoint';
import { thrownCode } from './testing/thrown-code';

type Payload = MessageReceivedEvent['payload'];

function received(channel: Channel, payload: Partial<Payload>, conversationId?: string): MessageReceivedEvent {
  return {
    id: `t:msg:${channel}`,
    type: 'message.received',
    tenantId: 'tenant-1',
    occurredAt: '2025-03-10T09:15:00.000Z',
    channel,
    accountId: 'acc-1',
    contactId: 'contact-1',
    ...(conversationId ? { conversationId } : {}),
    source: 'simulator',
    schemaVersion: 1,
    payload: { contentType: 'text', text: 'Hello', ...payload },
  };
}

/** The source fields only (envelope fields are checked once). */
function source(event: CanonicalEvent, options?: Parameters<typeof extractTouchpoint>[1]) {
  const touch = extractTouchpoint(event, options);
  if (!touch) return touch;
  const { eventId: _e, occurredAt: _o, channel: _c, accountId: _a, contactId: _k, ...rest } = touch;
  return rest;
}

// Payloads as the simulator's world builds them: base64url of the text in the comment.
const TG_INFLUENCER = 'Y21wPXRnX2luZmx1ZW5jZXI7c3JjPWJsb2dnZXI0Mg'; // cmp=tg_influencer;src=blogger42
const TG_WIDGET = 'dXRtPXdlYnNpdGUud2lkZ2V0LmFsd2F5c19vbg'; // utm=website.widget.always_on

describe('extractTouchpoint', () => {
  it('keeps the envelope and the conversation of the first message', () => {
    expect(extractTouchpoint(received('whatsapp', {}, 'conv-9'))).toEqual({
      kind: 'organic',
      eventId: 't:msg:whatsapp',
      occurredAt: '2025-03-10T09:15:00.000Z',
      channel: 'whatsapp',
      accountId: 'acc-1',
      contactId: 'contact-1',
      conversationId: 'conv-9',
    });
  });

  it('returns null for events that are not customer messages', () => {
    const sent = {
      id: 't:sent',
      type: 'message.sent',
      tenantId: 'tenant-1',
      occurredAt: '2025-03-10T09:15:00.000Z',
      channel: 'whatsapp',
      accountId: 'acc-1',
      contactId: 'contact-1',
      source: 'simulator',
      schemaVersion: 1,
      payload: { sender: { kind: 'campaign' }, isTemplate: true, contentType: 'template', campaignId: 'cmp_x' },
    } as CanonicalEvent;
    expect(extractTouchpoint(sent)).toBeNull();
  });

  describe('WhatsApp', () => {
    it('reads a Click-to-WhatsApp referral: ad id, click id, headline, link', () => {
      const event = received('whatsapp', {
        referral: {
          kind: 'ad',
          sourceId: '120212345678901234',
          sourceUrl: 'https://fb.me/3xK9pQ2aZ',
          headline: 'Spring sale: new collection',
          clickId: 'ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LE',
        },
      });
      expect(source(event)).toEqual({
        kind: 'ad',
        adId: '120212345678901234',
        clickId: 'ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LE',
        headline: 'Spring sale: new collection',
        sourceUrl: 'https://fb.me/3xK9pQ2aZ',
      });
    });

    it('has no click id for Status placements, which send none', () => {
      const event = received('whatsapp', {
        referral: { kind: 'ad', sourceId: '120298765432109876', headline: 'Напишіть нам у WhatsApp' },
      });
      expect(source(event)).toEqual({ kind: 'ad', adId: '120298765432109876', headline: 'Напишіть нам у WhatsApp' });
    });

    it('finds a campaign QR code typed in the text as a whole word, ignoring case (the simulator’s wa.me QR posters)', () => {
      const knownCodes = ['QR-STORE-24', 'STORE'];
      expect(source(received('whatsapp', { text: 'Hallo! qr-store-24' }), { knownCodes })).toEqual({
        kind: 'prefill_code',
        codes: ['QR-STORE-24'],
      });
      expect(source(received('whatsapp', { text: 'Hallo! QR-STORE-245' }), { knownCodes })).toEqual({
        kind: 'organic',
      });
    });

    it('leaves a message without marker or known code organic', () => {
      expect(source(received('whatsapp', { text: 'Hallo! QR-STORE-24' }))).toEqual({ kind: 'organic' });
    });

    it('reads #CODE and [ref:CODE] in prefilled text, in any script', () => {
      expect(source(received('whatsapp', { text: 'Hi! I saw your poster #SPRING24, is it still on?' }))).toEqual({
        kind: 'prefill_code',
        codes: ['SPRING24'],
      });
      expect(source(received('whatsapp', { text: 'Hello [ref:ABC-1] [REF:abc-1]' }))?.codes).toEqual(['ABC-1']);
      expect(source(received('whatsapp', { text: 'Привіт #ВЕСНА24 😀' }))?.codes).toEqual(['ВЕСНА24']);
      expect(source(received('whatsapp', { text: 'Ｈｉ #ＳＡＬＥ１' }))?.codes).toEqual(['ＳＡＬＥ１']);
    });

    it('does not take C#, URL fragments, lone or one-character hashes for codes', () => {
      expect(source(received('whatsapp', { text: 'Do you teach C# or F#? see shop.example/page#top, ## #1' }))).toEqual(
        {
          kind: 'organic',
        },
      );
    });

    it('uses a tenant’s own code pattern (first capturing group)', () => {
      const codePattern = /\bCODE-(\d{4})\b/;
      expect(source(received('whatsapp', { text: 'CODE-1234 and #SPRING24' }), { codePattern })?.codes).toEqual([
        '1234',
      ]);
    });

    it('rejects a code pattern that is not valid in Unicode mode as the caller’s error', () => {
      // A class escape as a range end is accepted without the u flag and rejected with it.
      const codePattern = new RegExp('[\\w-a]');
      expect(thrownCode(() => extractTouchpoint(received('whatsapp', {}), { codePattern }))).toBe(
        'ATTRIBUTION_OPTIONS_INVALID',
      );
      expect(() => extractTouchpoint(received('whatsapp', {}), { codePattern })).toThrow(AttributionError);
    });

    it('reads codes from a wa.me link’s prefilled text parameter', () => {
      const event = received('whatsapp', {
        text: 'Hi',
        referral: { kind: 'qr', sourceUrl: 'https://wa.me/4930901820?text=Hi%20%23QR24%20please' },
      });
      expect(source(event)).toEqual({
        kind: 'qr',
        sourceUrl: 'https://wa.me/4930901820?text=Hi%20%23QR24%20please',
        codes: ['QR24'],
      });
    });
  });

  describe('Telegram', () => {
    it('reads the simulator’s deep link: payload kept exactly, base64url pairs decoded, short names as UTM', () => {
      const event = received('telegram', {
        text: `/start ${TG_INFLUENCER}`,
        referral: {
          kind: 'deeplink',
          ref: TG_INFLUENCER,
          sourceUrl: `https://t.me/tg_bot_main?start=${TG_INFLUENCER}`,
        },
      });
      expect(source(event)).toEqual({
        kind: 'deeplink',
        sourceUrl: `https://t.me/tg_bot_main?start=${TG_INFLUENCER}`,
        startPayload: TG_INFLUENCER,
        params: { cmp: 'tg_influencer', src: 'blogger42' },
        utm: { source: 'blogger42', campaign: 'tg_influencer' },
      });
    });

    it('prefers the referral’s UTM values field by field over those inside the payload', () => {
      const event = received('telegram', {
        text: `/start ${TG_WIDGET}`,
        referral: {
          kind: 'widget',
          ref: TG_WIDGET,
          utm: { source: 'website', medium: 'widget', campaign: 'always_on', content: 'footer_button' },
        },
      });
      expect(source(event)).toEqual({
        kind: 'widget',
        startPayload: TG_WIDGET,
        params: { utm: 'website.widget.always_on' },
        utm: { source: 'website', medium: 'widget', campaign: 'always_on', content: 'footer_button' },
      });
    });

    it('reads the dotted utm=source.medium.campaign form when only the payload carries it', () => {
      expect(source(received('telegram', { text: `/start ${TG_WIDGET}` }))?.utm).toEqual({
        source: 'website',
        medium: 'widget',
        campaign: 'always_on',
      });
    });

    it('reads a /start command without a referral, also addressed to the bot by name', () => {
      // c3JjPWlnJmNtcD1mbGFzaA = src=ig&cmp=flash
      expect(source(received('telegram', { text: '/start c3JjPWlnJmNtcD1mbGFzaA' }))).toEqual({
        kind: 'deeplink',
        startPayload: 'c3JjPWlnJmNtcD1mbGFzaA',
        params: { src: 'ig', cmp: 'flash' },
        utm: { source: 'ig', campaign: 'flash' },
      });
      expect(source(received('telegram', { text: '/start@NorthwindBot promo1' }))).toEqual({
        kind: 'deeplink',
        startPayload: 'promo1',
      });
    });

    it('keeps a plain payload as it is: not every base64url-looking string is an encoding', () => {
      expect(source(received('telegram', { text: '/start summer_sale' }))).toEqual({
        kind: 'deeplink',
        startPayload: 'summer_sale',
      });
    });

    it('decodes UTF-8 inside the payload', () => {
      // dXRtX2NhbXBhaWduPdCy0LXRgdC90LA = utm_campaign=весна
      expect(source(received('telegram', { text: '/start dXRtX2NhbXBhaWduPdCy0LXRgdC90LA' }))?.utm).toEqual({
        campaign: 'весна',
      });
    });

    it('leaves out payloads Telegram would not send: over 64 characters or outside A-Z a-z 0-9 _ -', () => {
      const long = 'dXRtX3NvdXJjZT1nb29nbGUmdXRtX21lZGl1bT1jcGMmdXRtX2NhbXBhaWduPXNwcmluZw'; // 70 characters
      expect(source(received('telegram', { text: `/start ${long}` }))).toEqual({ kind: 'organic' });
      expect(source(received('telegram', { text: '/start bad$payload' }))).toEqual({ kind: 'organic' });
      expect(source(received('telegram', { text: '/start' }))).toEqual({ kind: 'organic' });
    });

    it('keeps a payload whose base64url is malformed, without pairs', () => {
      const truncated = TG_INFLUENCER.slice(0, 41); // 41 characters cannot be base64
      expect(source(received('telegram', { text: `/start ${truncated}` }))).toEqual({
        kind: 'deeplink',
        startPayload: truncated,
      });
      // Canonical base64url but not UTF-8 (bytes ff ff ff).
      expect(source(received('telegram', { text: '/start ____' }))).toEqual({ kind: 'deeplink', startPayload: '____' });
    });

    it('reads start= from a t.me link when neither the referral nor the text carries the payload', () => {
      expect(
        source(
          received('telegram', { referral: { kind: 'qr', sourceUrl: 'https://t.me/northwind_bot?start=poster_a1' } }),
        ),
      ).toEqual({
        kind: 'qr',
        sourceUrl: 'https://t.me/northwind_bot?start=poster_a1',
        startPayload: 'poster_a1',
      });
    });
  });

  describe('Messenger and Instagram', () => {
    it('reads an m.me ref (the simulator’s shape)', () => {
      const event = received('messenger', {
        referral: {
          kind: 'shortlink',
          ref: 'summer_newsletter_link',
          sourceUrl: 'https://m.me/northwindshop?ref=summer_newsletter_link',
        },
      });
      expect(source(event)).toEqual({
        kind: 'shortlink',
        ref: 'summer_newsletter_link',
        sourceUrl: 'https://m.me/northwindshop?ref=summer_newsletter_link',
      });
    });

    it('reads UTM pairs written into a ref', () => {
      expect(
        source(received('messenger', { referral: { kind: 'shortlink', ref: 'utm_source=fb;utm_campaign=Summer' } })),
      ).toEqual({
        kind: 'shortlink',
        ref: 'utm_source=fb;utm_campaign=Summer',
        params: { utm_source: 'fb', utm_campaign: 'Summer' },
        utm: { source: 'fb', campaign: 'Summer' },
      });
    });

    it('reads a Click-to-Messenger / Instagram ad and an fbclid in its link', () => {
      const event = received('instagram', {
        referral: {
          kind: 'ad',
          sourceId: '23851234567890123',
          headline: 'DM us for your size',
          sourceUrl: 'https://instagram.com/p/x?fbclid=IwAR2abc',
        },
      });
      expect(source(event)).toEqual({
        kind: 'ad',
        adId: '23851234567890123',
        clickId: 'IwAR2abc',
        headline: 'DM us for your size',
        sourceUrl: 'https://instagram.com/p/x?fbclid=IwAR2abc',
      });
    });

    it('keeps a boosted post’s id apart from ad ids', () => {
      expect(source(received('messenger', { referral: { kind: 'post', sourceId: '1029384756' } }))).toEqual({
        kind: 'post',
        postId: '1029384756',
      });
    });
  });

  describe('Viber and VK', () => {
    it('reads Viber context from the referral (the simulator’s shape) or from the viber:// link', () => {
      const url = 'viber://pa?chatURI=northwindshop&context=checkout_thankyou_page';
      expect(
        source(received('viber', { referral: { kind: 'deeplink', ref: 'checkout_thankyou_page', sourceUrl: url } })),
      ).toEqual({
        kind: 'deeplink',
        context: 'checkout_thankyou_page',
        sourceUrl: url,
      });
      expect(source(received('viber', { referral: { kind: 'deeplink', sourceUrl: url } }))?.context).toBe(
        'checkout_thankyou_page',
      );
    });

    it('reads VK ref, ref_source from the vk.me link, and UTM', () => {
      const url = 'https://vk.me/northwind?ref=vk_post_spring&ref_source=wall_post';
      const event = received('vk', {
        referral: {
          kind: 'deeplink',
          ref: 'vk_post_spring',
          sourceUrl: url,
          utm: { source: 'vk', medium: 'social', campaign: 'spring' },
        },
      });
      expect(source(event)).toEqual({
        kind: 'deeplink',
        ref: 'vk_post_spring',
        refSource: 'wall_post',
        sourceUrl: url,
        utm: { source: 'vk', medium: 'social', campaign: 'spring' },
      });
    });
  });

  describe('UTM in links', () => {
    it('decodes percent-encoding and + in a widget page’s UTM parameters', () => {
      const url =
        'https://shop.example/p?utm_source=Newsletter&utm_medium=email&utm_campaign=Spring%20Sale&utm_term=shoes+red&utm_content=hero#top';
      expect(source(received('webchat', { referral: { kind: 'widget', sourceUrl: url } }))).toEqual({
        kind: 'widget',
        sourceUrl: url,
        utm: { source: 'Newsletter', medium: 'email', campaign: 'Spring Sale', term: 'shoes red', content: 'hero' },
      });
    });

    it('calls a referral that says organic but carries UTM values a deep link', () => {
      expect(
        source(received('sms', { referral: { kind: 'organic', utm: { source: 'sms', campaign: 'flash_sale' } } })),
      ).toEqual({
        kind: 'deeplink',
        utm: { source: 'sms', campaign: 'flash_sale' },
      });
    });
  });

  describe('junk', () => {
    it('leaves out a parameter with invalid percent-encoding and keeps the others', () => {
      const url = 'https://shop.example/?utm_source=%E0%A4%A&utm_medium=email&utm_campaign=%ZZ';
      expect(source(received('webchat', { referral: { kind: 'widget', sourceUrl: url } }))?.utm).toEqual({
        medium: 'email',
      });
    });

    it('leaves out over-long values and values with control characters', () => {
      const event = received('messenger', {
        referral: {
          kind: 'ad',
          sourceId: '1'.repeat(257),
          ref: 'r'.repeat(513),
          headline: 'Sale\u0000now',
          clickId: 'ok\u202Eevil',
          utm: { source: 's'.repeat(257), campaign: '  ' },
        },
      });
      expect(source(event)).toEqual({ kind: 'ad' });
    });

    it('survives fields of the wrong type and a null referral without throwing', () => {
      const event = received('vk', {
        text: 42 as unknown as string,
        referral: { kind: 'deeplink', ref: 7, sourceUrl: ['x'], utm: 'campaign' } as unknown as Payload['referral'],
      });
      expect(source(event)).toEqual({ kind: 'deeplink' });
      expect(source(received('vk', { referral: null as unknown as Payload['referral'] }))).toEqual({ kind: 'organic' });
      expect(source(received('vk', { referral: { kind: 'bogus' } as unknown as Payload['referral'] }))).toEqual({
        kind: 'organic',
      });
    });

    it('scans a very long text and keeps at most ten codes', () => {
      const text = `${'x'.repeat(60000)} ${Array.from({ length: 12 }, (_, i) => `#CODE${i}`).join(' ')}`;
      expect(source(received('whatsapp', { text }))?.codes).toEqual(Array.from({ length: 10 }, (_, i) => `CODE${i}`));
    });

    it('ignores a malformed URL and an unterminated query', () => {
      expect(
        source(received('viber', { referral: { kind: 'deeplink', sourceUrl: 'viber://pa?&=&context&%%%' } })),
      ).toEqual({
        kind: 'deeplink',
        sourceUrl: 'viber://pa?&=&context&%%%',
      });
    });
  });
});

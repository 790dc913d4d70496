import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateEvent } from '@checkmark/schemas';
import { mapWhatsAppWebhook, WhatsAppPayloadError, withTenant, type WhatsAppMappingResult } from './index';

const FIXTURES = join(__dirname, 'fixtures');
const WABA = '102290129340398';
const PHONE = '106540352242922';
const common = { channel: 'whatsapp', source: 'whatsapp_webhook', schemaVersion: 1 } as const;

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const map = (name: string): WhatsAppMappingResult => mapWhatsAppWebhook(fixture(name));
const events = (name: string) => map(name).events.map((m) => m.event);

function received(id: string, wamid: string, occurredAt: string, contactId: string, payload: object) {
  return {
    id,
    type: 'message.received',
    occurredAt,
    ...common,
    accountId: PHONE,
    contactId,
    messageId: wamid,
    payload,
  };
}
function status(id: string, wamid: string, occurredAt: string, contactId: string, payload: object, extra: object = {}) {
  return {
    id,
    type: 'message.status',
    occurredAt,
    ...common,
    accountId: PHONE,
    contactId,
    messageId: wamid,
    ...extra,
    payload,
  };
}
function management(id: string, type: string, occurredAt: string, accountId: string, payload: object) {
  return { id, type, occurredAt, ...common, accountId, payload };
}

/** A minimal envelope around one change, for the edge cases the fixtures do not cover. */
function envelope(field: string, value: unknown, entry: object = {}) {
  return { object: 'whatsapp_business_account', entry: [{ id: WABA, ...entry, changes: [{ field, value }] }] };
}
const metadata = { display_phone_number: '15550783881', phone_number_id: PHONE };

describe('mapWhatsAppWebhook: messages', () => {
  it('maps text messages in Cyrillic, Polish and emoji, keeping the text and the quoted message', () => {
    const w1 = 'wamid.HBgLNzkxNjEyMzQ1NjcVAgASGBQzQUE0QjhEQjc1RjE5QTc2M0IwMQA=';
    const w2 = 'wamid.HBgLNDg2MDEyMzQ1NjcVAgASGBQzQUMxMEYyRDlFQjU0NjA3Qzk1MgA=';
    const w3 = 'wamid.HBgLNzkxNjEyMzQ1NjcVAgASGBQzQTk5RTJGQjEzMEQ0Njc4RTVBMQA=';
    expect(events('messages-text-non-ascii.json')).toStrictEqual([
      received(`wa:msg:${w1}`, w1, '2026-03-08T12:30:00.000Z', '79161234567', {
        contentType: 'text',
        text: 'Здравствуйте! Можно записаться на стрижку в субботу? 💇‍♀️',
      }),
      received(`wa:msg:${w2}`, w2, '2026-03-08T12:30:42.000Z', '48601234567', {
        contentType: 'text',
        text: 'Dzień dobry, czy zamówienie do Łodzi (ul. Żółkiewskiego 5) już wysłane? 🚚📦',
      }),
      received(`wa:msg:${w3}`, w3, '2026-03-08T12:35:11.000Z', '79161234567', {
        contentType: 'text',
        text: 'Да, в 11:00 подходит 👍 Спасибо!',
        replyToMessageId: 'wamid.HBgLNzkxNjEyMzQ1NjcVAgARGBJCOEI1MTNBNUIyNEQ4RjEyQjQA',
      }),
    ]);
  });

  it('keeps the non-ASCII fixture as raw UTF-8 (the receiver signs these bytes in its tests)', () => {
    const bytes = readFileSync(join(FIXTURES, 'messages-text-non-ascii.json'));
    expect(bytes.toString('utf8')).toMatch(/Здравствуйте.*💇/u);
    expect(bytes.toString('utf8')).toContain('Żółkiewskiego');
    expect(bytes.some((b) => b > 0x7f)).toBe(true);
  });

  it('maps an image caption as text and a voice note without text', () => {
    const image = 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=';
    const voice = 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTVBQjE5RTI4NEQ5Q0I0NDI1NQA=';
    expect(events('messages-media.json')).toStrictEqual([
      received(`wa:msg:${image}`, image, '2026-03-08T14:26:40.000Z', '16505551234', {
        contentType: 'image',
        text: 'The box arrived damaged, see photo',
      }),
      received(`wa:msg:${voice}`, voice, '2026-03-08T14:26:59.000Z', '16505551234', { contentType: 'audio' }),
    ]);
  });

  it('maps interactive button and list replies to their titles and the message they answer', () => {
    const button = 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTFBMDI0RjU5MDM0RDA4NTA4NQA=';
    const listReply = 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUU3QjA1NjY0ODNDMjE2QjU2NgA=';
    expect(events('messages-interactive.json')).toStrictEqual([
      received(`wa:msg:${button}`, button, '2026-03-08T14:46:40.000Z', '16505551234', {
        contentType: 'interactive',
        text: 'Saturday 11:00',
        replyToMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI1RjQ4QjI2NzlDMzY2QjlGOEEA',
      }),
      received(`wa:msg:${listReply}`, listReply, '2026-03-08T14:47:45.000Z', '16505551234', {
        contentType: 'interactive',
        text: 'Beard trim',
        replyToMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI2NzhBQjIxRkI0QTBDQ0E4QjIA',
      }),
    ]);
  });

  it('maps a template quick-reply button to its text', () => {
    const wamid = 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTZEN0M0NkU1RjM2NEIxQjFGOQA=';
    expect(events('messages-button.json')).toStrictEqual([
      received(`wa:msg:${wamid}`, wamid, '2026-03-08T15:00:00.000Z', '16505551234', {
        contentType: 'button',
        text: 'Stop promotions',
        replyToMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJEQzM3RTI5QzRGRTc0MEIwQjAA',
      }),
    ]);
  });

  it('keeps reactions (and removed reactions) visible as contentType reaction on the reacted message', () => {
    const added = 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTg5RDEzQjJGNzI4QjY1OEE1RQA=';
    const removed = 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTNFOTg0RjYyQUJDMzQ4N0I2OQA=';
    const target = 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJEQzM3RTI5QzRGRTc0MEIwQjAA';
    expect(events('messages-reaction.json')).toStrictEqual([
      received(`wa:msg:${added}`, added, '2026-03-08T15:10:00.000Z', '16505551234', {
        contentType: 'reaction',
        text: '❤️',
        replyToMessageId: target,
      }),
      received(`wa:msg:${removed}`, removed, '2026-03-08T15:11:00.000Z', '16505551234', {
        contentType: 'reaction',
        replyToMessageId: target,
      }),
    ]);
  });

  it('maps a system notice as contentType system without its body (which holds phone numbers)', () => {
    const wamid = 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUI1NTcyOTRGOEFFQkQ3MkQ0OAA=';
    expect(events('messages-system.json')).toStrictEqual([
      received(`wa:msg:${wamid}`, wamid, '2026-03-08T17:13:20.000Z', '16505551234', { contentType: 'system' }),
    ]);
  });

  it('maps an unsupported message with errors as contentType unsupported', () => {
    const wamid = 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUYzQjg5QjI5REI5NjU0ODAwQgA=';
    expect(events('messages-unsupported.json')).toStrictEqual([
      received(`wa:msg:${wamid}`, wamid, '2026-03-08T17:30:00.000Z', '16505551234', { contentType: 'unsupported' }),
    ]);
  });

  it('maps a Click-to-WhatsApp referral with its ad id, URL, headline and ctwa_clid', () => {
    const wamid = 'wamid.HBgMMzkzNDcxMjM0NTY3FQIAEhgUM0E5QjU2RDA3RjJCNDY3QTk5NkEA';
    expect(events('messages-referral-ad.json')).toStrictEqual([
      received(`wa:msg:${wamid}`, wamid, '2026-03-08T20:00:00.000Z', '393471234567', {
        contentType: 'text',
        text: 'Hi! Is the spring offer still valid?',
        referral: {
          kind: 'ad',
          sourceId: '120226305854810726',
          sourceUrl: 'https://fb.me/3cr4Wqqkv',
          headline: 'Spring haircut offer',
          clickId:
            'Aff-n8ZTODiE79d22KtAwQKj9e_mIEOOj27vDVwFjN80dp4_0NiNbEe6XuHsrdDmP0AqBhPBbMMeT0LSmEa4vS29SFiC7s6xKDasiCAeWg9kJ_dT0OqcA5gIbDDJ-mOtvbD8D7nDSkGzVaUoZ-u2cOaVX6Q',
        },
      }),
    ]);
  });

  it('maps a Status-placement ad referral, which has no ctwa_clid, without a clickId', () => {
    const wamid = 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNBMjdGRTJENEQ1QjAxOEJCMDNCAA==';
    expect(events('messages-referral-status-placement.json')).toStrictEqual([
      received(`wa:msg:${wamid}`, wamid, '2026-03-08T21:00:00.000Z', '5511987654321', {
        contentType: 'text',
        text: 'Quanto custa o corte?',
        referral: {
          kind: 'ad',
          sourceId: '120226305854810999',
          sourceUrl: 'https://fb.me/8aZ1pQr7t',
          headline: 'Summer styles',
        },
      }),
    ]);
  });

  it('maps a referral from a boosted post as kind post', () => {
    const body = envelope('messages', {
      metadata,
      messages: [
        {
          from: '16505551234',
          id: 'wamid.POST1',
          timestamp: '1773000000',
          type: 'text',
          text: { body: 'Saw your post' },
          referral: { source_type: 'post', source_id: '998877', source_url: 'https://fb.me/post1' },
        },
      ],
    });
    expect(mapWhatsAppWebhook(body).events[0].event.payload).toStrictEqual({
      contentType: 'text',
      text: 'Saw your post',
      referral: { kind: 'post', sourceId: '998877', sourceUrl: 'https://fb.me/post1' },
    });
  });

  it('keys a username user by the business-scoped user id in both messages and statuses', () => {
    const inbound = 'wamid.HBgUVVMuMTM0OTEyMDg2NTUzMDI3NDE5MTgVAgASGBQzQUQ0RjZCQjFBMzM4MkQ1NDVFMAA=';
    const outbound = 'wamid.HBgUVVMuMTM0OTEyMDg2NTUzMDI3NDE5MTgVAgARGBI0QjBDNzA1RDM3QjEyMjA1RTgA';
    expect(events('messages-username-user.json')).toStrictEqual([
      received(`wa:msg:${inbound}`, inbound, '2026-03-08T22:46:40.000Z', 'US.13491208655302741918', {
        contentType: 'text',
        text: 'Do you have anything free tomorrow?',
      }),
      status(`wa:st:${outbound}:read`, outbound, '2026-03-08T22:50:00.000Z', 'US.13491208655302741918', {
        status: 'read',
      }),
    ]);
  });

  it('falls back to the only contact’s user_id when a message has neither from nor from_user_id', () => {
    const body = envelope('messages', {
      metadata,
      contacts: [{ profile: { name: 'Jess' }, user_id: 'US.555' }],
      messages: [{ id: 'wamid.X1', timestamp: '1773000000', type: 'text', text: { body: 'hi' } }],
    });
    expect(mapWhatsAppWebhook(body).events[0].event).toMatchObject({ contactId: 'US.555' });
  });
});

describe('mapWhatsAppWebhook: statuses', () => {
  it('maps sent/delivered/read with PMP pricing, a campaign from callback data and a free-entry-point conversation', () => {
    const campaign = 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3RjBBM0I2QzE5RTc0NTAxQTQA';
    const entryPoint = 'wamid.HBgMMzkzNDcxMjM0NTY3FQIAERgSMkFDNDg5NTkwQjlDNjI0NkQ1AA==';
    const service = 'wamid.HBgLNzkxNjEyMzQ1NjcVAgARGBJCOEI1MTNBNUIyNEQ4RjEyQjQA';
    const marketing = { category: 'marketing', type: 'regular', billable: true, model: 'PMP' };
    expect(events('statuses-pmp.json')).toStrictEqual([
      status(`wa:st:${campaign}:sent`, campaign, '2026-03-09T10:00:00.000Z', '16505551234', {
        status: 'sent',
        pricing: marketing,
        campaignId: 'spring-sale-2026',
      }),
      status(`wa:st:${campaign}:delivered`, campaign, '2026-03-09T10:00:03.000Z', '16505551234', {
        status: 'delivered',
        pricing: marketing,
        campaignId: 'spring-sale-2026',
      }),
      status(`wa:st:${campaign}:read`, campaign, '2026-03-09T10:03:01.000Z', '16505551234', {
        status: 'read',
        campaignId: 'spring-sale-2026',
      }),
      status(
        `wa:st:${entryPoint}:sent`,
        entryPoint,
        '2026-03-08T20:01:05.000Z',
        '393471234567',
        {
          status: 'sent',
          pricing: { category: 'referral_conversion', type: 'free_entry_point', billable: false, model: 'PMP' },
        },
        { conversationId: '5f2a9c1d0b7e4e3a8c6d2b1a09f8e7d6' },
      ),
      status(`wa:st:${service}:delivered`, service, '2026-03-08T12:31:40.000Z', '79161234567', {
        status: 'delivered',
        pricing: { category: 'service', type: 'free_customer_service', billable: false, model: 'PMP' },
      }),
    ]);
  });

  it('maps failed statuses with the first error’s code, title and details', () => {
    const stop = 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJBMjM0NUY2N0I4OUMwMUQyRTMA';
    const cap = 'wamid.HBgLNDg2MDEyMzQ1NjcVAgARGBJGMDFFMkQzQzRCNUE2OTc4ODcA';
    const window = 'wamid.HBgLNzkxNjEyMzQ1NjcVAgARGBI5OUFBQkJDQ0RERUVGRjAwMTEA';
    const stopText =
      'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.';
    expect(events('statuses-failed.json')).toStrictEqual([
      status(`wa:st:${stop}:failed`, stop, '2026-03-10T10:00:00.000Z', '16505551234', {
        status: 'failed',
        errorCode: 131050,
        errorTitle: stopText,
        errorDetails: stopText,
        campaignId: 'black-friday',
      }),
      status(`wa:st:${cap}:failed`, cap, '2026-03-10T10:00:01.000Z', '48601234567', {
        status: 'failed',
        errorCode: 131049,
        errorTitle: 'This message was not delivered to maintain healthy ecosystem engagement.',
        errorDetails: 'In order to maintain a healthy ecosystem engagement, the message failed to be delivered.',
        campaignId: 'black-friday',
      }),
      status(`wa:st:${window}:failed`, window, '2026-03-10T10:53:20.000Z', '79161234567', {
        status: 'failed',
        errorCode: 131047,
        errorTitle: 'Re-engagement message',
        errorDetails:
          'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
      }),
    ]);
  });

  it('maps 2024 conversation-based (CBP) statuses with their conversation id, and played', () => {
    const template = 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI4QjNGQjE0OUM4MjE1NzA3MDUA';
    const voice = 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJBQTExQkIyMkNDMzNERDQ0RUUA';
    const cbp = { category: 'marketing', billable: true, model: 'CBP' };
    const conversation = { conversationId: 'c3a1f0b6d2e84e7f9a5b4c3d2e1f0a9b' };
    expect(events('statuses-cbp.json')).toStrictEqual([
      status(
        `wa:st:${template}:sent`,
        template,
        '2024-06-13T12:00:00.000Z',
        '16505551234',
        { status: 'sent', pricing: cbp },
        conversation,
      ),
      status(
        `wa:st:${template}:delivered`,
        template,
        '2024-06-13T12:00:02.000Z',
        '16505551234',
        { status: 'delivered', pricing: cbp },
        conversation,
      ),
      status(`wa:st:${voice}:played`, voice, '2024-06-13T13:00:00.000Z', '16505551234', { status: 'played' }),
    ]);
  });
});

describe('mapWhatsAppWebhook: user_preferences', () => {
  it('maps a marketing stop to an opt-out and a marketing_stop complaint', () => {
    expect(events('user-preferences-stop.json')).toStrictEqual([
      {
        id: 'wa:pref:16505551234:stop:1773100000',
        type: 'consent.updated',
        occurredAt: '2026-03-09T23:46:40.000Z',
        ...common,
        accountId: PHONE,
        contactId: '16505551234',
        payload: {
          action: 'opt_out',
          purpose: 'marketing',
          method: 'platform_stop',
          evidence: { capturedBy: 'whatsapp' },
        },
      },
      {
        id: 'wa:cmpl:16505551234:stop:1773100000',
        type: 'complaint.recorded',
        occurredAt: '2026-03-09T23:46:40.000Z',
        ...common,
        accountId: PHONE,
        contactId: '16505551234',
        payload: { kind: 'marketing_stop', reason: 'User requested to stop marketing messages' },
      },
    ]);
  });

  it('maps a marketing resume to an opt-in only', () => {
    expect(events('user-preferences-resume.json')).toStrictEqual([
      {
        id: 'wa:pref:16505551234:resume:1773700000',
        type: 'consent.updated',
        occurredAt: '2026-03-16T22:26:40.000Z',
        ...common,
        accountId: PHONE,
        contactId: '16505551234',
        payload: {
          action: 'opt_in',
          purpose: 'marketing',
          method: 'platform_resume',
          evidence: { capturedBy: 'whatsapp' },
        },
      },
    ]);
  });
});

describe('mapWhatsAppWebhook: quality and capability', () => {
  it('maps current phone_number_quality_update events at phone scope with the portfolio limit', () => {
    expect(events('phone-number-quality-update.json')).toStrictEqual([
      management(
        'wa:qual:15550783881:THROUGHPUT_UPGRADE:1773200000',
        'account.quality_changed',
        '2026-03-11T03:33:20.000Z',
        '15550783881',
        {
          scope: 'phone',
          event: 'THROUGHPUT_UPGRADE',
          messagingLimit: 'TIER_UNLIMITED',
          maxDailyConversations: 2000,
          portfolioId: WABA,
        },
      ),
      // After current_limit's removal only the portfolio limit is sent; it is the number's limit too.
      management(
        'wa:qual:15550783882:ONBOARDING:1773300000',
        'account.quality_changed',
        '2026-03-12T07:20:00.000Z',
        '15550783882',
        {
          scope: 'phone',
          event: 'ONBOARDING',
          messagingLimit: 'TIER_10K',
          maxDailyConversations: 10000,
          portfolioId: WABA,
        },
      ),
    ]);
  });

  it('maps legacy FLAGGED / DOWNGRADE / UNFLAGGED to rating, status and tier changes', () => {
    expect(events('phone-number-quality-legacy.json')).toStrictEqual([
      management(
        'wa:qual:15550783881:FLAGGED:1717200000',
        'account.quality_changed',
        '2024-06-01T00:00:00.000Z',
        '15550783881',
        {
          scope: 'phone',
          qualityRating: 'RED',
          status: 'FLAGGED',
          event: 'FLAGGED',
          messagingLimit: 'TIER_10K',
          portfolioId: WABA,
        },
      ),
      management(
        'wa:qual:15550783881:DOWNGRADE:1717804800',
        'account.quality_changed',
        '2024-06-08T00:00:00.000Z',
        '15550783881',
        {
          scope: 'phone',
          event: 'DOWNGRADE',
          messagingLimit: 'TIER_1K',
          previousLimit: 'TIER_10K',
          portfolioId: WABA,
        },
      ),
      management(
        'wa:qual:15550783881:UNFLAGGED:1718409600',
        'account.quality_changed',
        '2024-06-15T00:00:00.000Z',
        '15550783881',
        {
          scope: 'phone',
          status: 'CONNECTED',
          event: 'UNFLAGGED',
          messagingLimit: 'TIER_1K',
          portfolioId: WABA,
        },
      ),
    ]);
  });

  it('maps business_capability_update at portfolio scope on the WABA, integers to TIER names', () => {
    expect(events('business-capability-update.json')).toStrictEqual([
      management('wa:cap:102290129340398:1773200100', 'account.quality_changed', '2026-03-11T03:35:00.000Z', WABA, {
        scope: 'portfolio',
        messagingLimit: 'TIER_2K',
        maxDailyConversations: 2000,
        portfolioId: WABA,
      }),
      management('wa:cap:102290129340398:1717300000', 'account.quality_changed', '2024-06-02T03:46:40.000Z', WABA, {
        scope: 'portfolio',
        messagingLimit: 'TIER_1K',
        maxDailyConversations: 1000,
        portfolioId: WABA,
      }),
    ]);
  });

  it('accepts the "UNLIMITED" and numeric-string spellings of limits and drops unknown ones with a note', () => {
    const result = mapWhatsAppWebhook({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: WABA,
          time: 1773200000,
          changes: [
            { field: 'business_capability_update', value: { max_daily_conversations_per_business: 'UNLIMITED' } },
          ],
        },
        {
          id: WABA,
          time: 1773200001,
          changes: [{ field: 'business_capability_update', value: { max_daily_conversations_per_business: '100000' } }],
        },
        {
          id: WABA,
          time: 1773200002,
          changes: [
            { field: 'business_capability_update', value: { max_daily_conversations_per_business: 'TIER_5K' } },
          ],
        },
      ],
    });
    expect(result.events.map((e) => e.event.payload)).toStrictEqual([
      { scope: 'portfolio', messagingLimit: 'TIER_UNLIMITED', maxDailyConversations: -1, portfolioId: WABA },
      { scope: 'portfolio', messagingLimit: 'TIER_100K', maxDailyConversations: 100000, portfolioId: WABA },
    ]);
    expect(result.skipped).toStrictEqual([
      {
        path: '/entry/2/changes/0/value/max_daily_conversations_per_business',
        reason: 'field_dropped',
        detail: 'TIER_5K',
      },
      { path: '/entry/2/changes/0/value', reason: 'no_messaging_limit' },
    ]);
  });

  it('uses the receiver’s phone_number_id for a display number when it knows one, keeping the event id', () => {
    const result = mapWhatsAppWebhook(fixture('phone-number-quality-update.json'), {
      resolvePhoneNumberId: (display, waba) => (display === '15550783881' && waba === WABA ? PHONE : undefined),
    });
    expect(result.events.map((e) => [e.event.id, e.event.accountId])).toStrictEqual([
      ['wa:qual:15550783881:THROUGHPUT_UPGRADE:1773200000', PHONE],
      ['wa:qual:15550783882:ONBOARDING:1773300000', '15550783882'],
    ]);
    expect(result.accounts).toStrictEqual([
      { accountId: PHONE, wabaId: WABA, displayPhoneNumber: '15550783881' },
      { accountId: '15550783882', wabaId: WABA, displayPhoneNumber: '15550783882' },
    ]);
  });
});

describe('mapWhatsAppWebhook: templates', () => {
  it('maps message_template_status_update with category and reason (pause title when reason is NONE)', () => {
    expect(events('message-template-status-update.json')).toStrictEqual([
      management(
        'wa:tpl:1689556908129832:status:APPROVED:1751247548',
        'template.updated',
        '2025-06-30T01:39:08.000Z',
        WABA,
        {
          templateName: 'order_confirmation',
          templateId: '1689556908129832',
          language: 'en_US',
          status: 'APPROVED',
          category: 'UTILITY',
        },
      ),
      management(
        'wa:tpl:1689556908129835:status:REJECTED:1751247600',
        'template.updated',
        '2025-06-30T01:40:00.000Z',
        WABA,
        {
          templateName: 'abandoned_cart',
          templateId: '1689556908129835',
          language: 'pl',
          status: 'REJECTED',
          category: 'MARKETING',
          reason: 'INVALID_FORMAT',
        },
      ),
      management(
        'wa:tpl:1689556908129840:status:PAUSED:1773400000',
        'template.updated',
        '2026-03-13T11:06:40.000Z',
        WABA,
        {
          templateName: 'spring_sale',
          templateId: '1689556908129840',
          language: 'ru',
          status: 'PAUSED',
          category: 'MARKETING',
          reason: 'FIRST_PAUSE',
        },
      ),
    ]);
  });

  it('maps quality updates, also when Meta labels them message_template_status_update', () => {
    const template = { templateName: 'spring_sale', templateId: '1689556908129840', language: 'ru' };
    expect(events('message-template-quality-update.json')).toStrictEqual([
      management(
        'wa:tpl:1689556908129840:quality:YELLOW:1773390000',
        'template.updated',
        '2026-03-13T08:20:00.000Z',
        WABA,
        {
          ...template,
          quality: 'YELLOW',
          previousQuality: 'GREEN',
        },
      ),
      management(
        'wa:tpl:1689556908129840:quality:RED:1773395000',
        'template.updated',
        '2026-03-13T09:43:20.000Z',
        WABA,
        {
          ...template,
          quality: 'RED',
          previousQuality: 'YELLOW',
        },
      ),
    ]);
  });

  it('maps impending and completed template_category_update', () => {
    const template = { templateName: 'welcome_template', templateId: '278077987957091', language: 'en_US' };
    expect(events('template-category-update.json')).toStrictEqual([
      management(
        'wa:tpl:278077987957091:category_scheduled:MARKETING:1746082800',
        'template.updated',
        '2025-05-01T07:00:00.000Z',
        WABA,
        {
          ...template,
          category: 'UTILITY',
          reason: 'CATEGORY_CHANGE_SCHEDULED:MARKETING@2025-05-02T07:00:00.000Z',
        },
      ),
      management(
        'wa:tpl:278077987957091:category:MARKETING:1746169200',
        'template.updated',
        '2025-05-02T07:00:00.000Z',
        WABA,
        {
          ...template,
          category: 'MARKETING',
          previousCategory: 'UTILITY',
        },
      ),
    ]);
  });
});

describe('mapWhatsAppWebhook: account_update', () => {
  it('maps ACCOUNT_VIOLATION to a policy alert with the violation info', () => {
    expect(events('account-update-violation.json')).toStrictEqual([
      management(
        'wa:acct:102290129340398:ACCOUNT_VIOLATION:ADULT:1773450000',
        'account.policy_alert',
        '2026-03-14T01:00:00.000Z',
        WABA,
        {
          kind: 'ACCOUNT_VIOLATION',
          detail: { violation_info: { violation_type: 'ADULT' } },
        },
      ),
    ]);
  });

  it('maps DISABLED_UPDATE schedule and reinstatement as two alerts', () => {
    expect(events('account-update-disabled.json')).toStrictEqual([
      management(
        'wa:acct:102290129340398:DISABLED_UPDATE:SCHEDULE_FOR_DISABLE:1773536400',
        'account.policy_alert',
        '2026-03-15T01:00:00.000Z',
        WABA,
        {
          kind: 'DISABLED_UPDATE',
          detail: { ban_info: { waba_ban_state: 'SCHEDULE_FOR_DISABLE', waba_ban_date: 'March 22, 2026' } },
        },
      ),
      management(
        'wa:acct:102290129340398:DISABLED_UPDATE:REINSTATE:1774400000',
        'account.policy_alert',
        '2026-03-25T00:53:20.000Z',
        WABA,
        {
          kind: 'DISABLED_UPDATE',
          detail: { ban_info: { waba_ban_state: 'REINSTATE', waba_ban_date: 'March 22, 2026' } },
        },
      ),
    ]);
  });
});

describe('mapWhatsAppWebhook: validity, determinism, skips', () => {
  const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

  it.each(names)('every event of %s validates once the receiver sets tenantId', (name) => {
    const result = map(name);
    expect(result.events.length).toBeGreaterThan(0);
    for (const mapped of result.events) {
      expect(mapped.wabaId).toBe(WABA);
      const validation = validateEvent(withTenant(mapped, 'tenant-1'));
      expect(validation.ok ? [] : validation.issues).toStrictEqual([]);
    }
  });

  it('maps a redelivered body to the same events and ids', () => {
    for (const name of names) expect(map(name)).toStrictEqual(map(name));
  });

  it('collapses repeated identical statuses and skips what it cannot map, mapping the rest of the batch', () => {
    const result = map('mixed-batch-with-skips.json');
    expect(result.events.map((e) => e.event.id)).toStrictEqual([
      'wa:msg:wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTcwQUFBQkJCQ0NDREREMDAxAA==',
      'wa:st:wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJDQzAwMTEyMjMzNDQ1NTY2NzcA:read',
      'wa:st:wamid.HBgSMTIwMzYzMDQ0MTEyMzQ1Njc4FQIAERgSRUVGRjAwMTEyMjMzNDQ1NQA=:delivered',
    ]);
    // A group send keeps its pricing minus the type the canonical model has no value for.
    expect(result.events[2].event.payload).toStrictEqual({
      status: 'delivered',
      pricing: { category: 'group_service', billable: false, model: 'PMP' },
    });
    expect(result.skipped).toStrictEqual([
      { path: '/entry/0/changes/0/value/messages/1', reason: 'unsupported_message_type', detail: 'edit' },
      { path: '/entry/0/changes/0/value/messages/2', reason: 'missing_message_id' },
      { path: '/entry/0/changes/0/value/messages/3/timestamp', reason: 'invalid_timestamp', detail: 'yesterday' },
      {
        path: '/entry/0/changes/0/value/statuses/1',
        reason: 'duplicate_event_id',
        detail: 'wa:st:wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJDQzAwMTEyMjMzNDQ1NTY2NzcA:read',
      },
      { path: '/entry/0/changes/0/value/statuses/2', reason: 'unknown_status', detail: 'warning' },
      {
        path: '/entry/0/changes/0/value/statuses/3/pricing/type',
        reason: 'field_dropped',
        detail: 'free_group_customer_service',
      },
      { path: '/entry/0/changes/1/value', reason: 'unknown_field', detail: 'account_alerts' },
      { path: '/entry/0/changes/2', reason: 'invalid_change', detail: 'messages' },
      { path: '/entry/1', reason: 'invalid_entry' },
      // A management field with no entry.time has no deterministic time: skipped, never stamped with "now".
      { path: '/entry/2/changes/0/value', reason: 'missing_timestamp' },
    ]);
    expect(result.accounts).toStrictEqual([
      { accountId: PHONE, wabaId: WABA, displayPhoneNumber: '15550783881' },
      { accountId: '15550783881', wabaId: WABA, displayPhoneNumber: '15550783881' },
    ]);
  });

  it.each([
    ['a message that is not an object', envelope('messages', { metadata, messages: ['oops'] }), 'invalid_item'],
    [
      'a message with no sender key',
      envelope('messages', {
        metadata,
        contacts: [{ wa_id: '1' }, { wa_id: '2' }],
        messages: [{ id: 'wamid.A', timestamp: '1773000000', type: 'text' }],
      }),
      'missing_contact',
    ],
    ['messages without metadata', envelope('messages', { messages: [] }), 'missing_phone_number_id'],
    ['change-level errors', envelope('messages', { metadata, errors: [{ code: 131000 }] }), 'change_errors'],
    [
      'a preference of another category',
      envelope('user_preferences', {
        metadata,
        user_preferences: [{ wa_id: '1', category: 'utility_messages', value: 'stop', timestamp: 1 }],
      }),
      'unknown_preference',
    ],
    [
      'a template without language',
      envelope('message_template_status_update', { event: 'APPROVED', message_template_name: 'x' }, { time: 1 }),
      'missing_template_fields',
    ],
    ['an account_update without event', envelope('account_update', { country: 'PL' }, { time: 1 }), 'missing_event'],
    [
      'a capability update without limits',
      envelope('business_capability_update', { max_phone_numbers_per_business: 2 }, { time: 1 }),
      'no_messaging_limit',
    ],
    [
      'an entry.time that is not unix seconds',
      envelope('account_update', { event: 'X' }, { time: '2026-03-01' }),
      'invalid_timestamp',
    ],
  ])('skips %s with a reason instead of throwing', (_case, body, reason) => {
    const result = mapWhatsAppWebhook(body);
    expect(result.skipped.map((s) => s.reason)).toContain(reason);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'whatsapp_business_account'],
    ['another object kind', { object: 'page', entry: [] }],
    ['an envelope without entries', { object: 'whatsapp_business_account' }],
  ])('rejects %s with WHATSAPP_PAYLOAD_INVALID', (_case, body) => {
    let thrown: unknown;
    try {
      mapWhatsAppWebhook(body);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WhatsAppPayloadError);
    expect(thrown).toMatchObject({ code: 'WHATSAPP_PAYLOAD_INVALID' });
  });

  it('keeps ids within 128 characters and deterministic for long business-scoped user ids', () => {
    const bsuid = `US.${'7'.repeat(128)}`;
    const body = envelope('user_preferences', {
      metadata,
      user_preferences: [{ user_id: bsuid, category: 'marketing_messages', value: 'stop', timestamp: 1773100000 }],
    });
    const first = mapWhatsAppWebhook(body).events.map((e) => e.event);
    const again = mapWhatsAppWebhook(structuredClone(body)).events.map((e) => e.event.id);
    expect(first.map((e) => e.id)).toStrictEqual(again);
    expect(first.map((e) => e.id)).toStrictEqual([
      expect.stringMatching(/^wa:pref:h:[\w-]{43}$/),
      expect.stringMatching(/^wa:cmpl:h:[\w-]{43}$/),
    ]);
    expect(first[0]).toMatchObject({ contactId: bsuid });
  });

  it('clips over-long text to the schema limit without splitting an emoji', () => {
    const body = envelope('messages', {
      metadata,
      messages: [
        {
          from: '1',
          id: 'wamid.LONG',
          timestamp: '1773000000',
          type: 'text',
          text: { body: `${'a'.repeat(65535)}😀tail` },
        },
      ],
    });
    const [mapped] = mapWhatsAppWebhook(body).events;
    const payload = mapped.event.payload as { text: string };
    expect(payload.text).toBe('a'.repeat(65535));
    expect(validateEvent(withTenant(mapped, 't')).ok).toBe(true);
  });

  it('maps a full batch of 1000 updates quickly, each to its own event', () => {
    const messages = Array.from({ length: 500 }, (_, i) => ({
      from: `4860100${String(i).padStart(4, '0')}`,
      id: `wamid.BATCH-IN-${i}`,
      timestamp: String(1773000000 + i),
      type: 'text',
      text: { body: `Wiadomość nr ${i} 🙂` },
    }));
    const statuses = Array.from({ length: 500 }, (_, i) => ({
      id: `wamid.BATCH-OUT-${i % 250}`,
      status: i < 250 ? 'sent' : 'read',
      timestamp: String(1773000000 + i),
      recipient_id: `4860100${String(i % 250).padStart(4, '0')}`,
      pricing: { billable: true, pricing_model: 'PMP', category: 'utility', type: 'regular' },
    }));
    const body = envelope('messages', { metadata, messages, statuses });
    const started = performance.now();
    const result = mapWhatsAppWebhook(body);
    const elapsed = performance.now() - started;
    expect(result.skipped).toStrictEqual([]);
    expect(new Set(result.events.map((e) => e.event.id)).size).toBe(1000);
    expect(elapsed).toBeLessThan(500);
  });
});

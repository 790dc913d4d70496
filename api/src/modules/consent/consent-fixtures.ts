import type { CanonicalEvent } from '@checkmark/schemas';
import { whatsappEvent } from '../../testing/analytics-fixtures';

/** Test events of one contact on WhatsApp number wa_1 (another channel/account by `over`). */
export interface ConsentFixtureOptions {
  channel?: string;
  accountId?: string;
}

const base = (contactId: string, options: ConsentFixtureOptions) => ({
  contactId,
  ...(options.channel ? { channel: options.channel } : {}),
  ...(options.accountId ? { accountId: options.accountId } : {}),
});

export function consentEvent(
  tenantId: string,
  id: string,
  contactId: string,
  at: string,
  payload: {
    action: 'opt_in' | 'opt_out';
    purpose: 'marketing' | 'service' | 'all';
    method: string;
    evidence?: object;
  },
  options: ConsentFixtureOptions = {},
): CanonicalEvent {
  return whatsappEvent(tenantId, id, 'consent.updated', at, { ...base(contactId, options), payload });
}

export function inbound(
  tenantId: string,
  id: string,
  contactId: string,
  at: string,
  options: ConsentFixtureOptions & { contentType?: string } = {},
): CanonicalEvent {
  return whatsappEvent(tenantId, id, 'message.received', at, {
    ...base(contactId, options),
    messageId: `in:${id}`,
    payload: { contentType: options.contentType ?? 'text', text: 'hello' },
  });
}

/** A marketing template of campaign "spring" (`category` changes the template category). */
export function template(
  tenantId: string,
  id: string,
  contactId: string,
  at: string,
  options: ConsentFixtureOptions & { category?: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION'; campaignId?: string } = {},
): CanonicalEvent {
  const category = options.category ?? 'MARKETING';
  const campaignId = options.campaignId ?? (category === 'MARKETING' ? 'spring' : undefined);
  return whatsappEvent(tenantId, id, 'message.sent', at, {
    ...base(contactId, options),
    messageId: `m:${id}`,
    payload: {
      sender: { kind: campaignId ? 'campaign' : 'automation' },
      isTemplate: true,
      templateName: category === 'MARKETING' ? 'promo' : 'order_update',
      templateCategory: category,
      contentType: 'template',
      ...(campaignId ? { campaignId } : {}),
    },
  });
}

/** A free-form agent message. */
export function reply(
  tenantId: string,
  id: string,
  contactId: string,
  at: string,
  options: ConsentFixtureOptions = {},
): CanonicalEvent {
  return whatsappEvent(tenantId, id, 'message.sent', at, {
    ...base(contactId, options),
    messageId: `m:${id}`,
    payload: { sender: { kind: 'agent', agentId: 'ag_1' }, isTemplate: false, contentType: 'text', text: 'hi' },
  });
}

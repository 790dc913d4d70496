import type { CanonicalEvent, EventOfType } from '../../events/event-types';
import type { MessageStatus } from '../../events/types/message-status';

/**
 * Small, valid canonical events for tests of anything downstream of the pipeline (ids are deterministic, so
 * building the same fixture twice gives the same events — exactly what a replay looks like).
 */
export interface FixtureScope {
  tenantId: string;
  accountId: string;
  contactId: string;
  channel: CanonicalEvent['channel'];
}

export const DEFAULT_SCOPE: FixtureScope = {
  tenantId: 'tenant_fixture',
  accountId: 'phone_100',
  contactId: 'c_0123456789abcdef',
  channel: 'whatsapp',
};

/** `base` plus `seconds`, as the pipeline writes times (UTC, milliseconds). */
export function at(seconds: number, base = '2025-03-10T09:00:00.000Z'): string {
  return new Date(Date.parse(base) + seconds * 1000).toISOString();
}

function envelope(scope: FixtureScope, id: string, occurredAt: string) {
  return {
    id,
    tenantId: scope.tenantId,
    occurredAt,
    channel: scope.channel,
    source: 'fixture',
    schemaVersion: 1 as const,
  };
}

type Payload<T extends CanonicalEvent['type']> = EventOfType<T>['payload'];

export function messageReceived(
  messageId: string,
  occurredAt: string,
  payload: Partial<Payload<'message.received'>> = {},
  scope: FixtureScope = DEFAULT_SCOPE,
  conversationId?: string,
): EventOfType<'message.received'> {
  return {
    ...envelope(scope, `fx:msg:${messageId}`, occurredAt),
    type: 'message.received',
    accountId: scope.accountId,
    contactId: scope.contactId,
    messageId,
    ...(conversationId ? { conversationId } : {}),
    payload: { contentType: 'text', text: 'Hello, is my order on its way?', ...payload },
  };
}

export function messageSent(
  messageId: string,
  occurredAt: string,
  payload: Partial<Payload<'message.sent'>> = {},
  scope: FixtureScope = DEFAULT_SCOPE,
  conversationId?: string,
): EventOfType<'message.sent'> {
  return {
    ...envelope(scope, `fx:sent:${messageId}`, occurredAt),
    type: 'message.sent',
    accountId: scope.accountId,
    contactId: scope.contactId,
    messageId,
    ...(conversationId ? { conversationId } : {}),
    payload: {
      sender: { kind: 'agent', agentId: 'agent_1', teamId: 'team_a' },
      isTemplate: false,
      contentType: 'text',
      text: 'Yes, tomorrow.',
      ...payload,
    },
  };
}

export function messageStatus(
  messageId: string,
  status: MessageStatus,
  occurredAt: string,
  payload: Partial<Payload<'message.status'>> = {},
  scope: FixtureScope = DEFAULT_SCOPE,
): EventOfType<'message.status'> {
  return {
    ...envelope(scope, `fx:st:${messageId}:${status}`, occurredAt),
    type: 'message.status',
    accountId: scope.accountId,
    contactId: scope.contactId,
    messageId,
    payload: { status, ...payload },
  };
}

export function conversationUpdated(
  id: string,
  occurredAt: string,
  payload: Payload<'conversation.updated'>,
  scope: FixtureScope = DEFAULT_SCOPE,
  conversationId?: string,
): EventOfType<'conversation.updated'> {
  return {
    ...envelope(scope, `fx:conv:${id}`, occurredAt),
    type: 'conversation.updated',
    accountId: scope.accountId,
    contactId: scope.contactId,
    ...(conversationId ? { conversationId } : {}),
    payload,
  };
}

/** One event of every canonical type, each with its optional fields filled so every promoted column is exercised. */
export function oneOfEachType(scope: FixtureScope = DEFAULT_SCOPE): CanonicalEvent[] {
  return [
    messageReceived(
      'wamid.in1',
      at(0),
      {
        language: 'en',
        replyToMessageId: 'wamid.camp1',
        referral: {
          kind: 'ad',
          sourceId: 'ad_42',
          sourceUrl: 'https://fb.me/ad42',
          ref: 'spring',
          clickId: 'ctwa_abc',
          headline: 'Spring sale',
          utm: { source: 'facebook', medium: 'paid', campaign: 'spring' },
        },
      },
      scope,
      'conv_1',
    ),
    messageSent(
      'wamid.out1',
      at(60),
      {
        sender: { kind: 'campaign' },
        isTemplate: true,
        templateName: 'spring_offer',
        templateLanguage: 'en_US',
        templateCategory: 'marketing',
        campaignId: 'camp_spring',
        contentType: 'template',
        text: 'Spring offer: 20% off',
      },
      scope,
      'conv_1',
    ),
    messageStatus(
      'wamid.out1',
      'failed',
      at(65),
      {
        errorCode: 131026,
        errorTitle: 'Message undeliverable',
        errorDetails: 'Receiver is incapable of receiving this message',
        pricing: { category: 'marketing', type: 'regular', billable: false, model: 'PMP' },
        campaignId: 'camp_spring',
      },
      scope,
    ),
    conversationUpdated(
      'assign1',
      at(70),
      { action: 'assigned', agentId: 'agent_7', teamId: 'team_b' },
      scope,
      'conv_1',
    ),
    {
      ...envelope(scope, 'fx:consent:1', at(80)),
      type: 'consent.updated',
      accountId: scope.accountId,
      contactId: scope.contactId,
      payload: {
        action: 'opt_in',
        purpose: 'marketing',
        method: 'web_form',
        evidence: { text: 'Yes, send me offers', url: 'https://shop.example/optin', formId: 'f1' },
      },
    },
    {
      ...envelope(scope, 'fx:complaint:1', at(90)),
      type: 'complaint.recorded',
      accountId: scope.accountId,
      contactId: scope.contactId,
      payload: {
        kind: 'report_spam',
        reason: 'too many offers',
        relatedMessageId: 'wamid.out1',
        templateName: 'spring_offer',
        campaignId: 'camp_spring',
      },
    },
    {
      ...envelope(scope, 'fx:survey:1', at(100)),
      type: 'survey.answered',
      accountId: scope.accountId,
      contactId: scope.contactId,
      payload: { survey: 'nps', score: 0, agentId: 'agent_7', comment: 'Not helpful' },
    },
    {
      ...envelope(scope, 'fx:quality:1', at(110)),
      type: 'account.quality_changed',
      accountId: scope.accountId,
      payload: {
        scope: 'phone',
        qualityRating: 'YELLOW',
        status: 'FLAGGED',
        event: 'DOWNGRADE',
        messagingLimit: 'TIER_1K',
        previousLimit: 10000,
        maxDailyConversations: 1000,
      },
    },
    {
      ...envelope(scope, 'fx:template:1', at(120)),
      type: 'template.updated',
      accountId: scope.accountId,
      payload: {
        templateName: 'spring_offer',
        templateId: 'tpl_1',
        language: 'en_US',
        category: 'MARKETING',
        previousCategory: 'UTILITY',
        status: 'PAUSED',
        quality: 'RED',
        previousQuality: 'YELLOW',
        reason: 'PROMOTIONAL',
      },
    },
    {
      ...envelope(scope, 'fx:alert:1', at(130)),
      type: 'account.policy_alert',
      accountId: scope.accountId,
      payload: { kind: 'ACCOUNT_VIOLATION', detail: { violation_type: 'SCAM' } },
    },
    {
      ...envelope(scope, 'fx:conversion:1', at(140)),
      type: 'conversion.recorded',
      accountId: scope.accountId,
      contactId: scope.contactId,
      payload: { kind: 'purchase', orderId: 'order_9', value: 129.99, currency: 'EUR', attributionToken: 'tok_1' },
    },
  ];
}

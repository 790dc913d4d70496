import type { TObject } from '@sinclair/typebox';
import { AccountPolicyAlertEvent } from './types/account-policy-alert';
import { AccountQualityChangedEvent } from './types/account-quality-changed';
import { ComplaintRecordedEvent } from './types/complaint-recorded';
import { ConsentUpdatedEvent } from './types/consent-updated';
import { ConversationUpdatedEvent } from './types/conversation-updated';
import { ConversionRecordedEvent } from './types/conversion-recorded';
import { MessageReceivedEvent } from './types/message-received';
import { MessageSentEvent } from './types/message-sent';
import { MessageStatusEvent } from './types/message-status';
import { SurveyAnsweredEvent } from './types/survey-answered';
import { TemplateUpdatedEvent } from './types/template-updated';

/** Every canonical event type of schema version 1, by its `type` value. */
export const EVENT_SCHEMAS = {
  'message.received': MessageReceivedEvent,
  'message.sent': MessageSentEvent,
  'message.status': MessageStatusEvent,
  'conversation.updated': ConversationUpdatedEvent,
  'consent.updated': ConsentUpdatedEvent,
  'complaint.recorded': ComplaintRecordedEvent,
  'survey.answered': SurveyAnsweredEvent,
  'account.quality_changed': AccountQualityChangedEvent,
  'template.updated': TemplateUpdatedEvent,
  'account.policy_alert': AccountPolicyAlertEvent,
  'conversion.recorded': ConversionRecordedEvent,
} as const satisfies Record<string, TObject>;

export type EventType = keyof typeof EVENT_SCHEMAS;
export const EVENT_TYPES = Object.keys(EVENT_SCHEMAS) as EventType[];

export type CanonicalEvent =
  | MessageReceivedEvent
  | MessageSentEvent
  | MessageStatusEvent
  | ConversationUpdatedEvent
  | ConsentUpdatedEvent
  | ComplaintRecordedEvent
  | SurveyAnsweredEvent
  | AccountQualityChangedEvent
  | TemplateUpdatedEvent
  | AccountPolicyAlertEvent
  | ConversionRecordedEvent;

export type EventOfType<T extends EventType> = Extract<CanonicalEvent, { type: T }>;

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EVENT_SCHEMAS, value);
}

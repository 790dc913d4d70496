import { createHmac } from 'node:crypto';
import type { CanonicalEvent } from '@checkmark/schemas';
import type { SimAccount, World } from './world';

/** One webhook POST body as Meta would send it, with its `X-Hub-Signature-256` header value. */
export interface SignedPayload {
  body: Buffer;
  signature: string;
  updates: number;
}

export interface WhatsAppEncoderOptions {
  appSecret: string;
  world: World;
  /** Meta batches at most 1000 updates per POST. */
  maxUpdates?: number;
  /** Meta's payloads stay under 3 MB. */
  maxBytes?: number;
}

interface Change {
  field: string;
  value: Record<string, unknown>;
}

const MAX_UPDATES = 1000;
const MAX_BYTES = 3 * 1024 * 1024;
const PAUSE_TITLES = new Set(['FIRST_PAUSE', 'SECOND_PAUSE', 'RATE_LIMITING_PAUSE', 'UNPAUSE']);

/** `sha256=<hex>` HMAC-SHA256 of the exact bytes, keyed with the app secret (Meta's X-Hub-Signature-256). */
export function signPayload(body: Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/**
 * Meta signs the escaped-unicode serialisation (non-ASCII as \uXXXX, `/` as `\/`); writing the same bytes makes
 * receivers that re-serialise JSON before checking the signature fail, as they would in production.
 */
export function metaJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');
}

function unix(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

function isBsuid(contactId: string): boolean {
  return /^[A-Z]{2}\./.test(contactId);
}

/**
 * Turns the WhatsApp part of the canonical stream into Cloud API webhook payloads (`whatsapp_business_account`
 * envelope: messages, statuses, user_preferences, phone_number_quality_update, template status/quality,
 * account_update), batched and signed. Events the platform never sends as webhooks (outbound message bodies,
 * helpdesk, surveys, conversions, non-platform consent) are counted as skipped.
 */
export class WhatsAppEncoder {
  readonly skipped: Record<string, number> = {};
  encodedEvents = 0;
  private readonly byPhoneNumberId = new Map<string, SimAccount>();
  private readonly maxUpdates: number;
  private readonly maxBytes: number;
  private pending: { waba: string; change: Change; bytes: number; time?: number }[] = [];
  private pendingBytes = 0;

  constructor(private readonly options: WhatsAppEncoderOptions) {
    for (const account of options.world.accountsByChannel.whatsapp) this.byPhoneNumberId.set(account.id, account);
    this.maxUpdates = options.maxUpdates ?? MAX_UPDATES;
    this.maxBytes = options.maxBytes ?? MAX_BYTES;
  }

  /** Adds one event; returns any payload that became full. */
  add(event: CanonicalEvent): SignedPayload[] {
    if (event.channel !== 'whatsapp') return [];
    const encoded = this.encode(event);
    if (!encoded) {
      this.skipped[event.type] = (this.skipped[event.type] ?? 0) + 1;
      return [];
    }
    this.encodedEvents++;
    const bytes = Buffer.byteLength(metaJson(encoded.change)) + 64;
    const out: SignedPayload[] = [];
    if (
      this.pending.length > 0 &&
      (this.pending.length >= this.maxUpdates || this.pendingBytes + bytes > this.maxBytes - 1024)
    ) {
      out.push(...this.flush());
    }
    // Management fields have no timestamp of their own; Meta dates them with entry.time, one entry each.
    const time =
      encoded.change.field === 'messages' || encoded.change.field === 'user_preferences'
        ? undefined
        : unix(event.occurredAt);
    this.pending.push(
      time === undefined
        ? { waba: encoded.waba, change: encoded.change, bytes }
        : { waba: encoded.waba, change: encoded.change, bytes, time },
    );
    this.pendingBytes += bytes;
    return out;
  }

  /** Emits what is pending as one payload (or nothing). */
  flush(): SignedPayload[] {
    if (this.pending.length === 0) return [];
    const entries: { id: string; time?: number; changes: Change[] }[] = [];
    for (const p of this.pending) {
      const last = entries[entries.length - 1];
      if (p.time !== undefined) entries.push({ id: p.waba, time: p.time, changes: [p.change] });
      else if (last && last.id === p.waba && last.time === undefined) last.changes.push(p.change);
      else entries.push({ id: p.waba, changes: [p.change] });
    }
    const updates = this.pending.length;
    this.pending = [];
    this.pendingBytes = 0;
    const body = Buffer.from(metaJson({ object: 'whatsapp_business_account', entry: entries }), 'utf8');
    return [{ body, signature: signPayload(body, this.options.appSecret), updates }];
  }

  private metadata(account: SimAccount) {
    return { display_phone_number: account.displayPhoneNumber, phone_number_id: account.id };
  }

  private encode(e: CanonicalEvent): { waba: string; change: Change } | undefined {
    switch (e.type) {
      case 'message.received': {
        const account = this.byPhoneNumberId.get(e.accountId);
        if (!account) return undefined;
        const p = e.payload;
        const who = isBsuid(e.contactId) ? { user_id: e.contactId } : { wa_id: e.contactId };
        const message: Record<string, unknown> = {
          ...(isBsuid(e.contactId) ? { from_user_id: e.contactId } : { from: e.contactId }),
          id: e.messageId,
          timestamp: String(unix(e.occurredAt)),
          type: 'text',
          text: { body: p.text ?? '' },
        };
        if (p.replyToMessageId) message.context = { from: account.displayPhoneNumber, id: p.replyToMessageId };
        if (p.referral?.kind === 'ad') {
          const r = p.referral;
          message.referral = {
            source_url: r.sourceUrl,
            source_id: r.sourceId,
            source_type: 'ad',
            headline: r.headline,
            body: r.headline,
            media_type: 'image',
            image_url: 'https://scontent.xx.fbcdn.net/ad-image.jpg',
            ...(r.clickId ? { ctwa_clid: r.clickId } : {}),
          };
        }
        return {
          waba: account.wabaId!,
          change: {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: this.metadata(account),
              contacts: [{ profile: { name: 'Customer' }, ...who }],
              messages: [message],
            },
          },
        };
      }
      case 'message.status': {
        const account = this.byPhoneNumberId.get(e.accountId);
        if (!account || !e.messageId) return undefined;
        const p = e.payload;
        const status: Record<string, unknown> = {
          id: e.messageId,
          status: p.status,
          timestamp: String(unix(e.occurredAt)),
          ...(isBsuid(e.contactId) ? { recipient_user_id: e.contactId } : { recipient_id: e.contactId }),
        };
        if (p.campaignId) status.biz_opaque_callback_data = p.campaignId;
        if (p.pricing) {
          if (p.pricing.type === 'free_entry_point') {
            status.conversation = {
              id: `conv-${e.messageId.slice(-12)}`,
              origin: { type: 'referral_conversion' },
              ...(p.status === 'sent' ? { expiration_timestamp: String(unix(e.occurredAt) + 72 * 3600) } : {}),
            };
          }
          status.pricing = {
            billable: p.pricing.billable,
            pricing_model: p.pricing.model,
            category: p.pricing.category,
            type: p.pricing.type,
          };
        }
        if (p.status === 'failed' && p.errorCode !== undefined) {
          const code = Number(p.errorCode);
          status.errors = [
            {
              code,
              title: p.errorTitle,
              message: p.errorTitle,
              error_data: { details: p.errorDetails ?? p.errorTitle },
              href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
            },
          ];
        }
        return {
          waba: account.wabaId!,
          change: {
            field: 'messages',
            value: { messaging_product: 'whatsapp', metadata: this.metadata(account), statuses: [status] },
          },
        };
      }
      case 'consent.updated': {
        const account = this.byPhoneNumberId.get(e.accountId);
        const method = e.payload.method;
        if (!account || (method !== 'platform_stop' && method !== 'platform_resume')) return undefined;
        const stop = method === 'platform_stop';
        const who = isBsuid(e.contactId) ? { user_id: e.contactId } : { wa_id: e.contactId };
        return {
          waba: account.wabaId!,
          change: {
            field: 'user_preferences',
            value: {
              messaging_product: 'whatsapp',
              metadata: this.metadata(account),
              contacts: [{ profile: { name: 'Customer' }, ...who }],
              user_preferences: [
                {
                  ...who,
                  detail: stop
                    ? 'User requested to stop marketing messages'
                    : 'User requested to resume marketing messages',
                  category: 'marketing_messages',
                  value: stop ? 'stop' : 'resume',
                  timestamp: unix(e.occurredAt),
                },
              ],
            },
          },
        };
      }
      case 'account.quality_changed': {
        const account = this.byPhoneNumberId.get(e.accountId);
        const p = e.payload;
        if (!account || !p.event) return undefined;
        return {
          waba: account.wabaId!,
          change: {
            field: 'phone_number_quality_update',
            value: {
              display_phone_number: account.displayPhoneNumber,
              event: p.event,
              current_limit: p.messagingLimit,
              ...(p.previousLimit ? { old_limit: p.previousLimit } : {}),
              max_daily_conversations_per_business: p.messagingLimit,
            },
          },
        };
      }
      case 'template.updated': {
        const p = e.payload;
        const ids = {
          message_template_id: Number(p.templateId),
          message_template_name: p.templateName,
          message_template_language: p.language,
        };
        if (p.status) {
          const pauseTitle = p.reason && PAUSE_TITLES.has(p.reason) ? p.reason : undefined;
          return {
            waba: e.accountId,
            change: {
              field: 'message_template_status_update',
              value: {
                event: p.status,
                ...ids,
                reason: pauseTitle ? 'NONE' : (p.reason ?? 'NONE'),
                ...(p.category ? { message_template_category: p.category } : {}),
                ...(pauseTitle
                  ? {
                      other_info: {
                        title: pauseTitle,
                        description: `Template ${p.status.toLowerCase()} after user feedback`,
                      },
                    }
                  : {}),
              },
            },
          };
        }
        if (p.quality) {
          return {
            waba: e.accountId,
            change: {
              field: 'message_template_quality_update',
              value: { previous_quality_score: p.previousQuality ?? 'UNKNOWN', new_quality_score: p.quality, ...ids },
            },
          };
        }
        return undefined;
      }
      case 'account.policy_alert': {
        const d = e.payload.detail;
        return {
          waba: e.accountId,
          change: {
            field: 'account_update',
            value: {
              ...(typeof d.displayPhoneNumber === 'string' ? { phone_number: d.displayPhoneNumber } : {}),
              event: e.payload.kind,
              ...(d.violation_info ? { violation_info: d.violation_info } : {}),
              ...(d.ban_info ? { ban_info: d.ban_info } : {}),
            },
          },
        };
      }
      default:
        return undefined;
    }
  }
}

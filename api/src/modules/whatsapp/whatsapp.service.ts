import { Injectable, Logger } from '@nestjs/common';
import type { CanonicalEvent } from '@checkmark/schemas';
import type { RejectRecord } from '@checkmark/schemas/warehouse';
import { ApiMetrics } from '../../metrics';
import { accountKey, BusinessAccountsService } from '../business-accounts/business-accounts.service';
import { IngestionService } from '../ingestion/ingestion.service';
import { mapWhatsAppWebhook, WhatsAppPayloadError, type WhatsAppMappingResult } from './mapping';
import { WhatsAppCredentialsService } from './whatsapp-credentials.service';
import {
  WhatsAppBadSignatureError,
  WhatsAppInvalidPayloadError,
  WhatsAppMalformedJsonError,
  WhatsAppNotConfiguredError,
  WhatsAppVerificationError,
} from './whatsapp.exception';
import { isValidWhatsAppSignature, secretsEqual } from './whatsapp-signature';

export const WHATSAPP_SOURCE = 'whatsapp_webhook';
const CHANNEL = 'whatsapp';

export interface WhatsAppReceipt {
  events: number;
  rejected: number;
  skipped: number;
}

/** The WhatsApp Cloud API webhook: verification handshake and signed deliveries → canonical events. */
@Injectable()
export class WhatsAppService {
  private readonly logger = new Logger(WhatsAppService.name);

  constructor(
    private readonly credentials: WhatsAppCredentialsService,
    private readonly accounts: BusinessAccountsService,
    private readonly ingestion: IngestionService,
    private readonly metrics: ApiMetrics,
  ) {}

  /** Meta's subscription handshake: echo the challenge when mode and token match. */
  async verify(mode: unknown, token: unknown, challenge: unknown): Promise<string> {
    const { verifyToken } = await this.credentials.current();
    if (!verifyToken) throw new WhatsAppNotConfiguredError('WHATSAPP_VERIFY_TOKEN');
    const valid =
      mode === 'subscribe' &&
      typeof token === 'string' &&
      typeof challenge === 'string' &&
      secretsEqual(token, verifyToken);
    if (!valid) throw new WhatsAppVerificationError();
    return challenge;
  }

  /**
   * Verifies the signature over the raw bytes before anything else, maps the delivery, assigns each event the
   * tenant of its business account and returns once everything is durable.
   */
  async receive(rawBody: Buffer, signature: string | undefined): Promise<WhatsAppReceipt> {
    const { appSecret } = await this.credentials.current();
    if (!appSecret) throw new WhatsAppNotConfiguredError('WHATSAPP_APP_SECRET');
    if (!isValidWhatsAppSignature(rawBody, signature, appSecret)) throw new WhatsAppBadSignatureError();

    const body = parseJson(rawBody);
    const mapped = await this.map(body);
    if (mapped.skipped.length) {
      this.metrics.webhookSkipped.inc({ receiver: 'whatsapp' }, mapped.skipped.length);
      this.logger.debug(`skipped ${mapped.skipped.map((s) => `${s.path}: ${s.reason}`).join(', ')}`);
    }

    const tenants = await this.accounts.resolveTenants([
      ...mapped.accounts.map((a) => ({ channel: CHANNEL, ...a })),
      ...mapped.events.map((m) => ({ channel: CHANNEL, accountId: accountIdOf(m.event), wabaId: m.wabaId })),
    ]);
    const receivedAt = new Date();
    const events: CanonicalEvent[] = [];
    const rejects: RejectRecord[] = [];
    let dropped = 0;
    for (const { event } of mapped.events) {
      const tenantId = tenants.get(accountKey(CHANNEL, accountIdOf(event)));
      if (!tenantId) throw new Error(`no tenant resolved for account ${accountIdOf(event)}`);
      const result = this.ingestion.prepare({ ...event, tenantId }, tenantId);
      if (result.kind === 'ok') events.push(result.value);
      else if (result.kind === 'drop') dropped++;
      else {
        rejects.push({
          tenantId,
          source: WHATSAPP_SOURCE,
          step: result.step,
          reason: result.reason,
          detail: result.detail,
          raw: JSON.stringify(event),
          key: event.id,
          receivedAt,
        });
      }
    }
    await this.ingestion.publish(events, rejects);
    this.metrics.receivedEvents.inc({ receiver: 'whatsapp', status: 'accepted' }, events.length);
    this.metrics.receivedEvents.inc({ receiver: 'whatsapp', status: 'rejected' }, rejects.length);
    return { events: events.length, rejected: rejects.length, skipped: mapped.skipped.length + dropped };
  }

  private async map(body: unknown): Promise<WhatsAppMappingResult> {
    const wabaIds = entryIds(body);
    const byDisplay = wabaIds.length
      ? await this.accounts.phoneNumberIdsByDisplay(CHANNEL, wabaIds)
      : new Map<string, string>();
    try {
      return mapWhatsAppWebhook(body, {
        resolvePhoneNumberId: (displayPhoneNumber, wabaId) => byDisplay.get(`${wabaId}:${displayPhoneNumber}`),
      });
    } catch (error) {
      if (error instanceof WhatsAppPayloadError) throw new WhatsAppInvalidPayloadError(error.message);
      throw error;
    }
  }
}

function parseJson(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8')) as unknown;
  } catch {
    throw new WhatsAppMalformedJsonError();
  }
}

function accountIdOf(event: { accountId?: string; id: string }): string {
  return event.accountId ?? event.id;
}

/** The WABA ids the body names (entry[].id), read defensively: the mapper validates the envelope. */
function entryIds(body: unknown): string[] {
  const entry = (body as { entry?: unknown } | null)?.entry;
  if (!Array.isArray(entry)) return [];
  return entry.map((e) => (e as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
}

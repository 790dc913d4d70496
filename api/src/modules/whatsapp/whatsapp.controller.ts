import { Controller, Get, Headers, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../../common/errors/app-error';
import { takeRawBody } from '../../common/http/raw-body';
import { ApiMetrics, type WebhookOutcome } from '../../metrics';
import { WhatsAppService, type WhatsAppReceipt } from './whatsapp.service';

export const WHATSAPP_WEBHOOK_PATH = '/webhooks/whatsapp';

@Controller('webhooks/whatsapp')
export class WhatsAppController {
  constructor(
    private readonly whatsapp: WhatsAppService,
    private readonly metrics: ApiMetrics,
  ) {}

  @Get()
  async verify(
    @Query('hub.mode') mode: unknown,
    @Query('hub.verify_token') token: unknown,
    @Query('hub.challenge') challenge: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const echoed = await this.whatsapp.verify(mode, token, challenge);
    res.type('text/plain');
    return echoed;
  }

  /** The body arrives as raw bytes (see rawBodyReader in the app setup); it is parsed only after the signature. */
  @Post()
  @HttpCode(200)
  async receive(@Req() req: Request, @Headers('x-hub-signature-256') signature?: string): Promise<WhatsAppReceipt> {
    try {
      const receipt = await this.whatsapp.receive(takeRawBody(req), signature);
      this.metrics.webhookRequests.inc({ receiver: 'whatsapp', outcome: 'ok' });
      return receipt;
    } catch (error) {
      this.metrics.webhookRequests.inc({ receiver: 'whatsapp', outcome: outcomeOf(error) });
      throw error;
    }
  }
}

const OUTCOMES: Record<string, WebhookOutcome> = {
  BAD_SIGNATURE: 'bad_signature',
  MALFORMED_JSON: 'malformed',
  WHATSAPP_PAYLOAD_INVALID: 'invalid_payload',
  PAYLOAD_TOO_LARGE: 'too_large',
  INGEST_UNAVAILABLE: 'unavailable',
  SHUTTING_DOWN: 'unavailable',
  WHATSAPP_NOT_CONFIGURED: 'not_configured',
};

function outcomeOf(error: unknown): WebhookOutcome {
  return (error instanceof AppError && OUTCOMES[error.code]) || 'error';
}

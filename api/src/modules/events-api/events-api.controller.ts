import { Controller, Headers, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../../common/errors/app-error';
import { ApiKeyGuard, ApiKeyRoles, type AuthenticatedRequest } from '../../common/guards/api-key.guard';
import { takeRawBody } from '../../common/http/raw-body';
import { ApiMetrics, type EventsApiOutcome } from '../../metrics';
import { EventsApiService, type EventsApiResponse } from './events-api.service';

export const EVENTS_API_PATH = '/v1/events';

@Controller('v1/events')
export class EventsApiController {
  constructor(
    private readonly events: EventsApiService,
    private readonly metrics: ApiMetrics,
  ) {}

  /** 200 when every line was accepted, 207 when some were rejected (the body says which); both mean stored. */
  @Post()
  @UseGuards(ApiKeyGuard)
  @ApiKeyRoles('admin', 'ingest')
  async ingest(
    @Req() req: AuthenticatedRequest,
    @Headers('content-type') contentType: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EventsApiResponse> {
    try {
      const response = await this.events.ingest(takeRawBody(req), contentType, req.principal.tenantId);
      const partial = response.totals.rejected > 0;
      res.status(partial ? 207 : 200);
      this.count(partial ? 'partial' : 'ok');
      return response;
    } catch (error) {
      this.count(outcomeOf(error));
      throw error;
    }
  }

  private count(outcome: EventsApiOutcome): void {
    this.metrics.webhookRequests.inc({ receiver: 'events_api', outcome });
  }
}

function outcomeOf(error: unknown): EventsApiOutcome {
  if (!(error instanceof AppError)) return 'error';
  switch (error.code) {
    case 'PAYLOAD_TOO_LARGE':
    case 'TOO_MANY_EVENTS':
      return 'too_large';
    case 'INGEST_UNAVAILABLE':
    case 'SHUTTING_DOWN':
      return 'unavailable';
    default:
      return 'malformed';
  }
}

import { Controller, Headers, HttpCode, Post, Query, Req, UseGuards } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { ApiKeyGuard, ApiKeyRoles, type AuthenticatedRequest } from '../../common/guards/api-key.guard';
import { takeRawBody } from '../../common/http/raw-body';
import type { ConsentImportFormat } from './consent-import.parser';
import { ConsentImportService, type ConsentImportOutcome } from './consent-import.service';

export const CONSENT_RECORDS_PATH = '/v1/consent-records';

const FORMATS: Record<string, ConsentImportFormat> = {
  'text/csv': 'csv',
  'application/x-ndjson': 'ndjson',
};

/**
 * `POST /v1/consent-records` (API key, like /v1/events): the body is a CSV (`text/csv`) or NDJSON
 * (`application/x-ndjson`) consent file, imported as importConsentRecords does; `?dryRun=true` only validates.
 * 200 with the counts and per-row errors (rejected rows are reported, not a failure of the request).
 */
@Controller('v1/consent-records')
export class ConsentRecordsController {
  constructor(private readonly imports: ConsentImportService) {}

  @Post()
  @HttpCode(200)
  @UseGuards(ApiKeyGuard)
  @ApiKeyRoles('admin', 'compliance', 'ingest')
  async import(
    @Req() req: AuthenticatedRequest,
    @Headers('content-type') contentType: string | undefined,
    @Query('dryRun') dryRun: string | undefined,
  ): Promise<ConsentImportOutcome> {
    const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
    const format = FORMATS[mediaType];
    if (!format) {
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        `${mediaType || 'a body without a content type'} is not accepted; send text/csv or application/x-ndjson`,
      );
    }
    const body = takeRawBody(req);
    if (body.length === 0) throw new AppError('EMPTY_BODY', 'the body holds no consent records');
    const { principal } = req;
    return this.imports.import(
      { tenantId: principal.tenantId, kind: 'api_key', apiKeyId: principal.apiKeyId, label: principal.name },
      format,
      body.toString('utf8'),
      dryRun === 'true' || dryRun === '1',
    );
  }
}

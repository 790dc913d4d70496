import { Controller, Get, Logger, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/roles.decorator';
import { ComplianceExportsService } from './compliance-exports.service';
import { ComplianceReportService } from './compliance-report.service';
import { consentLedgerCsv } from './csv/consent-ledger.csv';
import { complianceReportCsv } from './csv/compliance-report.csv';
import { DownloadAuthGuard, type PrincipalRequest } from './download-auth.guard';
import { ledgerParams, reportParams, violationFilterParams, type QueryParams } from './download-params';
import { complianceReportDocument } from './pdf/compliance-report.document';
import { consentLedgerDocument } from './pdf/consent-ledger.document';
import { renderPdfReport } from './pdf/pdf-report.renderer';

const PDF = 'application/pdf';
const CSV = 'text/csv; charset=utf-8';

/** A filename safe in a quoted Content-Disposition value on every platform. */
function fileName(...parts: string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 80)).join('_');
}

function download(res: Response, type: string, name: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  // Compliance data names people's consent and the tenant's breaches: never kept by caches.
  res.setHeader('Cache-Control', 'no-store');
}

/**
 * Compliance downloads (docs/compliance-report.md): the report as PDF and CSV, all violations of a filter as CSV
 * (streamed), and a contact's consent ledger as PDF and CSV. Session bearer token, API key or session cookie; the
 * tenant is the principal's.
 */
@Controller('v1/compliance')
@UseGuards(DownloadAuthGuard)
export class ComplianceReportController {
  private readonly logger = new Logger(ComplianceReportController.name);

  constructor(
    private readonly reports: ComplianceReportService,
    private readonly exports: ComplianceExportsService,
  ) {}

  @Get('report.pdf')
  @Roles('admin', 'compliance', 'manager')
  async reportPdf(@Req() req: PrincipalRequest, @Query() query: QueryParams, @Res() res: Response): Promise<void> {
    const { input, lang } = reportParams(query);
    const report = await this.reports.report(req.principal, input);
    const pdf = await renderPdfReport(complianceReportDocument(report, lang));
    download(res, PDF, fileName('compliance-report', report.from, report.to, `${lang}.pdf`));
    res.end(pdf);
  }

  @Get('report.csv')
  @Roles('admin', 'compliance', 'manager')
  async reportCsv(@Req() req: PrincipalRequest, @Query() query: QueryParams, @Res() res: Response): Promise<void> {
    const { input } = reportParams(query);
    const report = await this.reports.report(req.principal, input);
    download(res, CSV, fileName('compliance-report', report.from, `${report.to}.csv`));
    res.end(complianceReportCsv(report));
  }

  @Get('violations.csv')
  @Roles('admin', 'compliance', 'manager')
  async violationsCsv(@Req() req: PrincipalRequest, @Query() query: QueryParams, @Res() res: Response): Promise<void> {
    const filter = violationFilterParams(query);
    const chunks = this.exports.violationsCsv(req.principal, filter);
    const first = await chunks.next();
    download(res, CSV, fileName('compliance-violations', filter.from, `${filter.to}.csv`));
    try {
      if (!first.done) await write(res, first.value);
      for await (const chunk of chunks) await write(res, chunk);
      res.end();
    } catch (error) {
      // Headers are out: a truncated file must not look complete, so the connection is cut.
      this.logger.error(`violations.csv failed mid-stream: ${error instanceof Error ? error.message : String(error)}`);
      res.destroy(error instanceof Error ? error : undefined);
    }
  }

  @Get('contacts/:contactId/ledger.pdf')
  @Roles('admin', 'compliance')
  async ledgerPdf(
    @Req() req: PrincipalRequest,
    @Param('contactId') contactId: string,
    @Query() query: QueryParams,
    @Res() res: Response,
  ): Promise<void> {
    const { channel, lang } = ledgerParams(query);
    const ledger = await this.exports.ledger(req.principal, contactId, channel);
    const pdf = await renderPdfReport(consentLedgerDocument(ledger, lang));
    download(res, PDF, fileName('consent-ledger', ledger.ledger.contactId, `${lang}.pdf`));
    res.end(pdf);
  }

  @Get('contacts/:contactId/ledger.csv')
  @Roles('admin', 'compliance')
  async ledgerCsv(
    @Req() req: PrincipalRequest,
    @Param('contactId') contactId: string,
    @Query() query: QueryParams,
    @Res() res: Response,
  ): Promise<void> {
    const { channel } = ledgerParams(query);
    const ledger = await this.exports.ledger(req.principal, contactId, channel);
    download(res, CSV, fileName('consent-ledger', `${ledger.ledger.contactId}.csv`));
    res.end(consentLedgerCsv(ledger));
  }
}

/** Writes a chunk, waiting while the client reads slower than we produce. */
function write(res: Response, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (res.destroyed) return reject(new Error('the client went away'));
    if (res.write(chunk)) return resolve();
    const done = () => {
      res.off('close', gone);
      resolve();
    };
    const gone = () => {
      res.off('drain', done);
      reject(new Error('the client went away'));
    };
    res.once('drain', done);
    res.once('close', gone);
  });
}

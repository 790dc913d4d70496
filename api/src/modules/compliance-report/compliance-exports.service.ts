import type { Channel } from '@checkmark/schemas';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import type { ViolationFilterInput } from '../compliance/dtos/violation-filter.input';
import { ViolationsService } from '../compliance/violations.service';
import { ConsentLedgerService } from '../consent/consent-ledger.service';
import { TenantSettingsService } from '../tenant-settings/tenant-settings.service';
import { ComplianceReportRepository } from './compliance-report.repository';
import { CSV_BOM } from './csv/csv-writer';
import { VIOLATIONS_CSV_HEADER, violationCsvLine } from './csv/violations.csv';
import type { LedgerExport } from './pdf/consent-ledger.document';

/** Violations fetched per page while streaming violations.csv (the list API's largest page). */
const STREAM_PAGE = 200;

type Violations = Pick<ViolationsService, 'list'>;
type Ledgers = Pick<ConsentLedgerService, 'ledger' | 'states'>;

/** The data behind the violation and consent-ledger downloads, read through the modules that own it. */
@Injectable()
export class ComplianceExportsService {
  constructor(
    @Inject(ViolationsService) private readonly violations: Violations,
    @Inject(ConsentLedgerService) private readonly ledgers: Ledgers,
    @Inject(TenantSettingsService) private readonly settings: Pick<TenantSettingsService, 'timeZone'>,
    @Inject(ComplianceReportRepository) private readonly store: Pick<ComplianceReportRepository, 'tenantName'>,
    @Inject(Clock) private readonly clock: Pick<Clock, 'now'>,
  ) {}

  /**
   * violations.csv in chunks: every violation the violations list shows for the filter (same filter, same order —
   * newest first — same evidence rules), page after page. The first chunk is produced before anything is sent,
   * so a bad filter fails the request instead of a half-written file.
   */
  async *violationsCsv(principal: Principal, filter: ViolationFilterInput): AsyncGenerator<string> {
    let after: string | null = null;
    let first = true;
    for (;;) {
      const page = await this.violations.list(principal, filter, { first: STREAM_PAGE, after });
      const lines = page.nodes.map(violationCsvLine).join('');
      yield first ? `${CSV_BOM}${VIOLATIONS_CSV_HEADER}${lines}` : lines;
      first = false;
      if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return;
      after = page.pageInfo.endCursor;
    }
  }

  /** A contact's ledger with its state per channel × purpose now (evidence text as the principal's role allows). */
  async ledger(principal: Principal, contact: string, channel: Channel | null): Promise<LedgerExport> {
    const generatedAt = this.clock.now();
    const ledger = await this.ledgers.ledger(principal, contact, channel);
    const [states, timeZone, tenantName] = await Promise.all([
      this.ledgers.states(ledger, generatedAt),
      this.settings.timeZone(principal.tenantId),
      this.store.tenantName(principal.tenantId),
    ]);
    return { ledger, states, timeZone, tenantName, generatedAt };
  }
}

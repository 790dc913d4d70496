import { Inject, Injectable } from '@nestjs/common';
import { queryRows, rollupsRefreshedAt } from '@checkmark/schemas/warehouse';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { scopeQueryParams } from '../overview/analytics-scope-params';
import { WAREHOUSE, type WarehouseHandle } from '../warehouse/warehouse';
import { consentCoverageQuery, type ConsentCoverageQueryRow } from './queries/consent-coverage.query';
import { consentLedgerQuery, type ConsentLedgerRow } from './queries/consent-ledger.query';
import { consentViolationsQuery, type ConsentViolationRow } from './queries/consent-violations.query';
import { contactInboundQuery, type ContactInboundRow } from './queries/contact-inbound.query';
import { optOutHonouringQuery, type OptOutHonouringFiguresRow } from './queries/opt-out-honouring.query';
import { optOutRowsQuery, type OptOutRow } from './queries/opt-out-rows.query';

export type CoverageGroup = 'account' | 'campaign' | 'channel' | 'day';

/** Sort key of the opt-out list (newest first); the id makes it unique. */
export interface OptOutCursor {
  optedOutMs: number;
  id: string;
}

/** Most ledger entries one contact returns (a ledger is a person's history, not a bulk export). */
export const LEDGER_LIMIT = 10_000;

/** The scope filters of the consent-at-send fragment, all off: detection looks at every message. */
const UNFILTERED = {
  filterChannels: false,
  channels: [],
  filterAccounts: false,
  accounts: [],
  filterAgents: false,
  agents: [],
  filterCampaigns: false,
  campaigns: [],
};

/** Consent reads of ClickHouse, one method per query. */
@Injectable()
export class ConsentRepository {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

  /** Consent violations of the tenant's messages sent in [from, to), every channel and account. */
  violations(tenantId: string, range: { from: Date; to: Date }): Promise<ConsentViolationRow[]> {
    return queryRows(this.warehouse.client, consentViolationsQuery(this.warehouse.database), {
      tenant: tenantId,
      ...UNFILTERED,
      fromMs: range.from.getTime(),
      toMs: range.to.getTime(),
    });
  }

  coverage(scope: AnalyticsScope, groupBy: CoverageGroup): Promise<ConsentCoverageQueryRow[]> {
    return queryRows(this.warehouse.client, consentCoverageQuery(this.warehouse.database), {
      ...scopeQueryParams(scope),
      groupBy,
    });
  }

  async honouring(scope: AnalyticsScope): Promise<OptOutHonouringFiguresRow> {
    const rows = await queryRows<OptOutHonouringFiguresRow>(
      this.warehouse.client,
      optOutHonouringQuery(this.warehouse.database),
      scopeQueryParams(scope),
    );
    return rows[0];
  }

  optOuts(scope: AnalyticsScope, after: OptOutCursor | null, limit: number): Promise<OptOutRow[]> {
    return queryRows(this.warehouse.client, optOutRowsQuery(this.warehouse.database), {
      ...scopeQueryParams(scope),
      filterAfter: after !== null,
      afterMs: after?.optedOutMs ?? 0,
      afterId: after?.id ?? '',
      limit,
    });
  }

  /** When the rollups, consent_at_send among them, last rebuilt (coverage's and honouring's asOf). */
  rollupsRefreshedAt(): Promise<Date | null> {
    return rollupsRefreshedAt(this.warehouse.client, this.warehouse.database);
  }

  ledger(
    tenantId: string,
    contactIds: string[],
    channel: string | null,
    withEvidenceText: boolean,
  ): Promise<ConsentLedgerRow[]> {
    return queryRows(this.warehouse.client, consentLedgerQuery(this.warehouse.database), {
      tenant: tenantId,
      contacts: contactIds,
      filterChannel: channel !== null,
      channel: channel ?? '',
      withEvidenceText,
      limit: LEDGER_LIMIT,
    });
  }

  lastInbound(tenantId: string, contactIds: string[], at: Date): Promise<ContactInboundRow[]> {
    return queryRows(this.warehouse.client, contactInboundQuery(this.warehouse.database), {
      tenant: tenantId,
      contacts: contactIds,
      atMs: at.getTime(),
    });
  }
}

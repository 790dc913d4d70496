import { Inject, Injectable } from '@nestjs/common';
import { queryRows } from '@checkmark/schemas/warehouse';
import { WAREHOUSE, type WarehouseHandle } from '../warehouse/warehouse';
import type { AnalyticsScope, DateRange } from './analytics-scope';
import { scopeQueryParams } from './analytics-scope-params';
import { DELIVERY_RECEIPT_CHANNELS, READ_RECEIPT_CHANNELS } from './channel-receipts';
import { activeConversationsQuery, type ActiveConversationsRow } from './queries/active-conversations.query';
import { businessMessagesQuery, type BusinessMessagesRow } from './queries/business-messages.query';
import { complaintsQuery, type ComplaintsRow } from './queries/complaints.query';
import { customerMessagesQuery, type CustomerMessagesRow } from './queries/customer-messages.query';
import { firstResponseQuery, type FirstResponseRow } from './queries/first-response.query';
import { npsQuery, type NpsRow } from './queries/nps.query';

/** Silence after which a customer message starts a new conversation when the source gives no conversation id. */
export const CONVERSATION_SILENCE_SECONDS = 24 * 3600;

/** The Overview's reads from ClickHouse: one method per query, all for one scope and one period. */
@Injectable()
export class OverviewRepository {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

  businessMessages(scope: AnalyticsScope, range: DateRange): Promise<BusinessMessagesRow[]> {
    return this.run(businessMessagesQuery, scope, range);
  }

  customerMessages(scope: AnalyticsScope, range: DateRange): Promise<CustomerMessagesRow[]> {
    return this.run(customerMessagesQuery, scope, range);
  }

  activeConversations(scope: AnalyticsScope, range: DateRange): Promise<ActiveConversationsRow[]> {
    return this.run(activeConversationsQuery, scope, range);
  }

  firstResponse(scope: AnalyticsScope, range: DateRange): Promise<FirstResponseRow[]> {
    return this.run(firstResponseQuery, scope, range);
  }

  nps(scope: AnalyticsScope, range: DateRange): Promise<NpsRow[]> {
    return this.run(npsQuery, scope, range);
  }

  complaints(scope: AnalyticsScope, range: DateRange): Promise<ComplaintsRow[]> {
    return this.run(complaintsQuery, scope, range);
  }

  private run<T>(query: (database: string) => string, scope: AnalyticsScope, range: DateRange): Promise<T[]> {
    return queryRows<T>(this.warehouse.client, query(this.warehouse.database), queryParams(scope, range));
  }
}

/** The parameters every Overview query takes: the scope's for the range, plus receipt channels and the silence gap. */
export function queryParams(scope: AnalyticsScope, range: DateRange): Record<string, unknown> {
  return {
    ...scopeQueryParams(scope, range),
    deliveryChannels: DELIVERY_RECEIPT_CHANNELS,
    readChannels: READ_RECEIPT_CHANNELS,
    silenceSeconds: CONVERSATION_SILENCE_SECONDS,
  };
}

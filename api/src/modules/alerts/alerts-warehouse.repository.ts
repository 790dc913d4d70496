import { Inject, Injectable } from '@nestjs/common';
import { queryRows } from '@checkmark/schemas/warehouse';
import { WAREHOUSE, type WarehouseHandle } from '../warehouse/warehouse';
import { accountStateEventsQuery, type AccountStateEventRow } from './queries/account-state-events.query';
import { accountStatesBeforeQuery, type AccountStateBeforeRow } from './queries/account-states-before.query';

/** The warehouse reads behind the account-state alert kinds. */
@Injectable()
export class AlertsWarehouseRepository {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

  /** account.quality_changed events since `since`, in the order they happened. */
  stateEvents(tenantId: string, accounts: string[] | null, since: Date): Promise<AccountStateEventRow[]> {
    return queryRows<AccountStateEventRow>(this.warehouse.client, accountStateEventsQuery(this.warehouse.database), {
      ...accountParams(tenantId, accounts),
      sinceMs: since.getTime(),
    });
  }

  /** Each account's last reported rating, status and limit before `before`. */
  statesBefore(tenantId: string, accounts: string[] | null, before: Date): Promise<AccountStateBeforeRow[]> {
    return queryRows<AccountStateBeforeRow>(this.warehouse.client, accountStatesBeforeQuery(this.warehouse.database), {
      ...accountParams(tenantId, accounts),
      beforeMs: before.getTime(),
    });
  }
}

function accountParams(tenantId: string, accounts: string[] | null): Record<string, unknown> {
  return { tenant: tenantId, filterAccounts: accounts !== null, accounts: accounts ?? [] };
}

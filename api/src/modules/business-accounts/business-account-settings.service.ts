import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { NotFoundError } from '../../common/errors/not-found.error';
import { pageRequest, paginate, type Page, type PageInput } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import type { BusinessAccount } from './business-account.entity';
import { BusinessAccountsRepository, type BusinessAccountValues } from './business-accounts.repository';
import { BusinessAccountsService } from './business-accounts.service';
import { businessAccountInputSchema, type BusinessAccountInput } from './dtos/business-account.input';
import { parseInput } from '../../common/errors/parse-input';

const ENTITY = 'business_account';

/** What the audit log keeps of an account. */
function snapshot(account: BusinessAccount): BusinessAccountValues & { id: string } {
  const { id, channel, externalId, wabaId, displayPhoneNumber, displayName, verified } = account;
  return { id, channel, externalId, wabaId, displayPhoneNumber, displayName, verified };
}

/**
 * The tenant's business accounts as settings. Deleting one that campaigns use is refused (CONFLICT); webhook
 * credentials are per tenant and channel, so no account deletion ever touches what the receiver verifies with.
 */
@Injectable()
export class BusinessAccountSettingsService {
  constructor(
    private readonly accounts: BusinessAccountsRepository,
    private readonly routing: BusinessAccountsService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, page?: PageInput | null): Promise<Page<BusinessAccount>> {
    const request = pageRequest(page, 2);
    const after = request.after
      ? { channel: String(request.after[0]), externalId: String(request.after[1]) }
      : undefined;
    const { rows, totalCount } = await this.accounts.list({
      tenantId: principal.tenantId,
      limit: request.first + 1,
      after,
    });
    return paginate(rows, request, totalCount, (row) => [row.channel, row.externalId]);
  }

  async create(principal: Principal, input: BusinessAccountInput): Promise<BusinessAccount> {
    const values = parseInput(businessAccountInputSchema, input, 'input');
    return this.accounts.transaction(async (manager) => {
      const created = await this.accounts.insert(principal.tenantId, values, manager);
      await this.audit.record(
        principal,
        {
          action: `${ENTITY}.create`,
          entityType: ENTITY,
          entityId: created.id,
          before: null,
          after: snapshot(created),
        },
        manager,
      );
      return created;
    });
  }

  async update(principal: Principal, id: string, input: BusinessAccountInput): Promise<BusinessAccount> {
    const values = parseInput(businessAccountInputSchema, input, 'input');
    const { before, after } = await this.accounts.transaction(async (manager) => {
      const current = await this.accounts.findOne(principal.tenantId, id, manager);
      if (!current) throw new NotFoundError(ENTITY);
      const updated = await this.accounts.update(principal.tenantId, id, values, manager);
      await this.audit.record(
        principal,
        {
          action: `${ENTITY}.update`,
          entityType: ENTITY,
          entityId: id,
          before: snapshot(current),
          after: snapshot(updated),
        },
        manager,
      );
      return { before: current, after: updated };
    });
    this.routing.forget(before.channel, before.externalId);
    return after;
  }

  async delete(principal: Principal, id: string): Promise<boolean> {
    const deleted = await this.accounts.transaction(async (manager) => {
      const current = await this.accounts.findOne(principal.tenantId, id, manager);
      if (!current) throw new NotFoundError(ENTITY);
      await this.accounts.delete(principal.tenantId, id, manager);
      await this.audit.record(
        principal,
        { action: `${ENTITY}.delete`, entityType: ENTITY, entityId: id, before: snapshot(current), after: null },
        manager,
      );
      return current;
    });
    this.routing.forget(deleted.channel, deleted.externalId);
    return true;
  }
}

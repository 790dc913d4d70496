import { Injectable } from '@nestjs/common';
import { TenantsService } from '../tenants/tenants.service';
import { BusinessAccountsRepository } from './business-accounts.repository';

export interface AccountSighting {
  channel: string;
  accountId: string;
  wabaId?: string;
  displayPhoneNumber?: string;
}

/** Lookups are cached briefly: every webhook names its numbers, and they rarely change tenant. */
const CACHE_TTL_MS = 60_000;

/** Decides which tenant a business account's events belong to, registering accounts seen for the first time. */
@Injectable()
export class BusinessAccountsService {
  private readonly cache = new Map<string, { tenantId: string; expires: number }>();

  constructor(
    private readonly accounts: BusinessAccountsRepository,
    private readonly tenants: TenantsService,
  ) {}

  /**
   * Maps each account to its tenant. An unknown account joins the tenant of a known account of the same
   * WhatsApp Business Account, or else the default tenant. Returns keys `${channel}:${accountId}`.
   */
  async resolveTenants(sightings: AccountSighting[]): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    const now = Date.now();
    const missing = new Map<string, AccountSighting>();
    for (const s of sightings) {
      const key = accountKey(s.channel, s.accountId);
      const cached = this.cache.get(key);
      if (cached && cached.expires > now) result.set(key, cached.tenantId);
      else if (!missing.has(key)) missing.set(key, s);
    }
    if (!missing.size) return result;

    for (const [channel, group] of groupByChannel([...missing.values()])) {
      const ids = () => group.filter((s) => !result.has(accountKey(channel, s.accountId))).map((s) => s.accountId);
      this.remember(result, await this.accounts.findByExternalIds(channel, ids()), now);
      const unknown = group.filter((s) => !result.has(accountKey(channel, s.accountId)));
      if (!unknown.length) continue;

      const wabaIds = [...new Set(unknown.map((s) => s.wabaId).filter((w): w is string => !!w))];
      const siblings = await this.accounts.findByWabaIds(channel, wabaIds);
      const tenantByWaba = new Map(siblings.map((a) => [a.wabaId!, a.tenantId]));
      const defaultTenantId = await this.tenants.defaultTenantId();
      await this.accounts.insertIfAbsent(
        unknown.map((s) => ({
          tenantId: (s.wabaId && tenantByWaba.get(s.wabaId)) || defaultTenantId,
          channel,
          externalId: s.accountId,
          wabaId: s.wabaId,
          displayPhoneNumber: s.displayPhoneNumber,
        })),
      );
      // Read back: a concurrent request may have registered the same account first.
      this.remember(result, await this.accounts.findByExternalIds(channel, ids()), now);
    }
    return result;
  }

  /**
   * Phone number ids of known numbers by `${wabaId}:${display number digits}`: management webhooks name a number
   * only by its display number, and this lets their events carry the same accountId as its messages.
   */
  async phoneNumberIdsByDisplay(channel: string, wabaIds: string[]): Promise<Map<string, string>> {
    const index = new Map<string, string>();
    for (const a of await this.accounts.findByWabaIds(channel, [...new Set(wabaIds)])) {
      if (a.wabaId && a.displayPhoneNumber && a.externalId !== a.displayPhoneNumber) {
        index.set(`${a.wabaId}:${a.displayPhoneNumber}`, a.externalId);
      }
    }
    return index;
  }

  /** Drops a cached route, so a deleted or re-keyed account stops routing to its old tenant at once. */
  forget(channel: string, externalId: string): void {
    this.cache.delete(accountKey(channel, externalId));
  }

  private remember(
    result: Map<string, string>,
    rows: { channel: string; externalId: string; tenantId: string }[],
    now: number,
  ) {
    for (const row of rows) {
      const key = accountKey(row.channel, row.externalId);
      result.set(key, row.tenantId);
      this.cache.set(key, { tenantId: row.tenantId, expires: now + CACHE_TTL_MS });
    }
  }
}

export function accountKey(channel: string, accountId: string): string {
  return `${channel}:${accountId}`;
}

function groupByChannel(sightings: AccountSighting[]): Map<string, AccountSighting[]> {
  const groups = new Map<string, AccountSighting[]>();
  for (const s of sightings) groups.set(s.channel, [...(groups.get(s.channel) ?? []), s]);
  return groups;
}

import { Injectable } from '@nestjs/common';
import type { Tenant } from './tenant.entity';
import { TenantsRepository } from './tenants.repository';

export const DEFAULT_TENANT_SLUG = 'default';

/** Owns the default tenant: the one single-tenant setups, env credentials and unknown numbers belong to. */
@Injectable()
export class TenantsService {
  private defaultTenant?: Tenant;

  constructor(private readonly tenants: TenantsRepository) {}

  async ensureDefaultTenant(): Promise<Tenant> {
    this.defaultTenant = await this.tenants.ensure(DEFAULT_TENANT_SLUG, 'Default');
    return this.defaultTenant;
  }

  /** The default tenant's id; resolved at start by the setup step. */
  async defaultTenantId(): Promise<string> {
    return (this.defaultTenant ?? (await this.ensureDefaultTenant())).id;
  }
}

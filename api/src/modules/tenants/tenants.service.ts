import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { NotFoundError } from '../../common/errors/not-found.error';
import type { Tenant } from './tenant.entity';
import { TenantsRepository } from './tenants.repository';

export const DEFAULT_TENANT_SLUG = 'default';

/** Owns the default tenant: the one single-tenant setups, env credentials and unknown numbers belong to. */
@Injectable()
export class TenantsService {
  private defaultTenant?: Tenant;

  constructor(
    private readonly tenants: TenantsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates the default tenant named CHECKMARK_TENANT_NAME on first start; later starts keep its name. */
  async ensureDefaultTenant(): Promise<Tenant> {
    this.defaultTenant = await this.tenants.ensure(DEFAULT_TENANT_SLUG, this.config.setup.tenantName);
    return this.defaultTenant;
  }

  /** The default tenant's id; resolved at start by the setup step. */
  async defaultTenantId(): Promise<string> {
    return (this.defaultTenant ?? (await this.ensureDefaultTenant())).id;
  }

  async get(id: string): Promise<Tenant> {
    const tenant = await this.tenants.findById(id);
    if (!tenant) throw new NotFoundError('tenant');
    return tenant;
  }

  /** Another tenant (tests and multi-tenant operators); idempotent by slug. */
  ensure(slug: string, name: string): Promise<Tenant> {
    return this.tenants.ensure(slug, name);
  }
}

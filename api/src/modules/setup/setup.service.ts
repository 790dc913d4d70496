import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { SYSTEM_ACTOR } from '../audit/audit.service';
import type { Tenant } from '../tenants/tenant.entity';
import { TenantsService } from '../tenants/tenants.service';
import { UserEmailTakenError } from '../users/users.exception';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';

/**
 * First-start provisioning, idempotent on every start: the default tenant, its first admin while it has no
 * users, and the bootstrap API key.
 */
@Injectable()
export class SetupService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SetupService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantsService,
    private readonly apiKeys: ApiKeysService,
    private readonly users: UsersService,
    private readonly usersRepository: UsersRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const tenant = await this.tenants.ensureDefaultTenant();
    await this.ensureFirstAdmin(tenant);
    if (this.config.bootstrapApiKey) {
      await this.apiKeys.ensureBootstrapKey(this.config.bootstrapApiKey, tenant.id);
      this.logger.log('bootstrap API key is active for the default tenant');
    }
  }

  /**
   * A password from CHECKMARK_ADMIN_PASSWORD is never logged; a generated one is printed exactly once, when
   * the admin is created, because nobody could sign in otherwise.
   */
  private async ensureFirstAdmin(tenant: Tenant): Promise<void> {
    if ((await this.usersRepository.countInTenant(tenant.id)) > 0) return;
    const { adminEmail, adminPassword } = this.config.setup;
    const password = adminPassword ?? randomBytes(18).toString('base64url');
    try {
      await this.users.create(
        { kind: SYSTEM_ACTOR, tenantId: tenant.id },
        { email: adminEmail, name: 'Administrator', role: 'admin', password, locale: 'en' },
      );
    } catch (error) {
      // Another replica starting at the same moment created it first.
      if (error instanceof UserEmailTakenError) return;
      throw error;
    }
    if (adminPassword) {
      this.logger.log(`created admin ${adminEmail} with the password from CHECKMARK_ADMIN_PASSWORD`);
    } else {
      this.logger.warn(
        `created admin ${adminEmail} with generated password ${password} — it is shown only this once; ` +
          'sign in and change it, or set CHECKMARK_ADMIN_PASSWORD before the first start',
      );
    }
  }
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { TenantsService } from '../tenants/tenants.service';

/** First-start provisioning, idempotent on every start: the default tenant and the bootstrap API key. */
@Injectable()
export class SetupService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SetupService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantsService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const tenant = await this.tenants.ensureDefaultTenant();
    if (this.config.bootstrapApiKey) {
      await this.apiKeys.ensureBootstrapKey(this.config.bootstrapApiKey, tenant.id);
      this.logger.log('bootstrap API key is active for the default tenant');
    }
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { TenantsService } from '../tenants/tenants.service';
import { WebhookConfigsRepository } from '../webhook-configs/webhook-configs.repository';

export interface WhatsAppCredentials {
  appSecret?: string;
  verifyToken?: string;
}

const CACHE_TTL_MS = 30_000;

/** The default tenant's WhatsApp app secret and verify token: the environment wins, else the stored settings. */
@Injectable()
export class WhatsAppCredentialsService {
  private cached?: { value: WhatsAppCredentials; expires: number };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantsService,
    private readonly webhookConfigs: WebhookConfigsRepository,
  ) {}

  async current(): Promise<WhatsAppCredentials> {
    const env = this.config.whatsapp;
    if (env.appSecret && env.verifyToken) return env;
    const now = Date.now();
    if (this.cached && this.cached.expires > now) return this.cached.value;
    const stored = await this.webhookConfigs.findFor(await this.tenants.defaultTenantId(), 'whatsapp');
    const value = {
      appSecret: env.appSecret ?? stored?.appSecret ?? undefined,
      verifyToken: env.verifyToken ?? stored?.verifyToken ?? undefined,
    };
    this.cached = { value, expires: now + CACHE_TTL_MS };
    return value;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { WebhookConfig } from './webhook-config.entity';

@Injectable()
export class WebhookConfigsRepository {
  constructor(@InjectRepository(WebhookConfig) private readonly configs: Repository<WebhookConfig>) {}

  findFor(tenantId: string, channel: string): Promise<WebhookConfig | null> {
    return this.configs.findOneBy({ tenantId, channel });
  }
}

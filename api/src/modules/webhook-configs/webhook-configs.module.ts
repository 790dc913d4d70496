import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebhookConfig } from './webhook-config.entity';
import { WebhookConfigsRepository } from './webhook-configs.repository';

@Module({
  imports: [TypeOrmModule.forFeature([WebhookConfig])],
  providers: [WebhookConfigsRepository],
  exports: [WebhookConfigsRepository],
})
export class WebhookConfigsModule {}

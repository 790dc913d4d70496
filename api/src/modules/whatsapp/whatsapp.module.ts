import { Module } from '@nestjs/common';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { IngestionModule } from '../ingestion/ingestion.module';
import { TenantsModule } from '../tenants/tenants.module';
import { WebhookConfigsModule } from '../webhook-configs/webhook-configs.module';
import { WhatsAppCredentialsService } from './whatsapp-credentials.service';
import { WhatsAppController } from './whatsapp.controller';
import { WhatsAppService } from './whatsapp.service';

@Module({
  imports: [BusinessAccountsModule, IngestionModule, TenantsModule, WebhookConfigsModule],
  controllers: [WhatsAppController],
  providers: [WhatsAppCredentialsService, WhatsAppService],
})
export class WhatsAppModule {}

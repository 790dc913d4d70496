import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantsModule } from '../tenants/tenants.module';
import { BusinessAccount } from './business-account.entity';
import { BusinessAccountSettingsService } from './business-account-settings.service';
import { BusinessAccountsRepository } from './business-accounts.repository';
import { BusinessAccountsResolver } from './business-accounts.resolver';
import { BusinessAccountsService } from './business-accounts.service';

/** Business accounts: webhook routing by external id (receivers) and the tenant's settings (GraphQL). */
@Module({
  imports: [TypeOrmModule.forFeature([BusinessAccount]), TenantsModule],
  providers: [
    BusinessAccountsRepository,
    BusinessAccountsService,
    BusinessAccountSettingsService,
    BusinessAccountsResolver,
  ],
  exports: [BusinessAccountsService, BusinessAccountsRepository],
})
export class BusinessAccountsModule {}

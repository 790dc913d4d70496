import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantsModule } from '../tenants/tenants.module';
import { BusinessAccount } from './business-account.entity';
import { BusinessAccountsRepository } from './business-accounts.repository';
import { BusinessAccountsService } from './business-accounts.service';

@Module({
  imports: [TypeOrmModule.forFeature([BusinessAccount]), TenantsModule],
  providers: [BusinessAccountsRepository, BusinessAccountsService],
  exports: [BusinessAccountsService],
})
export class BusinessAccountsModule {}

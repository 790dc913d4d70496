import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantsModule } from '../tenants/tenants.module';
import { TenantSettings } from './tenant-settings.entity';
import { TenantSettingsRepository } from './tenant-settings.repository';
import { TenantSettingsResolver } from './tenant-settings.resolver';
import { TenantSettingsService } from './tenant-settings.service';

@Module({
  imports: [TypeOrmModule.forFeature([TenantSettings]), TenantsModule],
  providers: [TenantSettingsRepository, TenantSettingsService, TenantSettingsResolver],
  exports: [TenantSettingsService],
})
export class TenantSettingsModule {}

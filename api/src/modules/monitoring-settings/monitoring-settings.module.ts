import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MonitoringSettings } from './monitoring-settings.entity';
import { MonitoringSettingsRepository } from './monitoring-settings.repository';
import { MonitoringSettingsResolver } from './monitoring-settings.resolver';
import { MonitoringSettingsService } from './monitoring-settings.service';

@Module({
  imports: [TypeOrmModule.forFeature([MonitoringSettings])],
  providers: [MonitoringSettingsRepository, MonitoringSettingsService, MonitoringSettingsResolver],
  exports: [MonitoringSettingsService],
})
export class MonitoringSettingsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SlaSettings } from './sla-settings.entity';
import { SlaSettingsRepository } from './sla-settings.repository';
import { SlaSettingsResolver } from './sla-settings.resolver';
import { SlaSettingsService } from './sla-settings.service';
import { SlaTarget } from './sla-target.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SlaSettings, SlaTarget])],
  providers: [SlaSettingsRepository, SlaSettingsService, SlaSettingsResolver],
  exports: [SlaSettingsService],
})
export class SlaSettingsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExchangeRate } from './exchange-rate.entity';
import { MarketingSettings } from './marketing-settings.entity';
import { MarketingSettingsRepository } from './marketing-settings.repository';
import { MarketingSettingsResolver } from './marketing-settings.resolver';
import { MarketingSettingsService } from './marketing-settings.service';
import { MessagePrice } from './message-price.entity';

@Module({
  imports: [TypeOrmModule.forFeature([MarketingSettings, ExchangeRate, MessagePrice])],
  providers: [MarketingSettingsRepository, MarketingSettingsService, MarketingSettingsResolver],
  exports: [MarketingSettingsService],
})
export class MarketingSettingsModule {}

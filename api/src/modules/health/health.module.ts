import { Module } from '@nestjs/common';
import { DatabaseModule } from '../../database/database.module';
import { IngestionModule } from '../ingestion/ingestion.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({
  imports: [DatabaseModule, IngestionModule],
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}

import { Module } from '@nestjs/common';
import { ApiKeyGuard } from '../../common/guards/api-key.guard';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { IngestionModule } from '../ingestion/ingestion.module';
import { EventsApiController } from './events-api.controller';
import { EventsApiService } from './events-api.service';

@Module({
  imports: [ApiKeysModule, IngestionModule],
  controllers: [EventsApiController],
  providers: [EventsApiService, ApiKeyGuard],
})
export class EventsApiModule {}

import { Module } from '@nestjs/common';
import { createPseudonymiser } from '@checkmark/schemas/pipeline';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { SecretsFileRepository } from '../../common/config/secrets-file.repository';
import { ApiMetrics } from '../../metrics';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { EmbeddedEventTransport } from './embedded-event.transport';
import { EVENT_TRANSPORT, type EventTransport } from './event-transport';
import { IngestionService, PSEUDONYMISER } from './ingestion.service';
import { KafkaEventTransport } from './kafka-event.transport';
import {
  ROLLUP_REFRESH_DELAY_MS,
  ROLLUP_REFRESH_MIN_SPACING_MS,
  RollupRefreshScheduler,
} from './rollup-refresh.scheduler';

@Module({
  providers: [
    {
      provide: PSEUDONYMISER,
      inject: [APP_CONFIG, SecretsFileRepository],
      // Config validation already requires the key in Kafka mode; embedded setups generate their own.
      useFactory: async (config: AppConfig, secrets: SecretsFileRepository) =>
        createPseudonymiser(config.pseudonymKey ?? (await secrets.pseudonymKey())),
    },
    {
      provide: RollupRefreshScheduler,
      inject: [APP_CONFIG, WarehouseRepository],
      // Embedded, every write passes through here and asks for a rebuild; with Kafka, ingesters write elsewhere.
      useFactory: (config: AppConfig, warehouse: WarehouseRepository) =>
        new RollupRefreshScheduler(
          warehouse,
          ROLLUP_REFRESH_DELAY_MS,
          ROLLUP_REFRESH_MIN_SPACING_MS,
          config.kafka ? 'periodic' : 'on-demand',
        ),
    },
    {
      provide: EVENT_TRANSPORT,
      inject: [APP_CONFIG, ApiMetrics, WarehouseRepository, RollupRefreshScheduler],
      useFactory: (
        config: AppConfig,
        metrics: ApiMetrics,
        warehouse: WarehouseRepository,
        rollups: RollupRefreshScheduler,
      ): EventTransport => {
        const batching = { maxRows: config.ingest.maxBatchRows, maxDelayMs: config.ingest.maxBatchDelayMs };
        return config.kafka
          ? new KafkaEventTransport(config.kafka, metrics, batching)
          : new EmbeddedEventTransport(warehouse, metrics, batching, () => rollups.requestRefresh());
      },
    },
    IngestionService,
  ],
  exports: [IngestionService, RollupRefreshScheduler, PSEUDONYMISER],
})
export class IngestionModule {}

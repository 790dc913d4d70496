import { Global, Module } from '@nestjs/common';
import { ApiMetrics } from '../../metrics';
import { MetricsController } from './metrics.controller';

@Global()
@Module({
  controllers: [MetricsController],
  providers: [{ provide: ApiMetrics, useFactory: () => new ApiMetrics() }],
  exports: [ApiMetrics],
})
export class MetricsModule {}

import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './app-config';
import { SecretsFileRepository } from './secrets-file.repository';

/** Provides the configuration validated once at start; nothing else reads the environment. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, SecretsFileRepository],
      exports: [APP_CONFIG, SecretsFileRepository],
    };
  }
}

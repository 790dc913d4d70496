import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { DatabaseHealthRepository } from './database-health.repository';
import { dataSourceOptions } from './data-source-options';

/** The relational store (SQLite by default, PostgreSQL with DATABASE_URL); migrations run at start. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        if (config.database.kind === 'sqlite') await mkdir(dirname(config.database.path), { recursive: true });
        return dataSourceOptions(config.database);
      },
    }),
  ],
  providers: [DatabaseHealthRepository],
  exports: [DatabaseHealthRepository],
})
export class DatabaseModule {}

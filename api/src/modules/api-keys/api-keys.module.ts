import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKey } from './api-key.entity';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';

@Module({
  imports: [TypeOrmModule.forFeature([ApiKey])],
  providers: [
    ApiKeysRepository,
    // The clock is a parameter for tests; in the app it is the wall clock.
    {
      provide: ApiKeysService,
      useFactory: (repo: ApiKeysRepository) => new ApiKeysService(repo),
      inject: [ApiKeysRepository],
    },
  ],
  exports: [ApiKeysService],
})
export class ApiKeysModule {}

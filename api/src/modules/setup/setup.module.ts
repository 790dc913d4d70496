import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { TenantsModule } from '../tenants/tenants.module';
import { UsersModule } from '../users/users.module';
import { SetupService } from './setup.service';

@Module({
  imports: [TenantsModule, ApiKeysModule, UsersModule],
  providers: [SetupService],
})
export class SetupModule {}

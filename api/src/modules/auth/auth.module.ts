import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GraphqlAuthGuard } from '../../common/auth/graphql-auth.guard';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { SessionsModule } from '../sessions/sessions.module';
import { TenantsModule } from '../tenants/tenants.module';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginFailure } from './login-failure.entity';
import { LoginFailuresRepository } from './login-failures.repository';
import { LoginRateLimiter } from './login-rate-limiter';

/** Login, sessions and the global guard every GraphQL resolver passes through. */
@Module({
  imports: [TypeOrmModule.forFeature([LoginFailure]), UsersModule, SessionsModule, ApiKeysModule, TenantsModule],
  providers: [
    LoginFailuresRepository,
    LoginRateLimiter,
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: GraphqlAuthGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}

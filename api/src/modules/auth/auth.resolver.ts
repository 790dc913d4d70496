import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Public } from '../../common/auth/roles.decorator';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import type { GraphqlContext } from '../../graphql/graphql-context';
import { TenantsService } from '../tenants/tenants.service';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { LoginResultModel } from './dtos/login-result.model';
import { ViewerModel } from './dtos/viewer.model';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

/** Express knows the client address; behind a proxy it is the proxy's unless `trust proxy` is configured. */
function clientIp(req: Request): string {
  return (req.ip ?? req.socket.remoteAddress ?? 'unknown').slice(0, 64);
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly tenants: TenantsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => LoginResultModel, { description: 'Public; rate-limited (RATE_LIMITED)' })
  @Public()
  async login(
    @Args('email', { type: () => String }) email: string,
    @Args('password', { type: () => String }) password: string,
    @Context() context: GraphqlContext,
  ): Promise<LoginResultModel> {
    const outcome = await this.auth.login(email, password, clientIp(context.req));
    setSessionCookie(context.res, outcome.token, outcome.expiresAt, this.secureCookie(context.req));
    return outcome;
  }

  @Mutation(() => Boolean, { description: 'Ends the session of the signed-in user' })
  @AllRoles()
  async logout(@CurrentPrincipal() principal: Principal, @Context() context: GraphqlContext): Promise<boolean> {
    await this.auth.logout(principal);
    clearSessionCookie(context.res, this.secureCookie(context.req));
    return true;
  }

  @Query(() => ViewerModel)
  @AllRoles()
  async me(@CurrentPrincipal() principal: Principal): Promise<ViewerModel> {
    return {
      tenant: await this.tenants.get(principal.tenantId),
      role: principal.role,
      user: principal.kind === 'user' && principal.userId ? await this.users.get(principal, principal.userId) : null,
      apiKeyId: principal.apiKeyId ?? null,
    };
  }

  private secureCookie(req: Request): boolean {
    return req.secure || this.config.auth.cookieSecure;
  }
}

import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import type { GraphqlContext } from '../../graphql/graphql-context';
import { AuthService } from '../../modules/auth/auth.service';
import { readSessionCookie } from '../../modules/auth/session-cookie';
import { ForbiddenError, UnauthenticatedError } from './auth.exception';
import type { Principal } from './principal';
import type { Role } from './role';
import { ALL_ROLES_METADATA, PUBLIC_METADATA, ROLES_METADATA } from './roles.decorator';

/** The access rule declared on a resolver method (or its class), if any. */
export type AccessRule = { kind: 'public' } | { kind: 'all' } | { kind: 'roles'; roles: Role[] };

export function accessRuleOf(reflector: Reflector, targets: Array<object>): AccessRule | undefined {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const t = targets as Array<Function>;
  if (reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, t)) return { kind: 'public' };
  if (reflector.getAllAndOverride<boolean>(ALL_ROLES_METADATA, t)) return { kind: 'all' };
  const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, t);
  return roles ? { kind: 'roles', roles } : undefined;
}

/**
 * Secure by default: every GraphQL resolver method needs @Public, @AllRoles or @Roles, otherwise it is denied.
 * Authenticates once per HTTP request (Bearer header first, then the session cookie) and puts the principal
 * on the GraphQL context. REST routes carry their own guards and pass through here.
 */
@Injectable()
export class GraphqlAuthGuard implements CanActivate {
  private readonly principals = new WeakMap<Request, Promise<Principal | null>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const rule = accessRuleOf(this.reflector, [context.getHandler(), context.getClass()]);
    if (!rule) throw new ForbiddenError('this operation declares no access rule');
    if (rule.kind === 'public') return true;
    const gqlContext = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    const principal = await this.principalOf(gqlContext.req);
    if (!principal) throw new UnauthenticatedError();
    gqlContext.principal = principal;
    if (rule.kind === 'roles' && !rule.roles.includes(principal.role)) throw new ForbiddenError();
    return true;
  }

  private principalOf(req: Request): Promise<Principal | null> {
    let pending = this.principals.get(req);
    if (!pending) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
      const token = bearer ?? readSessionCookie(req);
      pending = token ? this.auth.authenticate(token) : Promise.resolve(null);
      this.principals.set(req, pending);
    }
    return pending;
  }
}

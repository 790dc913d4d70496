import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../../common/auth/auth.exception';
import { accessRuleOf } from '../../common/auth/graphql-auth.guard';
import type { Principal } from '../../common/auth/principal';
import { AuthService } from '../auth/auth.service';
import { readSessionCookie } from '../auth/session-cookie';

export interface PrincipalRequest extends Request {
  principal: Principal;
}

/**
 * REST downloads authenticate as the dashboard does: `Authorization: Bearer <session token or API key>`, else the
 * session cookie (a browser following a download link). The route's @Roles decide who may download; a route
 * without an access rule is refused, as on GraphQL. The principal (and so the tenant) lands on `req.principal`.
 */
@Injectable()
export class DownloadAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = accessRuleOf(this.reflector, [context.getHandler(), context.getClass()]);
    if (!rule) throw new ForbiddenError('this download declares no access rule');
    const req = context.switchToHttp().getRequest<PrincipalRequest>();
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? readSessionCookie(req);
    if (!token) throw new UnauthenticatedError();
    const principal = await this.auth.authenticate(token);
    if (rule.kind === 'roles' && !rule.roles.includes(principal.role)) throw new ForbiddenError();
    req.principal = principal;
    return true;
  }
}

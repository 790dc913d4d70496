import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { ApiKeyRole } from '../../modules/api-keys/api-key-role';
import { ApiKeyMissingError, ApiKeyRoleError } from '../../modules/api-keys/api-keys.exception';
import { ApiKeysService, type ApiKeyPrincipal } from '../../modules/api-keys/api-keys.service';
import { ApiMetrics } from '../../metrics';
import { AppError } from '../errors/app-error';

const ROLES_KEY = 'checkmark:api-key-roles';

/** The API key roles a route accepts; without it only `admin` passes. */
export const ApiKeyRoles = (...roles: ApiKeyRole[]) => SetMetadata(ROLES_KEY, roles);

export interface AuthenticatedRequest extends Request {
  principal: ApiKeyPrincipal;
}

/** `Authorization: Bearer <key>` → the key's tenant and role on `req.principal`; 401 otherwise, 403 for a wrong role. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly reflector: Reflector,
    private readonly metrics: ApiMetrics,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      return await this.check(context);
    } catch (error) {
      this.metrics.authFailures.inc({ code: error instanceof AppError ? error.code : 'INTERNAL' });
      throw error;
    }
  }

  private async check(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (!match) throw new ApiKeyMissingError();
    const principal = await this.keys.authenticate(match[1]);
    const allowed = this.reflector.getAllAndOverride<ApiKeyRole[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]) ?? ['admin'];
    if (!allowed.includes(principal.role)) throw new ApiKeyRoleError(principal.role);
    req.principal = principal;
    return true;
  }
}

import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '../../common/auth/auth.exception';
import { PasswordHasher } from '../../common/auth/password-hasher';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { SESSION_TOKEN_PREFIX } from '../sessions/session-token';
import { SessionsService } from '../sessions/sessions.service';
import type { User } from '../users/user.entity';
import { NotAUserError } from '../users/users.exception';
import { UsersRepository } from '../users/users.repository';
import { normalizeEmail } from '../users/users.validation';
import { IngestKeyOnGraphqlError, InvalidCredentialsError } from './auth.exception';
import { LoginRateLimiter } from './login-rate-limiter';

export interface LoginOutcome {
  user: User;
  token: string;
  expiresAt: Date;
}

/** Signs people in and out, and turns a session token or API key into a principal. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly apiKeys: ApiKeysService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
    private readonly clock: Clock,
  ) {}

  /**
   * Unknown e-mail, wrong password and deactivated user all answer INVALID_CREDENTIALS after the same scrypt
   * work, and all count towards the rate limit.
   */
  async login(email: string, password: string, ip: string): Promise<LoginOutcome> {
    const emailNormalized = normalizeEmail(email).slice(0, 320);
    await this.limiter.check(emailNormalized, ip);
    const user = await this.verify(emailNormalized, password);
    if (!user) {
      await this.limiter.recordFailure(emailNormalized, ip);
      throw new InvalidCredentialsError();
    }
    await this.limiter.recordSuccess(emailNormalized, ip);
    const { session, token } = await this.sessions.issue(user.tenantId, user.id);
    const lastLoginAt = this.clock.now();
    await this.users.update(user.tenantId, user.id, { lastLoginAt });
    return { user: { ...user, lastLoginAt }, token, expiresAt: session.expiresAt };
  }

  async logout(principal: Principal): Promise<void> {
    if (principal.kind !== 'user' || !principal.sessionId) throw new NotAUserError();
    await this.sessions.revoke(principal.tenantId, principal.sessionId);
  }

  /** A bearer token or cookie value → the principal; UNAUTHENTICATED when it is unknown, expired or revoked. */
  async authenticate(token: string): Promise<Principal> {
    if (token.startsWith(SESSION_TOKEN_PREFIX)) return this.authenticateSession(token);
    return this.authenticateApiKey(token);
  }

  private async verify(emailNormalized: string, password: string): Promise<User | undefined> {
    const candidates = (await this.users.findAllByEmail(emailNormalized)).filter((u) => u.active);
    if (candidates.length === 0) {
      await this.hasher.verifyNothing(password);
      return undefined;
    }
    for (const candidate of candidates) {
      if (await this.hasher.verify(password, candidate.passwordHash)) return candidate;
    }
    return undefined;
  }

  private async authenticateSession(token: string): Promise<Principal> {
    const session = await this.sessions.findActive(token);
    if (!session) throw new UnauthenticatedError();
    const user = await this.users.findById(session.tenantId, session.userId);
    if (!user || !user.active) throw new UnauthenticatedError();
    return {
      tenantId: user.tenantId,
      role: user.role,
      kind: 'user',
      userId: user.id,
      label: user.email,
      sessionId: session.id,
    };
  }

  private async authenticateApiKey(token: string): Promise<Principal> {
    let key;
    try {
      key = await this.apiKeys.authenticate(token);
    } catch (error) {
      // Unknown and revoked keys answer alike on GraphQL.
      if (error instanceof AppError && error.status === 401) throw new UnauthenticatedError();
      throw error;
    }
    if (key.role === 'ingest') throw new IngestKeyOnGraphqlError();
    return { tenantId: key.tenantId, role: key.role, kind: 'api_key', apiKeyId: key.apiKeyId, label: key.name };
  }
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { Clock } from '../../common/clock/clock';
import type { Session } from './session.entity';
import { hashSessionToken, newSessionToken } from './session-token';
import { SessionsRepository } from './sessions.repository';

export interface IssuedSession {
  session: Session;
  /** Returned once to the client; only its hash is stored. */
  token: string;
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(tenantId: string, userId: string): Promise<IssuedSession> {
    const now = this.clock.now();
    const token = newSessionToken();
    const session: Session = {
      id: randomUUID(),
      tenantId,
      userId,
      tokenHash: hashSessionToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.auth.sessionTtlHours * 3_600_000),
      revokedAt: null,
    };
    await this.sessions.insert(session);
    return { session, token };
  }

  /** The session behind a token while it is neither revoked nor expired; null otherwise. */
  async findActive(token: string): Promise<Session | null> {
    const session = await this.sessions.findByTokenHash(hashSessionToken(token));
    if (!session || session.revokedAt) return null;
    return new Date(session.expiresAt).getTime() > this.clock.now().getTime() ? session : null;
  }

  revoke(tenantId: string, sessionId: string): Promise<void> {
    return this.sessions.revoke(tenantId, sessionId, this.clock.now());
  }

  revokeAllOfUser(tenantId: string, userId: string, keepSessionId?: string): Promise<void> {
    return this.sessions.revokeAllOfUser(tenantId, userId, this.clock.now(), keepSessionId);
  }
}

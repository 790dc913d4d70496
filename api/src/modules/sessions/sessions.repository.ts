import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { Session } from './session.entity';

@Injectable()
export class SessionsRepository {
  constructor(@InjectRepository(Session) private readonly sessions: Repository<Session>) {}

  async insert(session: Session): Promise<void> {
    await this.sessions.insert(session);
  }

  findByTokenHash(tokenHash: string): Promise<Session | null> {
    return this.sessions.findOneBy({ tokenHash });
  }

  async revoke(tenantId: string, id: string, at: Date): Promise<void> {
    await this.sessions.update({ tenantId, id, revokedAt: IsNull() }, { revokedAt: at });
  }

  /** Ends every open session of the user except `keepId` (the one changing the password). */
  async revokeAllOfUser(tenantId: string, userId: string, at: Date, keepId?: string): Promise<void> {
    await this.sessions.update(
      { tenantId, userId, revokedAt: IsNull(), ...(keepId ? { id: Not(keepId) } : {}) },
      { revokedAt: at },
    );
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, MoreThan, Repository } from 'typeorm';
import { LoginFailure } from './login-failure.entity';

@Injectable()
export class LoginFailuresRepository {
  constructor(@InjectRepository(LoginFailure) private readonly failures: Repository<LoginFailure>) {}

  async record(emailNormalized: string, ip: string, at: Date): Promise<void> {
    await this.failures.insert({ id: randomUUID(), emailNormalized, ip, at });
  }

  /** Times of failures after `since`, oldest first: from this IP, and for this e-mail from this IP. */
  async since(emailNormalized: string, ip: string, since: Date): Promise<{ byIp: Date[]; byAccountAndIp: Date[] }> {
    const rows = await this.failures.find({
      select: { at: true, emailNormalized: true },
      where: { ip, at: MoreThan(since) },
      order: { at: 'ASC' },
    });
    const at = (r: LoginFailure) => new Date(r.at);
    return {
      byIp: rows.map(at),
      byAccountAndIp: rows.filter((r) => r.emailNormalized === emailNormalized).map(at),
    };
  }

  async clear(emailNormalized: string, ip: string): Promise<void> {
    await this.failures.delete({ emailNormalized, ip });
  }

  async purgeBefore(at: Date): Promise<void> {
    await this.failures.delete({ at: LessThan(at) });
  }
}

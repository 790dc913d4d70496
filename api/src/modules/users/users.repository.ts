import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Not, Repository } from 'typeorm';
import type { Role } from '../../common/auth/role';
import { User } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findById(tenantId: string, id: string): Promise<User | null> {
    return this.users.findOneBy({ tenantId, id });
  }

  findByEmail(tenantId: string, emailNormalized: string): Promise<User | null> {
    return this.users.findOneBy({ tenantId, emailNormalized });
  }

  /** Login has no tenant to start from: every tenant's account with this e-mail (normally one). */
  findAllByEmail(emailNormalized: string): Promise<User[]> {
    return this.users.find({ where: { emailNormalized }, order: { createdAt: 'ASC' }, take: 5 });
  }

  countInTenant(tenantId: string): Promise<number> {
    return this.users.countBy({ tenantId });
  }

  countActiveWithRole(tenantId: string, role: Role, exceptUserId: string): Promise<number> {
    return this.users.countBy({ tenantId, role, active: true, id: Not(exceptUserId) });
  }

  /** Ordered by normalized e-mail (unique per tenant), after `afterEmail` when given. */
  async list(tenantId: string, limit: number, afterEmail?: string): Promise<{ rows: User[]; totalCount: number }> {
    const totalCount = await this.users.countBy({ tenantId });
    const query = this.users.createQueryBuilder('u').where('u.tenantId = :tenantId', { tenantId });
    if (afterEmail !== undefined)
      query.andWhere(new Brackets((w) => w.where('u.emailNormalized > :afterEmail', { afterEmail })));
    const rows = await query.orderBy('u.emailNormalized', 'ASC').limit(limit).getMany();
    return { rows, totalCount };
  }

  async insert(user: User): Promise<void> {
    await this.users.insert(user);
  }

  async update(tenantId: string, id: string, changes: Partial<Omit<User, 'id' | 'tenantId'>>): Promise<void> {
    await this.users.update({ tenantId, id }, changes);
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '../../common/auth/password-hasher';
import type { Principal } from '../../common/auth/principal';
import type { Role } from '../../common/auth/role';
import { Clock } from '../../common/clock/clock';
import { NotFoundError } from '../../common/errors/not-found.error';
import { parseInput } from '../../common/errors/parse-input';
import { constraintViolation } from '../../database/constraint-violation';
import { pageRequest, paginate, type Page, type PageInput } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { SessionsService } from '../sessions/sessions.service';
import type { CreateUserInput } from './dtos/create-user.input';
import type { UpdateProfileInput } from './dtos/update-profile.input';
import type { UpdateUserInput } from './dtos/update-user.input';
import type { User } from './user.entity';
import { LastAdminError, NotAUserError, UserEmailTakenError, WrongPasswordError } from './users.exception';
import { UsersRepository } from './users.repository';
import {
  createUserSchema,
  normalizeEmail,
  passwordSchema,
  updateProfileSchema,
  updateUserSchema,
} from './users.validation';

/** What the audit log keeps of a user: never the password hash. */
function auditView(user: User): Record<string, unknown> {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    timeZone: user.timeZone,
    active: user.active,
  };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, page?: PageInput | null): Promise<Page<User>> {
    const request = pageRequest(page, 1);
    const { rows, totalCount } = await this.users.list(
      principal.tenantId,
      request.first + 1,
      request.after ? String(request.after[0]) : undefined,
    );
    return paginate(rows, request, totalCount, (user) => [user.emailNormalized]);
  }

  async get(principal: Principal, id: string): Promise<User> {
    const user = await this.users.findById(principal.tenantId, id);
    if (!user) throw new NotFoundError('user');
    return user;
  }

  /** Creates a user in the principal's tenant (also used by first-start setup with a system principal). */
  async create(actor: Principal | { kind: 'system'; tenantId: string }, input: CreateUserInput): Promise<User> {
    const data = parseInput(createUserSchema, input, 'input');
    const emailNormalized = normalizeEmail(data.email);
    if (await this.users.findByEmail(actor.tenantId, emailNormalized)) throw new UserEmailTakenError();
    const now = this.clock.now();
    const user: User = {
      id: randomUUID(),
      tenantId: actor.tenantId,
      email: data.email,
      emailNormalized,
      name: data.name,
      passwordHash: await this.hasher.hash(data.password),
      role: data.role,
      locale: data.locale ?? 'en',
      timeZone: data.timeZone ?? null,
      active: true,
      createdAt: now,
      updatedAt: now,
      lastLoginAt: null,
    };
    try {
      await this.users.insert(user);
    } catch (error) {
      if (constraintViolation(error) === 'unique') throw new UserEmailTakenError();
      throw error;
    }
    await this.audit.record(actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: auditView(user),
    });
    return user;
  }

  async update(principal: Principal, id: string, input: UpdateUserInput): Promise<User> {
    const data = parseInput(updateUserSchema, input, 'input');
    const before = await this.get(principal, id);
    const after: User = {
      ...before,
      name: data.name ?? before.name,
      role: data.role ?? before.role,
      locale: data.locale ?? before.locale,
      timeZone: 'timeZone' in input ? (data.timeZone ?? null) : before.timeZone,
      active: data.active ?? before.active,
      updatedAt: this.clock.now(),
    };
    if (before.role === 'admin' && before.active && (after.role !== 'admin' || !after.active)) {
      await this.ensureAnotherActiveAdmin(principal.tenantId, before.id);
    }
    const endSessions = !after.active || after.role !== before.role;
    await this.users.update(principal.tenantId, id, {
      name: after.name,
      role: after.role,
      locale: after.locale,
      timeZone: after.timeZone,
      active: after.active,
      updatedAt: after.updatedAt,
    });
    // A deactivated user, or one whose role changed, signs in again: open sessions carry the old rights.
    if (endSessions) await this.sessions.revokeAllOfUser(principal.tenantId, id);
    await this.audit.record(principal, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  }

  async updateProfile(principal: Principal, input: UpdateProfileInput): Promise<User> {
    const data = parseInput(updateProfileSchema, input, 'input');
    const before = await this.get(principal, this.userIdOf(principal));
    const after: User = {
      ...before,
      name: data.name ?? before.name,
      locale: data.locale ?? before.locale,
      timeZone: 'timeZone' in input ? (data.timeZone ?? null) : before.timeZone,
      updatedAt: this.clock.now(),
    };
    await this.users.update(principal.tenantId, before.id, {
      name: after.name,
      locale: after.locale,
      timeZone: after.timeZone,
      updatedAt: after.updatedAt,
    });
    await this.audit.record(principal, {
      action: 'user.update_profile',
      entityType: 'user',
      entityId: before.id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  }

  /** Checks the current password, stores the new one and ends every other session of the user. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.get(principal, this.userIdOf(principal));
    const password = parseInput(passwordSchema, newPassword, 'newPassword');
    if (!(await this.hasher.verify(currentPassword, user.passwordHash))) throw new WrongPasswordError();
    await this.users.update(principal.tenantId, user.id, {
      passwordHash: await this.hasher.hash(password),
      updatedAt: this.clock.now(),
    });
    await this.sessions.revokeAllOfUser(principal.tenantId, user.id, principal.sessionId);
    await this.audit.record(principal, { action: 'user.change_password', entityType: 'user', entityId: user.id });
  }

  private userIdOf(principal: Principal): string {
    if (principal.kind !== 'user' || !principal.userId) throw new NotAUserError();
    return principal.userId;
  }

  private async ensureAnotherActiveAdmin(tenantId: string, exceptUserId: string): Promise<void> {
    if ((await this.users.countActiveWithRole(tenantId, 'admin' satisfies Role, exceptUserId)) === 0) {
      throw new LastAdminError();
    }
  }
}

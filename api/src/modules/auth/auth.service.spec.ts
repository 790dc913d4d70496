import { PasswordHasher } from '../../common/auth/password-hasher';
import { ManualClock } from '../../common/clock/clock';
import type { ApiKeysService } from '../api-keys/api-keys.service';
import { ApiKeyInvalidError, ApiKeyRevokedError } from '../api-keys/api-keys.exception';
import type { Session } from '../sessions/session.entity';
import type { SessionsService } from '../sessions/sessions.service';
import type { User } from '../users/user.entity';
import type { UsersRepository } from '../users/users.repository';
import { AuthService } from './auth.service';
import type { LoginRateLimiter } from './login-rate-limiter';

describe('AuthService', () => {
  const hasher = new PasswordHasher();
  const clock = new ManualClock(new Date('2026-03-01T10:00:00Z'));
  let user: User;
  let users: { findAllByEmail: jest.Mock; findById: jest.Mock; update: jest.Mock };
  let sessions: { issue: jest.Mock; findActive: jest.Mock; revoke: jest.Mock };
  let apiKeys: { authenticate: jest.Mock };
  let limiter: { check: jest.Mock; recordFailure: jest.Mock; recordSuccess: jest.Mock };
  let auth: AuthService;
  let verifyNothing: jest.SpyInstance;

  beforeAll(async () => {
    user = {
      id: 'u1',
      tenantId: 't1',
      email: 'Olena@Shop.test',
      emailNormalized: 'olena@shop.test',
      name: 'Olena',
      passwordHash: await hasher.hash('right-password'),
      role: 'manager',
      locale: 'uk',
      timeZone: null,
      active: true,
      createdAt: clock.now(),
      updatedAt: clock.now(),
      lastLoginAt: null,
    };
  });

  beforeEach(() => {
    users = {
      findAllByEmail: jest.fn((email: string) => Promise.resolve(email === user.emailNormalized ? [user] : [])),
      findById: jest.fn(() => Promise.resolve(user)),
      update: jest.fn(),
    };
    const session: Session = {
      id: 's1',
      tenantId: 't1',
      userId: 'u1',
      tokenHash: 'h',
      createdAt: clock.now(),
      expiresAt: new Date(clock.now().getTime() + 3_600_000),
      revokedAt: null,
    };
    sessions = {
      issue: jest.fn(() => Promise.resolve({ session, token: 'cms_token' })),
      findActive: jest.fn(() => Promise.resolve(session)),
      revoke: jest.fn(),
    };
    apiKeys = { authenticate: jest.fn() };
    limiter = { check: jest.fn(), recordFailure: jest.fn(), recordSuccess: jest.fn() };
    verifyNothing = jest.spyOn(hasher, 'verifyNothing');
    auth = new AuthService(
      users as unknown as UsersRepository,
      sessions as unknown as SessionsService,
      apiKeys as unknown as ApiKeysService,
      hasher,
      limiter as unknown as LoginRateLimiter,
      clock,
    );
  });

  afterEach(() => verifyNothing.mockRestore());

  it('signs in case-insensitively, issues a session, records the login and forgives failures', async () => {
    const outcome = await auth.login(' OLENA@shop.test ', 'right-password', '10.0.0.1');
    expect(outcome).toMatchObject({ token: 'cms_token', user: { id: 'u1', lastLoginAt: clock.now() } });
    expect(users.update).toHaveBeenCalledWith('t1', 'u1', { lastLoginAt: clock.now() });
    expect(limiter.recordSuccess).toHaveBeenCalledWith('olena@shop.test', '10.0.0.1');
  });

  it.each([
    ['an unknown e-mail', 'nobody@shop.test', 'right-password'],
    ['a wrong password', 'olena@shop.test', 'wrong-password'],
  ])('refuses %s with INVALID_CREDENTIALS and counts the failure', async (_case, email, password) => {
    await expect(auth.login(email, password, '10.0.0.1')).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(limiter.recordFailure).toHaveBeenCalledWith(email, '10.0.0.1');
    expect(sessions.issue).not.toHaveBeenCalled();
  });

  it('spends the same scrypt work on an unknown e-mail', async () => {
    await expect(auth.login('nobody@shop.test', 'x', 'ip')).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(verifyNothing).toHaveBeenCalledTimes(1);
  });

  it('refuses a deactivated user like a wrong password', async () => {
    users.findAllByEmail.mockResolvedValue([{ ...user, active: false }]);
    await expect(auth.login('olena@shop.test', 'right-password', 'ip')).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
  });

  it('checks the rate limit before looking at the password', async () => {
    limiter.check.mockRejectedValue(Object.assign(new Error('limited'), { code: 'RATE_LIMITED' }));
    await expect(auth.login('olena@shop.test', 'right-password', 'ip')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(users.findAllByEmail).not.toHaveBeenCalled();
  });

  it('turns a live session into a user principal; an unknown or expired one, or an inactive user, is UNAUTHENTICATED', async () => {
    await expect(auth.authenticate('cms_token')).resolves.toEqual({
      tenantId: 't1',
      role: 'manager',
      kind: 'user',
      userId: 'u1',
      label: 'Olena@Shop.test',
      sessionId: 's1',
    });
    sessions.findActive.mockResolvedValueOnce(null);
    await expect(auth.authenticate('cms_token')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    users.findById.mockResolvedValueOnce({ ...user, active: false });
    await expect(auth.authenticate('cms_token')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('turns an API key into a key principal; ingest keys are FORBIDDEN, unknown and revoked ones UNAUTHENTICATED', async () => {
    apiKeys.authenticate.mockResolvedValueOnce({ apiKeyId: 'k1', tenantId: 't1', role: 'viewer', name: 'BI' });
    await expect(auth.authenticate('ck_abc')).resolves.toEqual({
      tenantId: 't1',
      role: 'viewer',
      kind: 'api_key',
      apiKeyId: 'k1',
      label: 'BI',
    });
    apiKeys.authenticate.mockResolvedValueOnce({ apiKeyId: 'k2', tenantId: 't1', role: 'ingest', name: 'CRM' });
    await expect(auth.authenticate('ck_ingest')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    apiKeys.authenticate.mockRejectedValueOnce(new ApiKeyRevokedError());
    await expect(auth.authenticate('ck_old')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    apiKeys.authenticate.mockRejectedValueOnce(new ApiKeyInvalidError());
    await expect(auth.authenticate('ck_bad')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('logs out only sessions, not API keys', async () => {
    await auth.logout({ tenantId: 't1', role: 'viewer', kind: 'user', userId: 'u1', label: 'x', sessionId: 's1' });
    expect(sessions.revoke).toHaveBeenCalledWith('t1', 's1');
    await expect(
      auth.logout({ tenantId: 't1', role: 'viewer', kind: 'api_key', apiKeyId: 'k', label: 'x' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

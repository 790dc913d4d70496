import { Logger } from '@nestjs/common';
import type { AppConfig } from '../../common/config/app-config';
import type { ApiKeysService } from '../api-keys/api-keys.service';
import type { TenantsService } from '../tenants/tenants.service';
import { UserEmailTakenError } from '../users/users.exception';
import type { UsersRepository } from '../users/users.repository';
import type { UsersService } from '../users/users.service';
import { SetupService } from './setup.service';

describe('SetupService', () => {
  let logged: string[];
  let count: number;
  let created: Array<{ email: string; password: string; role: string }>;

  const setup = (adminPassword?: string) => {
    const config = { setup: { tenantName: 'Demo', adminEmail: 'admin@checkmark.local', adminPassword } } as AppConfig;
    const tenants = {
      ensureDefaultTenant: jest.fn(() => Promise.resolve({ id: 't1', name: 'Demo', slug: 'default' })),
    };
    const users = {
      create: jest.fn((_actor: unknown, input: { email: string; password: string; role: string }) => {
        created.push(input);
        count++;
        return Promise.resolve();
      }),
    };
    const repository = { countInTenant: jest.fn(() => Promise.resolve(count)) };
    return new SetupService(
      config,
      tenants as unknown as TenantsService,
      {} as ApiKeysService,
      users as unknown as UsersService,
      repository as unknown as UsersRepository,
    );
  };

  beforeEach(() => {
    logged = [];
    count = 0;
    created = [];
    for (const level of ['log', 'warn', 'error', 'debug', 'verbose'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => {
        logged.push(String(args[0]));
      });
    }
  });

  afterEach(() => jest.restoreAllMocks());

  it('creates the first admin with a generated strong password and prints it exactly once', async () => {
    const service = setup();
    await service.onApplicationBootstrap();
    await service.onApplicationBootstrap();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ email: 'admin@checkmark.local', role: 'admin' });
    expect(created[0].password.length).toBeGreaterThanOrEqual(20);
    expect(logged.filter((l) => l.includes(created[0].password))).toHaveLength(1);
  });

  it('never logs a password given in the environment', async () => {
    await setup('operator-chosen-secret').onApplicationBootstrap();
    expect(created[0].password).toBe('operator-chosen-secret');
    expect(logged.join('\n')).not.toContain('operator-chosen-secret');
  });

  it('creates nobody when the tenant already has users, and tolerates a replica that won the race', async () => {
    count = 3;
    await setup().onApplicationBootstrap();
    expect(created).toEqual([]);
    count = 0;
    const service = setup();
    const racing = service as unknown as { users: { create: jest.Mock } };
    racing.users.create.mockRejectedValueOnce(new UserEmailTakenError());
    await expect(service.onApplicationBootstrap()).resolves.toBeUndefined();
    expect(logged.join('\n')).not.toMatch(/generated password/);
  });
});

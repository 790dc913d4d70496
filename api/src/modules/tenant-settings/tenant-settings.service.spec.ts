import type { Principal } from '../../common/auth/principal';
import { ManualClock } from '../../common/clock/clock';
import type { AuditService } from '../audit/audit.service';
import type { TenantsService } from '../tenants/tenants.service';
import type { TenantSettings } from './tenant-settings.entity';
import type { TenantSettingsRepository } from './tenant-settings.repository';
import { TenantSettingsService } from './tenant-settings.service';
import { isIanaTimeZone } from './time-zone';

describe('TenantSettingsService', () => {
  const manager: Principal = { tenantId: 't1', role: 'manager', kind: 'user', userId: 'u', label: 'm@x.test' };
  let stored: Map<string, TenantSettings>;
  let audit: { record: jest.Mock };
  let service: TenantSettingsService;

  beforeEach(() => {
    stored = new Map();
    audit = { record: jest.fn() };
    const repository = {
      find: (tenantId: string) => Promise.resolve(stored.get(tenantId) ?? null),
      save: (s: TenantSettings) => Promise.resolve(void stored.set(s.tenantId, s)),
    };
    const tenants = {
      get: (id: string) =>
        Promise.resolve({ id, name: 'Demo', slug: 'default', createdAt: new Date('2026-01-01T00:00:00Z') }),
    };
    service = new TenantSettingsService(
      repository as unknown as TenantSettingsRepository,
      tenants as unknown as TenantsService,
      audit as unknown as AuditService,
      new ManualClock(),
    );
  });

  it('defaults to UTC, weekdays 09:00–18:00 and no holidays', async () => {
    const settings = await service.get(manager);
    expect(settings).toMatchObject({ timeZone: 'UTC', holidays: [] });
    expect(settings.businessHours.map((b) => b.dayOfWeek)).toEqual([1, 2, 3, 4, 5]);
    expect(await service.timeZone('t1')).toBe('UTC');
  });

  it('replaces only the fields given, sorts and de-duplicates, and audits before/after', async () => {
    await service.update(manager, { holidays: ['2026-05-01', '2026-01-01', '2026-05-01'] });
    const after = await service.update(manager, { timeZone: 'America/Sao_Paulo' });
    expect(after).toMatchObject({ timeZone: 'America/Sao_Paulo', holidays: ['2026-01-01', '2026-05-01'] });
    expect(audit.record).toHaveBeenLastCalledWith(
      manager,
      expect.objectContaining({
        action: 'tenant_settings.update',
        before: expect.objectContaining({ timeZone: 'UTC' }),
        after: expect.objectContaining({ timeZone: 'America/Sao_Paulo' }),
      }),
    );
  });

  it.each([
    [{ timeZone: '+03:00' }, 'input.timeZone'],
    [{ businessHours: [{ dayOfWeek: 0, opens: '09:00', closes: '10:00' }] }, 'input.businessHours.0.dayOfWeek'],
    [{ businessHours: [{ dayOfWeek: 1, opens: '9:00', closes: '10:00' }] }, 'input.businessHours.0.opens'],
    [{ businessHours: [{ dayOfWeek: 1, opens: '10:00', closes: '10:00' }] }, 'input.businessHours.0.closes'],
    [{ holidays: ['2026-13-01'] }, 'input.holidays.0'],
  ])('refuses %j at %s and stores nothing', async (input, path) => {
    await expect(service.update(manager, input)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ path })],
    });
    expect(stored.size).toBe(0);
    expect(audit.record).not.toHaveBeenCalled();
  });

  it('knows IANA names, including UTC, and refuses offsets and made-up zones', () => {
    expect(['UTC', 'Europe/Kyiv', 'America/Sao_Paulo', 'Etc/GMT+3'].every(isIanaTimeZone)).toBe(true);
    expect(['+03:00', 'Mars/Olympus', '', 'Europe/../etc'].some(isIanaTimeZone)).toBe(false);
  });
});

import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { ManualClock } from '../../common/clock/clock';
import type { AuditService } from '../audit/audit.service';
import type { SlaTargetInput } from './dtos/sla-target.input';
import type { SlaSettingsRepository, StoredSlaSettings } from './sla-settings.repository';
import { SlaSettingsService } from './sla-settings.service';

describe('SlaSettingsService', () => {
  const manager: Principal = { tenantId: 't1', role: 'manager', kind: 'user', userId: 'u', label: 'm@x.test' };
  const tx = {} as EntityManager;
  let stored: StoredSlaSettings;
  let audit: { record: jest.Mock };
  let service: SlaSettingsService;

  beforeEach(() => {
    stored = { settings: null, targets: [] };
    audit = { record: jest.fn() };
    const repository = {
      transaction: <T>(work: (m: EntityManager) => Promise<T>) => work(tx),
      find: () => Promise.resolve(structuredClone(stored)),
      replace: (next: StoredSlaSettings) => Promise.resolve(void (stored = structuredClone(next))),
    };
    service = new SlaSettingsService(
      repository as unknown as SlaSettingsRepository,
      audit as unknown as AuditService,
      new ManualClock(new Date('2026-03-01T09:00:00.000Z')),
    );
  });

  it('has no targets until saved', async () => {
    expect(await service.get(manager)).toEqual({ targets: [], updatedAt: null });
    expect(await service.forTenant('t1')).toEqual([]);
  });

  it('stores the set in kind order and audits before and after inside the transaction', async () => {
    const targets: SlaTargetInput[] = [
      { kind: 'RESOLUTION', minutes: 480, basis: 'BUSINESS' },
      { kind: 'FIRST_RESPONSE', minutes: 5, basis: 'CALENDAR' },
    ];
    const saved = await service.update(manager, targets);
    expect(saved).toEqual({ targets: [targets[1], targets[0]], updatedAt: new Date('2026-03-01T09:00:00.000Z') });
    expect(await service.forTenant('t1')).toEqual([targets[1], targets[0]]);
    expect(audit.record).toHaveBeenCalledWith(
      manager,
      {
        action: 'sla_settings.update',
        entityType: 'sla_settings',
        entityId: 't1',
        before: { targets: [] },
        after: { targets: [targets[1], targets[0]] },
      },
      tx,
    );
  });

  it('refuses a second target of a kind and minutes outside 1..43200, saving nothing', async () => {
    const bad = [
      { kind: 'NEXT_REPLY', minutes: 10, basis: 'CALENDAR' },
      { kind: 'NEXT_REPLY', minutes: 1.5, basis: 'CALENDAR' },
      { kind: 'RESOLUTION', minutes: 43_201, basis: 'CALENDAR' },
    ] as SlaTargetInput[];
    const error = await service.update(manager, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).issues.map((i) => i.path).sort()).toEqual([
      'targets.1.kind',
      'targets.1.minutes',
      'targets.2.minutes',
    ]);
    expect(audit.record).not.toHaveBeenCalled();
    expect(stored).toEqual({ settings: null, targets: [] });
  });
});

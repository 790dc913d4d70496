import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { ManualClock } from '../../common/clock/clock';
import type { AuditService } from '../audit/audit.service';
import type { MonitoringSettings } from './monitoring-settings.entity';
import type { MonitoringSettingsRepository } from './monitoring-settings.repository';
import { MonitoringSettingsService } from './monitoring-settings.service';

describe('MonitoringSettingsService', () => {
  const compliance: Principal = { tenantId: 't1', role: 'compliance', kind: 'user', userId: 'u', label: 'c@x.test' };
  const tx = {} as EntityManager;
  let stored: MonitoringSettings | null;
  let audit: { record: jest.Mock };
  let service: MonitoringSettingsService;

  beforeEach(() => {
    stored = null;
    audit = { record: jest.fn() };
    const repository = {
      transaction: <T>(work: (m: EntityManager) => Promise<T>) => work(tx),
      find: () => Promise.resolve(stored && { ...stored }),
      save: (next: MonitoringSettings) => Promise.resolve(void (stored = { ...next })),
    };
    service = new MonitoringSettingsService(
      repository as unknown as MonitoringSettingsRepository,
      audit as unknown as AuditService,
      new ManualClock(),
    );
  });

  it('defaults to AUTO and no threshold (mean + 3σ)', async () => {
    expect(await service.forTenant('t1')).toEqual({ tierEra: 'AUTO', complaintSpikeThreshold: null });
  });

  it('saves both settings, an omitted threshold as null, audited inside the transaction', async () => {
    await service.update(compliance, { tierEra: 'LEGACY', complaintSpikeThreshold: 0 });
    expect(await service.forTenant('t1')).toEqual({ tierEra: 'LEGACY', complaintSpikeThreshold: 0 });
    await service.update(compliance, { tierEra: 'PORTFOLIO_2025' });
    expect(await service.forTenant('t1')).toEqual({ tierEra: 'PORTFOLIO_2025', complaintSpikeThreshold: null });
    expect(audit.record).toHaveBeenLastCalledWith(
      compliance,
      expect.objectContaining({
        action: 'monitoring_settings.update',
        before: { tierEra: 'LEGACY', complaintSpikeThreshold: 0 },
        after: { tierEra: 'PORTFOLIO_2025', complaintSpikeThreshold: null },
      }),
      tx,
    );
  });

  it('refuses a threshold outside 0..1000 or not finite, saving nothing', async () => {
    for (const complaintSpikeThreshold of [-0.5, 1000.01, Number.NaN]) {
      const error = await service
        .update(compliance, { tierEra: 'AUTO', complaintSpikeThreshold })
        .catch((e: unknown) => e);
      expect((error as BadUserInputError).issues?.map((i) => i.path)).toEqual(['input.complaintSpikeThreshold']);
    }
    expect(stored).toBeNull();
    expect(audit.record).not.toHaveBeenCalled();
  });
});

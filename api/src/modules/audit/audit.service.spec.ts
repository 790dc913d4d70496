import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { ManualClock } from '../../common/clock/clock';
import type { AuditEntry } from './audit-entry.entity';
import type { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

describe('AuditService', () => {
  const clock = new ManualClock(new Date('2026-03-01T09:00:00.000Z'));
  const stored: AuditEntry[] = [];
  const service = new AuditService(
    { insert: (e: AuditEntry) => Promise.resolve(void stored.push(e)) } as unknown as AuditRepository,
    clock,
  );
  const keyPrincipal: Principal = {
    tenantId: 't1',
    role: 'admin',
    kind: 'api_key',
    apiKeyId: 'k1',
    label: 'Deploy key',
  };

  it('records who, what, when and drops secret-looking keys from before/after at any depth', async () => {
    await service.record(keyPrincipal, {
      action: 'user.update',
      entityType: 'user',
      entityId: 'u1',
      before: { name: 'A', passwordHash: 'scrypt$…', nested: { apiKey: 'ck_x', token: 't', note: 'ok' } },
      after: { name: 'B', secret: 's', at: new Date('2026-03-01T00:00:00Z') },
    });
    expect(stored[0]).toMatchObject({
      tenantId: 't1',
      at: clock.now(),
      actorKind: 'api_key',
      actorId: 'k1',
      actorLabel: 'Deploy key',
      before: { name: 'A', nested: { note: 'ok' } },
      after: { name: 'B', at: '2026-03-01T00:00:00.000Z' },
    });
  });

  it('labels first-start provisioning as the system', async () => {
    await service.record({ kind: 'system', tenantId: 't1' }, { action: 'user.create', entityType: 'user' });
    expect(stored[1]).toMatchObject({
      actorKind: 'system',
      actorId: null,
      actorLabel: 'system',
      entityId: null,
      before: null,
    });
  });

  it('records many changes at one instant, in order, through the given transaction', async () => {
    const batches: Array<{ entries: readonly AuditEntry[]; manager: unknown }> = [];
    const bulk = new AuditService(
      {
        insertMany: (entries: readonly AuditEntry[], manager: unknown) =>
          Promise.resolve(void batches.push({ entries, manager })),
      } as unknown as AuditRepository,
      clock,
    );
    const manager = {} as EntityManager;
    await bulk.recordMany(
      keyPrincipal,
      [1, 2, 3].map((n) => ({ action: 'x.update', entityType: 'x', entityId: `e${n}`, after: { n, token: 't' } })),
      manager,
    );
    expect(batches).toHaveLength(1);
    expect(batches[0].manager).toBe(manager);
    const entries = batches[0].entries;
    expect(entries.map((e) => [e.entityId, e.at, e.actorLabel, e.after])).toEqual([
      ['e1', clock.now(), 'Deploy key', { n: 1 }],
      ['e2', clock.now(), 'Deploy key', { n: 2 }],
      ['e3', clock.now(), 'Deploy key', { n: 3 }],
    ]);
    expect([...entries.map((e) => e.id)].sort()).toEqual(entries.map((e) => e.id));
  });

  it('gives entries of the same millisecond ids that sort in recording order', async () => {
    for (let i = 0; i < 5; i++) await service.record(keyPrincipal, { action: `a${i}`, entityType: 'x' });
    const ids = stored.slice(-5).map((e) => e.id);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
  });
});

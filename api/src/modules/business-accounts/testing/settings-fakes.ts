/* eslint-disable @typescript-eslint/require-await -- fakes keep the async signatures of what they replace */
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../../common/auth/principal';
import type { AuditChange, AuditService } from '../../audit/audit.service';

/** Stands in for a transaction's EntityManager: tests check that writes and audit entries share it. */
export const FAKE_MANAGER = { fake: 'transaction' } as unknown as EntityManager;

export const ADMIN: Principal = {
  tenantId: 'tenant-a',
  role: 'admin',
  kind: 'user',
  userId: 'user-1',
  label: 'admin@a.example',
};

export interface RecordedAudit {
  principal: Principal;
  change: AuditChange;
  manager: EntityManager | undefined;
}

/** An AuditService that keeps what it was asked to record. */
export function fakeAudit(): { audit: AuditService; entries: RecordedAudit[] } {
  const entries: RecordedAudit[] = [];
  const audit = {
    record: async (principal: Principal, change: AuditChange, manager?: EntityManager) => {
      entries.push({ principal, change, manager });
    },
  } as unknown as AuditService;
  return { audit, entries };
}

/** Runs the work with FAKE_MANAGER, the way a repository's `transaction` would with a real one. */
export function fakeTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return work(FAKE_MANAGER);
}

/** The code and issue paths of a rejected promise, for asserting on typed errors. */
export async function failure(promise: Promise<unknown>): Promise<{ code: string; paths: string[] }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: string; details?: { issues?: { path: string }[] } };
    return { code: String(e.code), paths: (e.details?.issues ?? []).map((i) => i.path) };
  }
  throw new Error('expected the promise to reject');
}

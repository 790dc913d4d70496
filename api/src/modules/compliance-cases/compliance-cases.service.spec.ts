import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import type { AppError } from '../../common/errors/app-error';
import type { AuditChange } from '../audit/audit.service';
import type { ComplianceViolation, CaseState } from '../compliance/compliance-violation.entity';
import type { ComplianceSettings } from '../compliance/settings/compliance-settings-value';
import type { User } from '../users/user.entity';
import type { ComplianceCaseComment } from './compliance-case-comment.entity';
import { ComplianceCasesService, MAX_CASES_PER_CALL } from './compliance-cases.service';
import type { UpdateComplianceCasesInput } from './dtos/update-compliance-cases.input';

const officer: Principal = { tenantId: 't1', role: 'compliance', kind: 'user', userId: 'u_officer', label: 'o@x' };
const NOW = new Date('2026-03-01T10:00:00.000Z');
const MANAGER = {} as EntityManager;

function violation(id: string, over: Partial<ComplianceViolation> = {}): ComplianceViolation {
  return {
    id,
    tenantId: 't1',
    key: `NO_CONSENT:${id}`,
    kind: 'NO_CONSENT',
    severity: 'high',
    ruleVersion: 'NO_CONSENT@1',
    occurredAt: NOW,
    detectedAt: NOW,
    channel: 'whatsapp',
    accountId: 'wa_1',
    contactId: 'c1',
    messageId: id,
    eventId: null,
    campaignId: null,
    templateName: null,
    evidence: {},
    retractedAt: null,
    caseState: 'open',
    assigneeUserId: null,
    caseUpdatedAt: null,
    ...over,
  };
}

function user(id: string, role: User['role'], active = true): User {
  return { id, tenantId: 't1', role, active, name: id, email: `${id}@x` } as User;
}

/** In-memory fakes of the repository, violations, settings and audit the service depends on. */
function setup(rows: ComplianceViolation[], options: { matching?: string[]; overrides?: unknown } = {}) {
  const table = new Map(rows.map((r) => [r.id, { ...r }]));
  const comments: ComplianceCaseComment[] = [];
  const audit: AuditChange[] = [];
  const settingsUpdates: unknown[] = [];
  const users = [
    user('u_admin', 'admin'),
    user('u_comp', 'compliance'),
    user('u_mgr', 'manager'),
    user('u_gone', 'compliance', false),
  ];
  let transactions = 0;
  let failWrites = false;
  const store = {
    transaction: async <T>(work: (m: EntityManager) => Promise<T>) => {
      transactions++;
      const snapshot = new Map([...table].map(([k, v]) => [k, { ...v }]));
      const commentCount = comments.length;
      const auditCount = audit.length;
      try {
        return await work(MANAGER);
      } catch (error) {
        table.clear();
        for (const [k, v] of snapshot) table.set(k, v);
        comments.length = commentCount;
        audit.length = auditCount;
        throw error;
      }
    },
    findViolations: (tenantId: string, ids: readonly string[]) =>
      Promise.resolve(
        ids.flatMap((id) => {
          const row = table.get(id);
          return row && row.tenantId === tenantId ? [{ ...row }] : [];
        }),
      ),
    setState: (_m: EntityManager, _t: string, ids: readonly string[], state: CaseState, at: Date) => {
      if (failWrites) return Promise.reject(new Error('disk full'));
      for (const id of ids) Object.assign(table.get(id)!, { caseState: state, caseUpdatedAt: at });
      return Promise.resolve();
    },
    setAssignee: (_m: EntityManager, _t: string, ids: readonly string[], assignee: string | null, at: Date) => {
      for (const id of ids) Object.assign(table.get(id)!, { assigneeUserId: assignee, caseUpdatedAt: at });
      return Promise.resolve();
    },
    insertComments: (_m: EntityManager, list: readonly ComplianceCaseComment[]) =>
      Promise.resolve(void comments.push(...list)),
    caseComments: (_t: string, violationId: string) =>
      Promise.resolve(comments.filter((c) => c.violationId === violationId)),
    caseOwners: () => Promise.resolve(users.filter((u) => u.active && ['admin', 'compliance'].includes(u.role))),
    findUser: (_t: string, id: string) => Promise.resolve(users.find((u) => u.id === id) ?? null),
  };
  let settings: ComplianceSettings = {
    frequencyCap: { enabled: true, count: 2, windowHours: 24 },
    quietHours: { enabled: true, startMinute: 1260, endMinute: 480 },
    contentRuleOverrides: options.overrides ?? null,
    revision: 0,
    updatedAt: null,
    updatedBy: null,
  };
  const service = new ComplianceCasesService(
    store,
    {
      matchingIds: (_p, _f, limit) => Promise.resolve((options.matching ?? []).slice(0, limit)),
      get: (_p, id) => Promise.resolve({ ...table.get(id)!, accountName: null }),
    },
    {
      get: () => Promise.resolve(settings),
      update: (_p, input) => {
        settingsUpdates.push(input.contentRuleOverrides);
        settings = { ...settings, contentRuleOverrides: input.contentRuleOverrides, revision: settings.revision + 1 };
        return Promise.resolve(settings);
      },
    },
    {
      record: (_actor, change, manager) => {
        expect(manager).toBe(MANAGER);
        audit.push(change);
        return Promise.resolve();
      },
      recordMany: (_actor, changes, manager) => {
        expect(manager).toBe(MANAGER);
        audit.push(...changes);
        return Promise.resolve();
      },
      history: () => Promise.resolve([]),
    },
    { now: () => NOW },
  );
  return {
    service,
    table,
    comments,
    audit,
    settingsUpdates,
    transactions: () => transactions,
    failWrites: () => (failWrites = true),
  };
}

const byIds = (ids: string[], over: Partial<UpdateComplianceCasesInput> = {}) =>
  ({ violationIds: ids, action: 'ACKNOWLEDGE', ...over }) as UpdateComplianceCasesInput;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as AppError).code;
  }
  return 'no error';
}

describe('ComplianceCasesService.update', () => {
  it('applies a bulk action to the rows that allow it and skips the others with a reason, in one transaction', async () => {
    const t = setup([
      violation('v1'),
      violation('v2', { caseState: 'resolved' }),
      violation('v3', { tenantId: 'other' }),
      violation('v4', { assigneeUserId: 'u_comp' }),
    ]);
    const result = await t.service.update(
      officer,
      byIds(['v1', 'v2', 'v3', 'nope', 'v4', 'v1'], { comment: ' seen ' }),
    );
    expect(result.updated).toBe(2);
    expect(result.skipped).toEqual([
      { violationId: 'v2', code: 'INVALID_TRANSITION', message: expect.any(String) },
      { violationId: 'v3', code: 'NOT_FOUND', message: 'violation not found' },
      { violationId: 'nope', code: 'NOT_FOUND', message: 'violation not found' },
    ]);
    expect(t.table.get('v1')).toMatchObject({ caseState: 'acknowledged', caseUpdatedAt: NOW });
    expect(t.table.get('v4')).toMatchObject({ caseState: 'acknowledged', assigneeUserId: 'u_comp' });
    expect(t.table.get('v2')!.caseState).toBe('resolved');
    expect(t.table.get('v3')!.caseState).toBe('open');
    expect(t.transactions()).toBe(1);
    expect(t.comments.map((c) => [c.violationId, c.body, c.authorLabel, c.authorId])).toEqual([
      ['v1', 'seen', 'o@x', 'u_officer'],
      ['v4', 'seen', 'o@x', 'u_officer'],
    ]);
    expect(t.audit).toEqual([
      {
        action: 'compliance_violation.acknowledge',
        entityType: 'compliance_violation',
        entityId: 'v1',
        before: { caseState: 'open', assigneeUserId: null },
        after: { caseState: 'acknowledged', assigneeUserId: null, commentId: t.comments[0].id },
      },
      {
        action: 'compliance_violation.acknowledge',
        entityType: 'compliance_violation',
        entityId: 'v4',
        before: { caseState: 'open', assigneeUserId: 'u_comp' },
        after: { caseState: 'acknowledged', assigneeUserId: 'u_comp', commentId: t.comments[1].id },
      },
    ]);
  });

  it('requires a comment for MARK_FALSE_POSITIVE and REOPEN (blank counts as none), not for the others', async () => {
    const t = setup([violation('v1'), violation('v2', { caseState: 'resolved' })]);
    for (const action of ['MARK_FALSE_POSITIVE', 'REOPEN'] as const) {
      const id = action === 'REOPEN' ? 'v2' : 'v1';
      expect(await codeOf(t.service.update(officer, byIds([id], { action })))).toBe('BAD_USER_INPUT');
      expect(await codeOf(t.service.update(officer, byIds([id], { action, comment: '   ' })))).toBe('BAD_USER_INPUT');
    }
    expect(t.audit).toEqual([]);
    expect(
      (await t.service.update(officer, byIds(['v2'], { action: 'REOPEN', comment: 'new evidence' }))).updated,
    ).toBe(1);
    expect((await t.service.update(officer, byIds(['v1'], { action: 'ACKNOWLEDGE' }))).updated).toBe(1);
    expect(t.comments.map((c) => c.body)).toEqual(['new evidence']);
  });

  it('refuses a comment over 4,000 characters, both or neither of ids and filter, and assignee misuse', async () => {
    const t = setup([violation('v1')]);
    const cases: Array<Partial<UpdateComplianceCasesInput>> = [
      { comment: 'x'.repeat(4001) },
      { violationIds: null },
      { filter: { from: '2026-01-01', to: '2026-01-31' } },
      { action: 'ASSIGN' },
      { action: 'ACKNOWLEDGE', assigneeUserId: 'u_comp' },
      { addException: true },
    ];
    for (const over of cases)
      expect(await codeOf(t.service.update(officer, byIds(['v1'], over)))).toBe('BAD_USER_INPUT');
    expect(t.table.get('v1')!.caseState).toBe('open');
  });

  it('assigns only to active admin and compliance users of the tenant; a no-op assignment is skipped', async () => {
    const t = setup([violation('v1'), violation('v2', { assigneeUserId: 'u_comp' })]);
    for (const bad of ['u_mgr', 'u_gone', 'u_unknown']) {
      expect(await codeOf(t.service.update(officer, byIds(['v1'], { action: 'ASSIGN', assigneeUserId: bad })))).toBe(
        'BAD_USER_INPUT',
      );
    }
    const result = await t.service.update(officer, byIds(['v1', 'v2'], { action: 'ASSIGN', assigneeUserId: 'u_comp' }));
    expect(result).toMatchObject({ updated: 1, skipped: [{ violationId: 'v2', code: 'UNCHANGED' }] });
    expect(t.table.get('v1')).toMatchObject({ assigneeUserId: 'u_comp', caseState: 'open' });
    await t.service.update(officer, byIds(['v1'], { action: 'ASSIGN', assigneeUserId: 'u_admin' }));
    await t.service.update(officer, byIds(['v1'], { action: 'UNASSIGN' }));
    expect(t.audit.map((a) => [a.action, a.before, a.after])).toEqual([
      [
        'compliance_violation.assign',
        { caseState: 'open', assigneeUserId: null },
        { caseState: 'open', assigneeUserId: 'u_comp' },
      ],
      [
        'compliance_violation.assign',
        { caseState: 'open', assigneeUserId: 'u_comp' },
        { caseState: 'open', assigneeUserId: 'u_admin' },
      ],
      [
        'compliance_violation.unassign',
        { caseState: 'open', assigneeUserId: 'u_admin' },
        { caseState: 'open', assigneeUserId: null },
      ],
    ]);
    expect((await t.service.assignees(officer)).map((u) => u.id)).toEqual(['u_admin', 'u_comp']);
  });

  it('acts on every violation a filter matches up to 5,000 and refuses more with TOO_MANY_ROWS', async () => {
    const ids = Array.from({ length: MAX_CASES_PER_CALL }, (_, i) => `v${i}`);
    const t = setup(
      ids.map((id) => violation(id)),
      { matching: ids },
    );
    const filter = { filter: { from: '2026-01-01', to: '2026-01-31' }, violationIds: null };
    expect((await t.service.update(officer, byIds([], filter))).updated).toBe(MAX_CASES_PER_CALL);

    const over = setup([], { matching: [...ids, 'one_more'] });
    expect(await codeOf(over.service.update(officer, byIds([], filter)))).toBe('TOO_MANY_ROWS');
    expect(await codeOf(over.service.update(officer, byIds([...ids, 'one_more'])))).toBe('TOO_MANY_ROWS');
    expect(over.transactions()).toBe(0);
  });

  it('writes nothing when a write fails: rows, comments and audit entries roll back together', async () => {
    const t = setup([violation('v1'), violation('v2')]);
    t.failWrites();
    await expect(t.service.update(officer, byIds(['v1', 'v2'], { comment: 'x' }))).rejects.toThrow('disk full');
    expect([t.table.get('v1')!.caseState, t.comments.length, t.audit.length]).toEqual(['open', 0, 0]);
  });
});

describe('false positives as content-rule exceptions', () => {
  const content = (id: string, kind: 'PROHIBITED_CONTENT' | 'TEMPLATE_MISUSE', category: string, phrase: string) =>
    violation(id, { kind, evidence: { category, matchedPhrase: phrase, snippet: `… ${phrase} …` } });

  it('adds each new matched phrase to its category in one settings revision, deduplicated, content kinds only', async () => {
    const t = setup(
      [
        content('v1', 'PROHIBITED_CONTENT', 'weapons', 'Water Gun'),
        content('v2', 'PROHIBITED_CONTENT', 'weapons', 'water gun'),
        content('v3', 'TEMPLATE_MISUSE', 'promotional', 'free shipping'),
        content('v4', 'PROHIBITED_CONTENT', 'weapons', 'paintball'),
        violation('v5'),
        content('v6', 'PROHIBITED_CONTENT', 'weapons', 'nerf blaster'),
      ],
      { overrides: { categories: { weapons: { exceptions: ['Paintball'], extraTerms: ['blaster'] } } } },
    );
    t.table.get('v6')!.caseState = 'resolved';
    const result = await t.service.update(officer, {
      violationIds: ['v1', 'v2', 'v3', 'v4', 'v5', 'v6'],
      action: 'MARK_FALSE_POSITIVE',
      comment: 'toy shop',
      addException: true,
    });
    expect(result).toMatchObject({
      updated: 5,
      skipped: [{ violationId: 'v6', code: 'INVALID_TRANSITION' }],
      exceptionsAdded: ['water gun', 'free shipping'],
    });
    expect(t.settingsUpdates).toEqual([
      {
        categories: {
          weapons: { exceptions: ['Paintball', 'water gun'], extraTerms: ['blaster'] },
          promotional: { exceptions: ['free shipping'] },
        },
      },
    ]);
    const after = Object.fromEntries(t.audit.map((a) => [a.entityId, a.after as Record<string, unknown>]));
    expect(after.v1.exception).toEqual({ category: 'weapons', term: 'water gun' });
    expect(after.v4.exception).toEqual({ category: 'weapons', term: 'paintball' });
    expect(after.v5.exception).toBeUndefined();
    expect(after.v5.caseState).toBe('false_positive');

    // Again with the terms present: no new revision.
    t.table.get('v1')!.caseState = 'open';
    const again = await t.service.update(officer, {
      violationIds: ['v1'],
      action: 'MARK_FALSE_POSITIVE',
      comment: 'still a toy',
      addException: true,
    });
    expect(again.exceptionsAdded).toEqual([]);
    expect(t.settingsUpdates).toHaveLength(1);
  });

  it('saves no settings revision when no row gives an exception', async () => {
    const t = setup([violation('v1')]);
    const result = await t.service.update(officer, {
      violationIds: ['v1'],
      action: 'MARK_FALSE_POSITIVE',
      comment: 'test message',
      addException: true,
    });
    expect(result).toMatchObject({ updated: 1, exceptionsAdded: [] });
    expect(t.settingsUpdates).toEqual([]);
  });
});

describe('comments and the case', () => {
  it('adds an audited comment to a case of the tenant; other ids are NOT_FOUND; empty bodies are refused', async () => {
    const t = setup([violation('v1', { caseState: 'acknowledged' }), violation('v2', { tenantId: 'other' })]);
    const added = await t.service.addComment(officer, 'v1', '  called the agent  ');
    expect(added).toMatchObject({ author: 'o@x', body: 'called the agent', createdAt: NOW });
    expect(t.audit).toEqual([
      {
        action: 'compliance_violation.comment',
        entityType: 'compliance_violation',
        entityId: 'v1',
        before: { caseState: 'acknowledged', assigneeUserId: null },
        after: { caseState: 'acknowledged', assigneeUserId: null, commentId: added.id },
      },
    ]);
    expect(await codeOf(t.service.addComment(officer, 'v2', 'x'))).toBe('NOT_FOUND');
    expect(await codeOf(t.service.addComment(officer, 'v1', '  '))).toBe('BAD_USER_INPUT');
    const theCase = await t.service.get(officer, 'v1');
    expect(theCase.comments.map((c) => c.body)).toEqual(['called the agent']);
    expect(theCase.assignee).toBeNull();
  });
});

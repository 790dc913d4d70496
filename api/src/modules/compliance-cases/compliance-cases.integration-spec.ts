import { randomUUID } from 'node:crypto';
import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { waitFor } from '@checkmark/test/helpers/wait-for';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import type { Role } from '../../common/auth/role';
import { whatsappEvent } from '../../testing/analytics-fixtures';
import { errorCodes, graphql, type GraphqlResponse } from '../../testing/graphql-client';
import { testPostgresAdminUrl } from '../../testing/postgres-test-database';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { ComplianceViolation, type CaseState } from '../compliance/compliance-violation.entity';
import { TenantsService } from '../tenants/tenants.service';
import { UsersService } from '../users/users.service';

const UPDATE = `mutation($input: UpdateComplianceCasesInput!) {
  updateComplianceCases(input: $input) { updated skipped { violationId code message } exceptionsAdded }
}`;
const CASE = `query($id: ID!) {
  complianceCase(violationId: $id) {
    violation { id caseState assigneeUserId caseUpdatedAt evidence retractedAt }
    assignee { id name email }
    comments { id author body createdAt }
    history { action actorLabel entityType entityId before after at }
  }
}`;
const COMMENT = `mutation($id: ID!, $body: String!) { addComplianceCaseComment(violationId: $id, body: $body) { id author body } }`;
const ASSIGNEES = '{ complianceAssignees { id name email } }';
const LIST = `query($filter: ViolationFilter!) {
  complianceViolations(filter: $filter, page: { first: 100 }) { totalCount nodes { id messageId caseState assigneeUserId retractedAt } }
}`;
const VIEWS = '{ complianceSavedViews { id name filter shared owner mine } }';
const SAVE_VIEW = `mutation($input: SaveComplianceViewInput!) { saveComplianceView(input: $input) { id name filter shared owner mine } }`;
const DELETE_VIEW = 'mutation($id: ID!) { deleteComplianceView(id: $id) }';
const REDETECT = `mutation($from: DateTime, $to: DateTime) { redetectViolations(from: $from, to: $to) { found } }`;

const DAY = '2026-03-05';
const AT = new Date(`${DAY}T12:00:00.000Z`);

interface CaseData {
  complianceCase: {
    violation: { id: string; caseState: string; assigneeUserId: string | null; retractedAt: string | null };
    assignee: { id: string; name: string; email: string } | null;
    comments: Array<{ id: string; author: string; body: string }>;
    history: Array<{ action: string; actorLabel: string; before: unknown; after: Record<string, unknown> }>;
  };
}
interface UpdateData {
  updateComplianceCases: {
    updated: number;
    skipped: Array<{ violationId: string; code: string }>;
    exceptionsAdded: string[];
  };
}
interface ListData {
  complianceViolations: {
    totalCount: number;
    nodes: Array<{
      id: string;
      messageId: string;
      caseState: string;
      assigneeUserId: string | null;
      retractedAt: string | null;
    }>;
  };
}

function row(tenantId: string, over: Partial<ComplianceViolation> = {}): ComplianceViolation {
  const id = randomUUID();
  return {
    id,
    tenantId,
    key: `NO_CONSENT:${id}`,
    kind: 'NO_CONSENT',
    severity: 'high',
    ruleVersion: 'NO_CONSENT@1',
    occurredAt: AT,
    detectedAt: AT,
    channel: 'whatsapp',
    accountId: 'wa_1',
    contactId: 'c_1',
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

describe('compliance cases API (real relational store; chDB for detection)', () => {
  let warehouse: TestWarehouse;
  let running: RunningTestApp;
  let dataDir: string;
  let db: DataSource;
  const tokens = new Map<string, string>();
  let tenantA: string;
  let tenantB: string;
  const users: Record<string, string> = {};

  const call = <T = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token: tokens.get(who)! });
  const ok = async <T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response: GraphqlResponse<T> = await call<T>(who, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const update = (who: string, input: Record<string, unknown>) =>
    ok<UpdateData>(who, UPDATE, { input }).then((d) => d.updateComplianceCases);
  const insert = async (rows: ComplianceViolation[]) => {
    for (let i = 0; i < rows.length; i += 100) {
      await db.getRepository(ComplianceViolation).insert(rows.slice(i, i + 100) as never);
    }
    return rows;
  };
  const stateOf = async (id: string) => (await db.getRepository(ComplianceViolation).findOneByOrFail({ id })).caseState;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse });
    db = running.app.get(DataSource);
    tenantA = (await running.app.get(TenantsService).ensureDefaultTenant()).id;
    tenantB = (await running.app.get(TenantsService).ensure('tenant-b', 'Tenant B')).id;
    const keys = running.app.get(ApiKeysService);
    const owner: Principal = { tenantId: tenantA, role: 'admin', kind: 'user', label: 'suite' };
    for (const role of ['admin', 'compliance', 'manager', 'marketer', 'viewer'] as Role[]) {
      tokens.set(role, (await keys.create(owner, { name: `key ${role}`, role })).secret);
    }
    tokens.set('compliance2', (await keys.create(owner, { name: 'key compliance 2', role: 'compliance' })).secret);
    const ownerB: Principal = { tenantId: tenantB, role: 'admin', kind: 'user', label: 'suite' };
    tokens.set('adminB', (await keys.create(ownerB, { name: 'b admin', role: 'admin' })).secret);
    const people = running.app.get(UsersService);
    const person = async (tenantId: string, name: string, role: Role) =>
      (
        await people.create(
          { kind: 'system', tenantId },
          { email: `${name}@cases.test`, name, role, password: 'long-enough-password' },
        )
      ).id;
    users.officer = await person(tenantA, 'officer', 'compliance');
    users.boss = await person(tenantA, 'boss', 'admin');
    users.manager = await person(tenantA, 'manager', 'manager');
    users.outsider = await person(tenantB, 'outsider', 'compliance');
    users.leaver = await person(tenantA, 'leaver', 'compliance');
    await people.update({ ...owner, kind: 'user', userId: users.boss }, users.leaver, { active: false });
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('allows exactly the transitions of the workflow and skips the others with INVALID_TRANSITION', async () => {
    const states: CaseState[] = ['open', 'acknowledged', 'resolved', 'false_positive'];
    const actions = ['ACKNOWLEDGE', 'RESOLVE', 'MARK_FALSE_POSITIVE', 'REOPEN'] as const;
    const allowed: Record<string, CaseState> = {
      'ACKNOWLEDGE:open': 'acknowledged',
      'MARK_FALSE_POSITIVE:open': 'false_positive',
      'RESOLVE:acknowledged': 'resolved',
      'MARK_FALSE_POSITIVE:acknowledged': 'false_positive',
      'REOPEN:resolved': 'open',
      'REOPEN:false_positive': 'open',
    };
    for (const action of actions) {
      for (const state of states) {
        const [v] = await insert([row(tenantA, { caseState: state })]);
        const result = await update('compliance', { violationIds: [v.id], action, comment: 'because' });
        const expected = allowed[`${action}:${state}`];
        if (expected) {
          expect([action, state, result.updated, result.skipped]).toEqual([action, state, 1, []]);
          expect(await stateOf(v.id)).toBe(expected);
        } else {
          expect([action, state, result.updated, result.skipped]).toEqual([
            action,
            state,
            0,
            [expect.objectContaining({ violationId: v.id, code: 'INVALID_TRANSITION' })],
          ]);
          expect(await stateOf(v.id)).toBe(state);
        }
      }
    }
  });

  it('requires a comment for MARK_FALSE_POSITIVE and REOPEN and keeps every case as it was without one', async () => {
    const [open, resolved] = await insert([row(tenantA), row(tenantA, { caseState: 'resolved' })]);
    for (const [v, action] of [
      [open, 'MARK_FALSE_POSITIVE'],
      [resolved, 'REOPEN'],
    ] as const) {
      expect(errorCodes(await call('compliance', UPDATE, { input: { violationIds: [v.id], action } }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(
        errorCodes(await call('compliance', UPDATE, { input: { violationIds: [v.id], action, comment: ' ' } })),
      ).toEqual(['BAD_USER_INPUT']);
    }
    expect([await stateOf(open.id), await stateOf(resolved.id)]).toEqual(['open', 'resolved']);
    const tooLong = { violationIds: [open.id], action: 'ACKNOWLEDGE', comment: 'x'.repeat(4001) };
    expect(errorCodes(await call('compliance', UPDATE, { input: tooLong }))).toEqual(['BAD_USER_INPUT']);
  });

  it("bulk by ids: applies valid rows, skips invalid ones and never touches another tenant's", async () => {
    const [a1, a2, a3] = await insert([row(tenantA), row(tenantA, { caseState: 'resolved' }), row(tenantA)]);
    const [b1] = await insert([row(tenantB)]);
    const result = await update('admin', {
      violationIds: [a1.id, a2.id, b1.id, 'missing', a3.id],
      action: 'ACKNOWLEDGE',
      comment: 'triaged in bulk',
    });
    expect(result.updated).toBe(2);
    expect(result.skipped.map((s) => [s.violationId, s.code])).toEqual([
      [a2.id, 'INVALID_TRANSITION'],
      [b1.id, 'NOT_FOUND'],
      ['missing', 'NOT_FOUND'],
    ]);
    expect(await Promise.all([a1, a2, a3, b1].map((v) => stateOf(v.id)))).toEqual([
      'acknowledged',
      'resolved',
      'acknowledged',
      'open',
    ]);
    const theCase = (await ok<CaseData>('admin', CASE, { id: a1.id })).complianceCase;
    expect(theCase.comments.map((c) => [c.author, c.body])).toEqual([['key admin', 'triaged in bulk']]);
    expect(errorCodes(await call('adminB', CASE, { id: a1.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await call('adminB', COMMENT, { id: a1.id, body: 'x' }))).toEqual(['NOT_FOUND']);
  });

  it('two officers acknowledging one case at once: one changes it, the other is told it already moved', async () => {
    const [v] = await insert([row(tenantA)]);
    const results = await Promise.all([
      update('compliance', { violationIds: [v.id], action: 'ACKNOWLEDGE' }),
      update('compliance2', { violationIds: [v.id], action: 'ACKNOWLEDGE' }),
    ]);
    expect(results.map((r) => r.updated).sort()).toEqual([0, 1]);
    expect(results.flatMap((r) => r.skipped.map((s) => s.code))).toEqual(['INVALID_TRANSITION']);
    const theCase = (await ok<CaseData>('compliance', CASE, { id: v.id })).complianceCase;
    expect(theCase.history.map((h) => [h.action, (h.before as { caseState: string }).caseState])).toEqual([
      ['compliance_violation.acknowledge', 'open'],
    ]);
  });

  // PostgreSQL runs write transactions side by side: a change made while a bulk update waits must be what it plans
  // from. Another connection holds the row; the update has to wait for it instead of planning from a stale read.
  if (testPostgresAdminUrl()) {
    it('plans a bulk change from the state a concurrent transaction left (PostgreSQL row locks)', async () => {
      const [v] = await insert([row(tenantA)]);
      const side = await new DataSource({ type: 'postgres', url: (db.options as { url: string }).url }).initialize();
      const holder = side.createQueryRunner();
      try {
        await holder.startTransaction();
        await holder.query('SELECT id FROM compliance_violations WHERE id = $1 FOR UPDATE', [v.id]);
        const pending = update('compliance', { violationIds: [v.id], action: 'ACKNOWLEDGE', comment: 'late' });
        await waitFor(
          async () =>
            (
              await side.query<Array<{ n: number }>>(
                "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
              )
            )[0].n,
          (n) => n > 0,
          { what: 'the bulk update to wait for the row' },
        );
        await holder.query("UPDATE compliance_violations SET case_state = 'false_positive' WHERE id = $1", [v.id]);
        await holder.commitTransaction();
        const result = await pending;
        expect(result.updated).toBe(0);
        expect(result.skipped).toEqual([expect.objectContaining({ violationId: v.id, code: 'INVALID_TRANSITION' })]);
        expect(await stateOf(v.id)).toBe('false_positive');
      } finally {
        await holder.release();
        await side.destroy();
      }
    });
  }

  it('bulk by filter: all matching up to 5,000, TOO_MANY_ROWS beyond, other tenants untouched', async () => {
    const day = '2026-04-07';
    const at = new Date(`${day}T12:00:00.000Z`);
    const bulk = (severity: 'low' | 'medium') => row(tenantA, { kind: 'QUIET_HOURS', severity, occurredAt: at });
    const lows = await insert(Array.from({ length: 5000 }, () => bulk('low')));
    const [medium] = await insert([bulk('medium')]);
    const theirs = await insert([row(tenantB, { kind: 'QUIET_HOURS', severity: 'low', occurredAt: at })]);
    const filter = { from: day, to: day, kinds: ['QUIET_HOURS'] };

    const tooMany = await call('compliance', UPDATE, { input: { filter, action: 'ACKNOWLEDGE' } });
    expect(errorCodes(tooMany)).toEqual(['TOO_MANY_ROWS']);
    expect(await stateOf(lows[0].id)).toBe('open');

    const result = await update('compliance', { filter: { ...filter, severities: ['LOW'] }, action: 'ACKNOWLEDGE' });
    expect(result).toEqual({ updated: 5000, skipped: [], exceptionsAdded: [] });
    const counts = await db
      .getRepository(ComplianceViolation)
      .createQueryBuilder('v')
      .select('v.case_state', 'state')
      .addSelect('COUNT(*)', 'n')
      .where('v.tenant_id = :tenantA AND v.kind = :kind', { tenantA, kind: 'QUIET_HOURS' })
      .groupBy('v.case_state')
      .getRawMany<{ state: string; n: string | number }>();
    expect(Object.fromEntries(counts.map((c) => [c.state, Number(c.n)]))).toEqual({ acknowledged: 5000, open: 1 });
    expect(await stateOf(medium.id)).toBe('open');
    expect(await stateOf(theirs[0].id)).toBe('open');

    // Tenant B's filter over the same day changes only its own row.
    const fromB = await update('adminB', { filter, action: 'ACKNOWLEDGE' });
    expect(fromB.updated).toBe(1);
    expect(await stateOf(medium.id)).toBe('open');
  });

  it('assigns only to active admin and compliance users of the tenant; filters by assignee', async () => {
    const [v1, v2] = await insert([
      row(tenantA, { occurredAt: new Date('2026-05-02T10:00:00Z') }),
      row(tenantA, { occurredAt: new Date('2026-05-02T11:00:00Z') }),
    ]);
    for (const bad of [users.manager, users.outsider, users.leaver, 'nobody']) {
      const response = await call('compliance', UPDATE, {
        input: { violationIds: [v1.id], action: 'ASSIGN', assigneeUserId: bad },
      });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    }
    const assignees = (await ok<{ complianceAssignees: Array<{ id: string; name: string }> }>('manager', ASSIGNEES))
      .complianceAssignees;
    expect(assignees.map((u) => u.name)).toEqual(expect.arrayContaining(['boss', 'officer']));
    expect(assignees.map((u) => u.name)).not.toEqual(expect.arrayContaining(['manager']));
    expect(assignees.some((u) => ['manager', 'leaver', 'outsider'].includes(u.name))).toBe(false);

    expect(
      (await update('compliance', { violationIds: [v1.id], action: 'ASSIGN', assigneeUserId: users.officer })).updated,
    ).toBe(1);
    const filter = (over: Record<string, unknown>) => ({ from: '2026-05-02', to: '2026-05-02', ...over });
    const mine = (await ok<ListData>('manager', LIST, { filter: filter({ assigneeUserIds: [users.officer] }) }))
      .complianceViolations.nodes;
    expect(mine.map((v) => v.id)).toEqual([v1.id]);
    const nobody = (await ok<ListData>('manager', LIST, { filter: filter({ unassigned: true }) })).complianceViolations
      .nodes;
    expect(nobody.map((v) => v.id)).toEqual([v2.id]);
    const either = (
      await ok<ListData>('manager', LIST, { filter: filter({ assigneeUserIds: [users.officer], unassigned: true }) })
    ).complianceViolations.nodes;
    expect(either.map((v) => v.id)).toEqual([v2.id, v1.id]);

    const theCase = (await ok<CaseData>('manager', CASE, { id: v1.id })).complianceCase;
    expect(theCase.assignee).toEqual({ id: users.officer, name: 'officer', email: 'officer@cases.test' });
  });

  it('the case: comments and its whole history from the audit log, oldest first', async () => {
    const [v] = await insert([row(tenantA)]);
    await update('compliance', { violationIds: [v.id], action: 'ASSIGN', assigneeUserId: users.boss });
    await update('compliance', { violationIds: [v.id], action: 'ACKNOWLEDGE' });
    await ok('admin', COMMENT, { id: v.id, body: 'asked the team' });
    await update('admin', { violationIds: [v.id], action: 'MARK_FALSE_POSITIVE', comment: 'test send' });
    await update('compliance', { violationIds: [v.id], action: 'REOPEN', comment: 'was real after all' });
    const theCase = (await ok<CaseData>('compliance', CASE, { id: v.id })).complianceCase;
    expect(theCase.violation).toMatchObject({ id: v.id, caseState: 'OPEN', assigneeUserId: users.boss });
    expect(theCase.comments.map((c) => [c.author, c.body])).toEqual([
      ['key admin', 'asked the team'],
      ['key admin', 'test send'],
      ['key compliance', 'was real after all'],
    ]);
    expect(theCase.history.map((h) => [h.action, h.actorLabel, h.before, h.after.caseState])).toEqual([
      ['compliance_violation.assign', 'key compliance', { caseState: 'open', assigneeUserId: null }, 'open'],
      [
        'compliance_violation.acknowledge',
        'key compliance',
        { caseState: 'open', assigneeUserId: users.boss },
        'acknowledged',
      ],
      [
        'compliance_violation.comment',
        'key admin',
        { caseState: 'acknowledged', assigneeUserId: users.boss },
        'acknowledged',
      ],
      [
        'compliance_violation.mark_false_positive',
        'key admin',
        { caseState: 'acknowledged', assigneeUserId: users.boss },
        'false_positive',
      ],
      [
        'compliance_violation.reopen',
        'key compliance',
        { caseState: 'false_positive', assigneeUserId: users.boss },
        'open',
      ],
    ]);
    expect(theCase.history[2].after.commentId).toBe(theCase.comments[0].id);
  });

  it('RBAC: manager reads cases but changes nothing; marketer and viewer are refused everything', async () => {
    const [v] = await insert([row(tenantA)]);
    const change = { input: { violationIds: [v.id], action: 'ACKNOWLEDGE' } };
    expect((await ok<CaseData>('manager', CASE, { id: v.id })).complianceCase.violation.id).toBe(v.id);
    expect(errorCodes(await call('manager', UPDATE, change))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call('manager', COMMENT, { id: v.id, body: 'x' }))).toEqual(['FORBIDDEN']);
    for (const role of ['marketer', 'viewer']) {
      expect(errorCodes(await call(role, CASE, { id: v.id }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(role, UPDATE, change))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(role, COMMENT, { id: v.id, body: 'x' }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(role, ASSIGNEES))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(role, VIEWS))).toEqual(['FORBIDDEN']);
    }
    expect(await stateOf(v.id)).toBe('open');
  });

  it('the audit log and case comments are append-only in the database itself', async () => {
    const [v] = await insert([row(tenantA)]);
    await ok('compliance', COMMENT, { id: v.id, body: 'original words' });
    const audits = () =>
      db.query('SELECT COUNT(*) AS n FROM audit_entries').then((r: Array<{ n: unknown }>) => Number(r[0].n));
    const before = await audits();
    const attempts = [
      `UPDATE audit_entries SET actor_label = 'someone else'`,
      'DELETE FROM audit_entries',
      `UPDATE compliance_case_comments SET body = 'rewritten'`,
      'DELETE FROM compliance_case_comments',
    ];
    for (const statement of attempts) {
      await expect(db.query(statement)).rejects.toThrow(/append-only/);
    }
    if (db.options.type === 'postgres') {
      await expect(db.query('TRUNCATE audit_entries')).rejects.toThrow(/append-only/);
    }
    expect(await audits()).toBe(before);
    const theCase = (await ok<CaseData>('compliance', CASE, { id: v.id })).complianceCase;
    expect(theCase.comments.map((c) => c.body)).toEqual(['original words']);
    expect(theCase.history.map((h) => h.actorLabel)).toEqual(['key compliance']);
  });

  it('saved views: own and shared ones listed; only the owner or an admin changes them; size-limited', async () => {
    const mine = (
      await ok<{ saveComplianceView: { id: string; mine: boolean; owner: string } }>('compliance', SAVE_VIEW, {
        input: { name: 'My open NO_CONSENT', filter: { kind: 'NO_CONSENT', state: 'open' } },
      })
    ).saveComplianceView;
    expect(mine).toMatchObject({ mine: true, owner: 'key compliance' });
    const team = (
      await ok<{ saveComplianceView: { id: string } }>('compliance', SAVE_VIEW, {
        input: { name: 'Team: critical', filter: { severity: 'CRITICAL' }, shared: true },
      })
    ).saveComplianceView;
    const names = async (who: string) =>
      (await ok<{ complianceSavedViews: Array<{ name: string; mine: boolean }> }>(who, VIEWS)).complianceSavedViews;
    expect(await names('compliance')).toEqual([
      expect.objectContaining({ name: 'My open NO_CONSENT', mine: true }),
      expect.objectContaining({ name: 'Team: critical', mine: true, shared: true, filter: { severity: 'CRITICAL' } }),
    ]);
    expect((await names('compliance2')).map((v) => [v.name, v.mine])).toEqual([['Team: critical', false]]);
    expect((await names('adminB')).length).toBe(0);

    const rename = (id: string) => ({ input: { id, name: 'renamed', filter: {} } });
    expect(errorCodes(await call('compliance2', SAVE_VIEW, rename(team.id)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call('compliance2', DELETE_VIEW, { id: team.id }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call('compliance2', SAVE_VIEW, rename(mine.id)))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await call('compliance2', DELETE_VIEW, { id: mine.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await call('adminB', DELETE_VIEW, { id: team.id }))).toEqual(['NOT_FOUND']);

    const changed = await ok<{ saveComplianceView: { id: string; name: string; owner: string } }>(
      'admin',
      SAVE_VIEW,
      rename(team.id),
    );
    expect(changed.saveComplianceView).toMatchObject({ id: team.id, name: 'renamed', owner: 'key compliance' });
    expect(
      (await ok<{ deleteComplianceView: boolean }>('admin', DELETE_VIEW, { id: mine.id })).deleteComplianceView,
    ).toBe(true);
    expect((await names('compliance')).map((v) => [v.name, v.mine])).toEqual([['renamed', true]]);
    expect((await names('compliance2')).map((v) => [v.name, v.mine])).toEqual([['renamed', false]]);

    for (const input of [
      { name: '', filter: {} },
      { name: 'x'.repeat(101), filter: {} },
      { name: 'array', filter: [1, 2] },
      { name: 'big', filter: { q: 'x'.repeat(8 * 1024) } },
    ]) {
      expect(errorCodes(await call('compliance', SAVE_VIEW, { input }))).toEqual(['BAD_USER_INPUT']);
    }
  });

  describe('false positive with addException (real detection in chDB)', () => {
    const base = Date.parse('2026-06-08T10:00:00.000Z');
    const TEXT = 'Premium whisky delivered tonight';
    const sent = (id: string, at: number, contact: string): CanonicalEvent =>
      whatsappEvent(tenantA, `sent:${id}`, 'message.sent', new Date(at).toISOString(), {
        contactId: contact,
        messageId: id,
        payload: { sender: { kind: 'agent', agentId: 'a_1' }, isTemplate: false, contentType: 'text', text: TEXT },
      });
    const contentFilter = {
      from: '2026-06-01',
      to: '2026-06-30',
      kinds: ['PROHIBITED_CONTENT'],
      includeRetracted: true,
    };
    const list = async () =>
      (await ok<ListData>('compliance', LIST, { filter: contentFilter })).complianceViolations.nodes;

    it('adds the matched phrase as an exception (one revision): the same text elsewhere is no longer flagged', async () => {
      await warehouse.sink.insertEvents([sent('fp_1', base, 'p_1'), sent('fp_2', base + 1000, 'p_2')]);
      await ok('compliance', REDETECT);
      const found = await list();
      expect(found.map((v) => [v.messageId, v.retractedAt]).sort()).toEqual([
        ['fp_1', null],
        ['fp_2', null],
      ]);
      const fp1 = found.find((v) => v.messageId === 'fp_1')!;
      const fp2 = found.find((v) => v.messageId === 'fp_2')!;

      const result = await update('compliance', {
        violationIds: [fp1.id],
        action: 'MARK_FALSE_POSITIVE',
        comment: 'a whisky-coloured scarf',
        addException: true,
      });
      expect(result).toEqual({ updated: 1, skipped: [], exceptionsAdded: ['whisky'] });
      const settings = await ok<{ complianceSettings: { revision: number; contentRuleOverrides: unknown } }>(
        'compliance',
        '{ complianceSettings { revision contentRuleOverrides } }',
      );
      expect(settings.complianceSettings).toEqual({
        revision: 1,
        contentRuleOverrides: { categories: { alcohol: { exceptions: ['whisky'] } } },
      });

      // The settings change re-detects history: both messages retracted, the case keeps its false positive state.
      const after = await waitFor(list, (nodes) => nodes.every((v) => v.retractedAt !== null), {
        what: 'the re-detection after the exception',
      });
      const byMessage = Object.fromEntries(after.map((v) => [v.messageId, v]));
      expect(byMessage.fp_1).toMatchObject({ id: fp1.id, caseState: 'FALSE_POSITIVE' });
      expect(byMessage.fp_2).toMatchObject({ id: fp2.id, caseState: 'OPEN' });
      const theCase = (await ok<CaseData>('compliance', CASE, { id: fp1.id })).complianceCase;
      expect(theCase.violation.caseState).toBe('FALSE_POSITIVE');
      expect(theCase.history.at(-1)!.after).toMatchObject({
        caseState: 'false_positive',
        exception: { category: 'alcohol', term: 'whisky' },
      });

      // A new message with the same text is not flagged by the next detection.
      await warehouse.sink.insertEvents([sent('fp_3', base + 2 * 3_600_000, 'p_3')]);
      await ok('compliance', REDETECT);
      expect((await list()).map((v) => v.messageId).sort()).toEqual(['fp_1', 'fp_2']);

      // Marking the other one with addException again adds nothing and saves no revision.
      const again = await update('compliance', {
        violationIds: [fp2.id],
        action: 'MARK_FALSE_POSITIVE',
        comment: 'same scarf',
        addException: true,
      });
      expect(again).toEqual({ updated: 1, skipped: [], exceptionsAdded: [] });
      const still = await ok<{ complianceSettings: { revision: number } }>(
        'compliance',
        '{ complianceSettings { revision } }',
      );
      expect(still.complianceSettings.revision).toBe(1);
    });
  });
});

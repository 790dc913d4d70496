import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { waitFor } from '@checkmark/test/helpers/wait-for';
import type { Principal } from '../../common/auth/principal';
import type { Role } from '../../common/auth/role';
import { ManualClock } from '../../common/clock/clock';
import { whatsappEvent } from '../../testing/analytics-fixtures';
import { errorCodes, graphql, type GraphqlResponse } from '../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { AuditService } from '../audit/audit.service';
import { TenantsService } from '../tenants/tenants.service';

const IMPORT = `mutation($input: CatalogImportInput!) {
  importCatalogItems(input: $input) {
    rows accepted rejected created updated removed unchanged dryRun errors { row field code }
  }
}`;
const ITEMS = `query($page: PageInput, $search: String, $includeRemoved: Boolean) {
  catalogItems(page: $page, search: $search, includeRemoved: $includeRemoved) {
    totalCount pageInfo { hasNextPage endCursor } nodes { itemId accountId title description url updatedAt removedAt }
  }
}`;
const VIOLATIONS = `query($filter: ViolationFilter!) {
  complianceViolations(filter: $filter, page: { first: 200 }) {
    nodes { kind severity ruleVersion occurredAt channel accountId contactId messageId eventId evidence retractedAt }
  }
}`;
const UPDATE_SETTINGS = `mutation($input: ComplianceSettingsInput!) { updateComplianceSettings(input: $input) { revision } }`;

interface Violation {
  kind: string;
  severity: string;
  ruleVersion: string;
  occurredAt: string;
  channel: string;
  accountId: string;
  contactId: string;
  messageId: string | null;
  eventId: string | null;
  evidence: Record<string, unknown>;
  retractedAt: string | null;
}
interface ImportResult {
  rows: number;
  accepted: number;
  rejected: number;
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
  dryRun: boolean;
  errors: Array<{ row: number; field: string; code: string }>;
}

const START = new Date('2026-03-10T12:00:00.000Z');
const DAY = 86_400_000;

const CATALOG = [
  'itemId,title,description,url',
  'sku-gun,Compact handgun,Concealed carry with holster,https://shop.test/gun',
  'sku-cig,Сигареты оптом,Блок сигарет с доставкой,',
  'sku-water,Water gun for kids,Summer fun in the garden,',
  'sku-shirt,Cotton T-shirt,Soft and breathable,',
  ',No id,,',
  'sku-bad-url,Hat,,ftp://shop.test/hat',
  'sku-shirt,Cotton T-shirt again,,',
  'too,many,fields,here,really',
].join('\n');

describe('catalog items: import, prohibited-content detection, access (real chDB + relational store)', () => {
  let warehouse: TestWarehouse;
  let running: RunningTestApp;
  let dataDir: string;
  let tenantA: string;
  const clock = new ManualClock(START);
  const tokens = new Map<string, string>();

  const call = <T>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token: tokens.get(who)! });
  const ok = async <T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response: GraphqlResponse<T> = await call<T>(who, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const importAs = async (who: string, content: string, extra: Record<string, unknown> = {}) =>
    (await ok<{ importCatalogItems: ImportResult }>(who, IMPORT, { input: { format: 'CSV', content, ...extra } }))
      .importCatalogItems;
  const catalogViolations = async (who = 'admin') =>
    (
      await ok<{ complianceViolations: { nodes: Violation[] } }>(who, VIOLATIONS, {
        filter: { from: '2026-01-01', to: '2026-12-31', kinds: ['PROHIBITED_CONTENT'], includeRetracted: true },
      })
    ).complianceViolations.nodes.filter((v) => v.evidence.source === 'catalog');
  const byItem = (violations: Violation[]) => new Map(violations.map((v) => [v.evidence.itemId as string, v]));

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse, clock });
    tenantA = (await running.app.get(TenantsService).ensureDefaultTenant()).id;
    const tenantB = (await running.app.get(TenantsService).ensure('tenant-b', 'Tenant B')).id;
    const keys = running.app.get(ApiKeysService);
    for (const role of ['admin', 'compliance', 'manager', 'marketer', 'viewer'] as Role[]) {
      const owner: Principal = { tenantId: tenantA, role: 'admin', kind: 'user', label: 'suite' };
      tokens.set(role, (await keys.create(owner, { name: `key ${role}`, role })).secret);
    }
    const ownerB: Principal = { tenantId: tenantB, role: 'admin', kind: 'user', label: 'suite' };
    tokens.set('adminB', (await keys.create(ownerB, { name: 'b admin', role: 'admin' })).secret);
    // Tenant A has events in February; tenant B has none at all (a catalog is all there is to check).
    await warehouse.sink.insertEvents([
      whatsappEvent(tenantA, 'in:1', 'message.received', '2026-02-10T09:00:00.000Z', {
        messageId: 'in1',
        payload: { contentType: 'text', text: 'Hello' },
      }),
    ]);
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('a dry run reports per-row errors and stores nothing', async () => {
    const result = await importAs('compliance', CATALOG, { dryRun: true, accountId: 'pn_shop' });
    expect(result).toEqual({
      rows: 8,
      accepted: 4,
      rejected: 4,
      created: 4,
      updated: 0,
      removed: 0,
      unchanged: 0,
      dryRun: true,
      errors: [
        { row: 5, field: 'itemId', code: 'REQUIRED' },
        { row: 6, field: 'url', code: 'INVALID_URL' },
        { row: 7, field: 'itemId', code: 'DUPLICATE_ITEM' },
        { row: 8, field: '', code: 'MALFORMED_CSV' },
      ],
    });
    expect((await ok<{ catalogItems: { totalCount: number } }>('admin', ITEMS)).catalogItems.totalCount).toBe(0);
  });

  it('imports, flags prohibited items in English and Russian (not the allowed context) without waiting for events', async () => {
    const result = await importAs('admin', CATALOG, { accountId: 'pn_shop' });
    expect(result).toMatchObject({ accepted: 4, rejected: 4, created: 4, unchanged: 0, dryRun: false });

    const found = byItem(
      await waitFor(
        () => catalogViolations(),
        (v) => v.length === 2,
        { what: 'catalog violations' },
      ),
    );
    expect([...found.keys()].sort()).toEqual(['sku-cig', 'sku-gun']);
    expect(found.get('sku-gun')).toEqual({
      kind: 'PROHIBITED_CONTENT',
      severity: 'HIGH',
      ruleVersion: expect.stringMatching(/^PROHIBITED_CONTENT@/),
      occurredAt: START.toISOString(),
      channel: 'WHATSAPP',
      accountId: 'pn_shop',
      contactId: '',
      messageId: null,
      eventId: null,
      retractedAt: null,
      evidence: expect.objectContaining({
        source: 'catalog',
        itemId: 'sku-gun',
        title: 'Compact handgun',
        category: 'weapons',
        matchedPhrase: 'handgun',
        snippet: 'Compact handgun\nConcealed carry with holster',
        language: 'en',
      }),
    });
    expect(found.get('sku-cig')?.evidence).toMatchObject({
      category: 'tobacco',
      matchedPhrase: 'Сигареты',
      language: 'ru',
    });

    const audit = await running.app
      .get(AuditService)
      .history({ tenantId: tenantA } as Principal, 'catalog_items', tenantA);
    expect(audit.map((entry) => [entry.action, entry.after])).toEqual([
      [
        'catalog_items.import',
        { format: 'csv', rows: 8, accepted: 4, rejected: 4, created: 4, updated: 0, removed: 0, unchanged: 0 },
      ],
    ]);
  });

  it('re-importing the same file changes nothing, and a re-detection finds the same', async () => {
    clock.advance(DAY);
    const result = await importAs('admin', CATALOG, { accountId: 'pn_shop' });
    expect(result).toMatchObject({ accepted: 4, created: 0, updated: 0, removed: 0, unchanged: 4 });
    const run = await ok<{ redetectViolations: Record<string, number> }>(
      'admin',
      'mutation { redetectViolations { inserted updated retracted } }',
    );
    expect(run.redetectViolations).toEqual({ inserted: 0, updated: 0, retracted: 0 });
    const items = (
      await ok<{ catalogItems: { nodes: Array<{ itemId: string; updatedAt: string; url: string | null }> } }>(
        'admin',
        ITEMS,
      )
    ).catalogItems.nodes;
    expect(items.map((i) => [i.itemId, i.updatedAt])).toEqual([
      ['sku-cig', START.toISOString()],
      ['sku-gun', START.toISOString()],
      ['sku-shirt', START.toISOString()],
      ['sku-water', START.toISOString()],
    ]);
  });

  it('an item edited to clean text and a removed item are retracted; the list pages and searches', async () => {
    clock.advance(30 * DAY);
    const result = await importAs(
      'compliance',
      ['itemId,title,description,removed', 'sku-gun,Compact holster,Leather,false', 'sku-cig,,,true'].join('\n'),
    );
    expect(result).toMatchObject({ accepted: 2, updated: 1, removed: 1 });
    const after = byItem(
      await waitFor(
        () => catalogViolations(),
        (v) => v.every((x) => x.retractedAt !== null),
        { what: 'retractions' },
      ),
    );
    expect([...after.keys()].sort()).toEqual(['sku-cig', 'sku-gun']);

    const page = (
      await ok<{
        catalogItems: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: unknown[] };
      }>('manager', ITEMS, { page: { first: 2 } })
    ).catalogItems;
    expect(page).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = (
      await ok<{ catalogItems: { nodes: Array<{ itemId: string }> } }>('manager', ITEMS, {
        page: { first: 2, after: page.pageInfo.endCursor },
      })
    ).catalogItems.nodes;
    expect(rest.map((i) => i.itemId)).toEqual(['sku-water']);
    const searched = (
      await ok<{ catalogItems: { nodes: Array<{ itemId: string; removedAt: string | null }> } }>('admin', ITEMS, {
        search: 'Сигареты',
        includeRemoved: true,
      })
    ).catalogItems.nodes;
    expect(searched).toEqual([expect.objectContaining({ itemId: 'sku-cig', removedAt: clock.now().toISOString() })]);
    const cotton = (
      await ok<{ catalogItems: { nodes: Array<{ itemId: string }> } }>('admin', ITEMS, { search: 'COTTON t-' })
    ).catalogItems.nodes;
    expect(cotton.map((i) => i.itemId)).toEqual(['sku-shirt']);
    const literal = (await ok<{ catalogItems: { totalCount: number } }>('admin', ITEMS, { search: '%' })).catalogItems;
    expect(literal.totalCount).toBe(0);
  });

  it('a tenant exception (content rule override) retracts the item after the re-run', async () => {
    // Time moves on between imports (a frozen clock would put this import in the millisecond of the last run).
    clock.advance(60_000);
    await importAs('admin', 'itemId,title\nsku-beer,Beer gift set');
    const beer = await waitFor(
      async () => byItem(await catalogViolations()).get('sku-beer'),
      (v) => v !== undefined && v.retractedAt === null,
      { what: 'beer violation' },
    );
    expect(beer?.evidence).toMatchObject({ category: 'alcohol', matchedPhrase: 'Beer' });
    clock.advance(60_000);
    await ok('compliance', UPDATE_SETTINGS, {
      input: { contentRuleOverrides: { categories: { alcohol: { exceptions: ['beer gift set'] } } } },
    });
    await waitFor(
      async () => byItem(await catalogViolations()).get('sku-beer'),
      (v) => v?.retractedAt !== null,
      { what: 'beer retracted' },
    );
  });

  it('manager reads violations without the matched text; marketer and viewer are refused', async () => {
    const forManager = byItem(await catalogViolations('manager'));
    expect(forManager.get('sku-gun')?.evidence).toMatchObject({
      itemId: 'sku-gun',
      snippet: null,
      matchedPhrase: null,
    });
    for (const role of ['marketer', 'viewer']) {
      expect(errorCodes(await call(role, ITEMS))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(role, IMPORT, { input: { format: 'CSV', content: CATALOG } }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(errorCodes(await call('manager', IMPORT, { input: { format: 'CSV', content: CATALOG } }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('keeps tenants apart: the same item id in another tenant (without events) is its own', async () => {
    expect((await ok<{ catalogItems: { totalCount: number } }>('adminB', ITEMS)).catalogItems.totalCount).toBe(0);
    expect(await catalogViolations('adminB')).toEqual([]);
    clock.advance(60_000);
    const result = await importAs('adminB', '{"itemId":"sku-gun","title":"Hunting rifle ammunition"}', {
      format: 'NDJSON',
    });
    expect(result).toMatchObject({ accepted: 1, created: 1 });
    const found = await waitFor(
      () => catalogViolations('adminB'),
      (v) => v.length === 1,
      { what: 'tenant B' },
    );
    expect(found[0]).toMatchObject({ accountId: '', evidence: expect.objectContaining({ category: 'weapons' }) });
    expect(byItem(await catalogViolations()).get('sku-gun')?.retractedAt).not.toBeNull();
    expect(
      (await ok<{ catalogItems: { nodes: Array<{ title: string }> } }>('admin', ITEMS, { search: 'sku-gun' }))
        .catalogItems.nodes[0].title,
    ).toBe('Compact holster');
  });

  it('refuses a file whose header names unknown columns with BAD_USER_INPUT', async () => {
    expect(errorCodes(await call('admin', IMPORT, { input: { format: 'CSV', content: 'sku,name\na,b' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

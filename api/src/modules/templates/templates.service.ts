import type { Channel } from '@checkmark/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { NotFoundError } from '../../common/errors/not-found.error';
import { paginate, pageRequest, type CursorKey, type Page, type PageInput } from '../../graphql/pagination';
import { BusinessAccountsRepository } from '../business-accounts/business-accounts.repository';
import { toFailureReasons } from '../engagement/failure-reasons';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { hasDeliveryReceipts, hasReadReceipts } from '../overview/channel-receipts';
import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { UnavailableReason } from '../overview/dtos/metric.model';
import type { FailureReasonModel } from './dtos/failure-reason.model';
import { TemplateField, type TemplateChangeModel, type TemplateFieldChangeModel } from './dtos/template-change.model';
import type { TemplateStatsModel } from './dtos/template-stats.model';
import type { TemplateHistoryRow } from './queries/template-history.query';
import type { TemplateStateRow } from './queries/template-states.query';
import type { TemplateStatsRow } from './queries/template-stats.query';
import { TemplatesRepository, type TemplateKey } from './templates.repository';

type TemplateReads = Pick<TemplatesRepository, 'refreshedAt' | 'stats' | 'states' | 'history' | 'failures'>;
type AccountReads = Pick<BusinessAccountsRepository, 'findOne' | 'findByExternalIds'>;
type Scopes = Pick<AnalyticsScopeFactory, 'resolve'>;

/** The registered account behind an events' account id: its relational id and the WABA templates live under. */
interface KnownAccount {
  id: string;
  wabaId: string | null;
}

/** Sort key of the template list: sends (most first), then channel, account, name, language. */
type StatsKey = [number, string, string, string, string];
const keyOf = (row: TemplateStatsRow): StatsKey => [row.sent, row.channel, row.account_id, row.name, row.language];

/**
 * Template analytics: per-template funnels with their current platform state, the full status/quality/category
 * history, and failure reasons explained by the platform error catalog. Rates that a channel cannot measure are
 * null with a reason, never 0.
 */
@Injectable()
export class TemplatesService {
  constructor(
    @Inject(AnalyticsScopeFactory) private readonly scopes: Scopes,
    @Inject(TemplatesRepository) private readonly repository: TemplateReads,
    @Inject(BusinessAccountsRepository) private readonly accounts: AccountReads,
  ) {}

  async templates(
    tenantId: string,
    filter: AnalyticsFilterInput,
    page: PageInput | null | undefined,
    search: string | null | undefined,
  ): Promise<Page<TemplateStatsModel> & { asOf: Date | null }> {
    const request = pageRequest(page, 5);
    const scope = await this.scopes.resolve(tenantId, filter);
    // Before the figures: a rebuild finishing meanwhile makes them newer than asOf says, never older.
    const asOf = await this.repository.refreshedAt();
    const rows = await this.repository.stats(scope, search?.trim() || null);
    const after = request.after;
    const remaining = after ? rows.filter((row) => compareKeys(keyOf(row), after) > 0) : rows;
    const pageRows = remaining.slice(0, request.first + 1);
    const shown = pageRows.slice(0, request.first);
    const [states, accounts] = await Promise.all([
      this.repository.states(tenantId, [...new Set(shown.map((row) => row.name))]),
      this.knownAccounts(tenantId, shown),
    ]);
    const nodes = pageRows.map((row) =>
      toStats(row, states, accounts.get(accountKey(row.channel, row.account_id)) ?? null),
    );
    const result = paginate(nodes, request, rows.length, (node) => [
      node.sent,
      node.channel,
      node.accountExternalId,
      node.name,
      node.language,
    ]);
    return { ...result, asOf };
  }

  async templateHistory(
    tenantId: string,
    name: string,
    language: string | null | undefined,
    accountId: string | null | undefined,
  ): Promise<TemplateChangeModel[]> {
    const template = checkedTemplate(name, language);
    let accountIds: string[] | null = null;
    let channels: string[] | null = null;
    if (accountId) {
      const account = await this.accounts.findOne(tenantId, accountId);
      if (!account) throw new NotFoundError('BusinessAccount');
      accountIds = [account.externalId, ...(account.wabaId ? [account.wabaId] : [])];
      channels = [account.channel];
    }
    const rows = await this.repository.history({ tenantId, accountIds, channels }, template);
    return toHistory(rows);
  }

  async templateFailures(
    tenantId: string,
    filter: AnalyticsFilterInput,
    name: string,
    language: string | null | undefined,
  ): Promise<FailureReasonModel[]> {
    const template = checkedTemplate(name, language);
    const scope = await this.scopes.resolve(tenantId, filter);
    return toFailureReasons(await this.repository.failures(scope, template));
  }

  /** The registered accounts of this tenant among the rows' sending accounts. */
  private async knownAccounts(tenantId: string, rows: TemplateStatsRow[]): Promise<Map<string, KnownAccount>> {
    const byChannel = new Map<string, Set<string>>();
    for (const row of rows) byChannel.set(row.channel, (byChannel.get(row.channel) ?? new Set()).add(row.account_id));
    const found = await Promise.all(
      [...byChannel].map(([channel, ids]) => this.accounts.findByExternalIds(channel, [...ids])),
    );
    const known = new Map<string, KnownAccount>();
    for (const account of found.flat()) {
      if (account.tenantId === tenantId)
        known.set(accountKey(account.channel, account.externalId), { id: account.id, wabaId: account.wabaId });
    }
    return known;
  }
}

function checkedTemplate(name: string, language: string | null | undefined): TemplateKey {
  const trimmed = name.trim();
  if (!trimmed) throw new BadUserInputError([{ path: 'name', message: 'must not be empty' }]);
  const lang = language?.trim();
  return { name: trimmed, language: lang ? lang : null };
}

const accountKey = (channel: string, externalId: string) => `${channel}\u0000${externalId}`;

/** Orders keys as the list is sorted: the first part descending, the rest ascending. */
export function compareKeys(a: CursorKey, b: CursorKey): number {
  const [sentA, ...restA] = a;
  const [sentB, ...restB] = b;
  if (sentA !== sentB) return Number(sentB) - Number(sentA);
  for (let i = 0; i < restA.length; i++) {
    const x = String(restA[i]);
    const y = String(restB[i]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The state reported for a template: under its sending account or that account's WABA when reported there,
 * otherwise the latest reported for the same channel, name and language under any account of the tenant
 * (platforms report templates per business account, which events may not link to a number).
 */
function stateFor(
  row: TemplateStatsRow,
  states: TemplateStateRow[],
  account: KnownAccount | null,
): TemplateStateRow | null {
  const same = states.filter((s) => s.channel === row.channel && s.name === row.name && s.language === row.language);
  const own = same.filter(
    (s) => s.account_id === row.account_id || (account?.wabaId && s.account_id === account.wabaId),
  );
  const pool = own.length ? own : same;
  return pool.reduce<TemplateStateRow | null>(
    (latest, s) => (!latest || Number(s.updated_at_ms) > Number(latest.updated_at_ms) ? s : latest),
    null,
  );
}

export function toStats(
  row: TemplateStatsRow,
  states: TemplateStateRow[],
  account: KnownAccount | null,
): TemplateStatsModel {
  const channel = row.channel as Channel;
  const state = stateFor(row, states, account);
  const delivery = rate(row.delivered, row.sent, hasDeliveryReceipts(channel));
  const read = rate(row.read, row.delivered, hasReadReceipts(channel));
  const median = figure(row.timed_reads > 0 ? row.median_time_to_read_seconds : null, hasReadReceipts(channel));
  return {
    channel,
    accountExternalId: row.account_id,
    businessAccountId: account?.id ?? null,
    name: row.name,
    language: row.language,
    // Platforms report categories upper-case (MARKETING), sends carry the canonical lower-case value.
    category: (state?.category || row.sent_category || '').toLowerCase() || null,
    status: state?.status || null,
    quality: state?.quality || null,
    stateUpdatedAt: state ? new Date(Number(state.updated_at_ms)) : null,
    sent: row.sent,
    delivered: row.delivered,
    read: row.read,
    replied: row.replied,
    failed: row.failed,
    deliveryRate: delivery.value,
    deliveryRateUnavailableReason: delivery.reason,
    readRate: read.value,
    readRateUnavailableReason: read.reason,
    medianTimeToReadSeconds: median.value,
    medianTimeToReadUnavailableReason: median.reason,
    complaints: row.complained,
    optOuts: row.opted_out,
    readReceipts: hasReadReceipts(channel),
  };
}

interface Figure {
  value: number | null;
  reason: UnavailableReason | null;
}

function rate(part: number, whole: number, measurable: boolean): Figure {
  return figure(whole > 0 ? part / whole : null, measurable);
}

function figure(value: number | null, measurable: boolean): Figure {
  if (!measurable) return { value: null, reason: UnavailableReason.NOT_MEASURABLE };
  return value === null ? { value: null, reason: UnavailableReason.NO_DATA } : { value, reason: null };
}

const FIELDS: Array<{ field: TemplateField; to: keyof TemplateHistoryRow; from: keyof TemplateHistoryRow | null }> = [
  { field: TemplateField.STATUS, to: 'status', from: null },
  { field: TemplateField.QUALITY, to: 'quality', from: 'previous_quality' },
  { field: TemplateField.CATEGORY, to: 'category', from: 'previous_category' },
];

/**
 * The history in the order given (oldest first). Each field an event reports is a change; its `from` is the
 * event's own previous value, or else the value the same template's (channel, account, name, language) previous
 * event reported for that field.
 */
export function toHistory(rows: TemplateHistoryRow[]): TemplateChangeModel[] {
  const last = new Map<string, string>();
  return rows.map((row) => {
    const template = [row.channel, row.account_id, row.name, row.language].join('\u0000');
    const changes: TemplateFieldChangeModel[] = [];
    for (const { field, to, from } of FIELDS) {
      const value = row[to];
      if (!value) continue;
      const memory = `${template}\u0000${field}`;
      changes.push({ field, from: (from && row[from]) || last.get(memory) || null, to: value });
      last.set(memory, value);
    }
    return {
      occurredAt: new Date(Number(row.occurred_at_ms)),
      channel: row.channel as Channel,
      accountExternalId: row.account_id,
      name: row.name,
      language: row.language,
      changes,
      reason: row.reason || null,
    };
  });
}

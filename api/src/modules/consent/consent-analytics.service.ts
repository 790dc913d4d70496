import type { Channel } from '@checkmark/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { paginate, pageRequest, type CursorKey, type PageInput } from '../../graphql/pagination';
import { EngagementLabelsRepository } from '../engagement/engagement-labels.repository';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { ConsentRepository, type OptOutCursor } from './consent.repository';
import type { ConsentCoverageRowModel } from './dtos/consent-coverage.model';
import { CoverageGroupBy, type ConsentPurpose } from './dtos/consent.enums';
import type { OptOutHonouringModel, OptOutModel } from './dtos/opt-out-honouring.model';
import type { OptOutRow } from './queries/opt-out-rows.query';

type Scopes = Pick<AnalyticsScopeFactory, 'resolve'>;
type Reads = Pick<ConsentRepository, 'coverage' | 'honouring' | 'optOuts' | 'rollupsRefreshedAt'>;
type LabelReads = Pick<EngagementLabelsRepository, 'accountsByExternalIds' | 'campaignsByKeys'>;

const accountKey = (channel: string, externalId: string) => `${channel}\u0000${externalId}`;
const unique = (values: string[]) => [...new Set(values.filter((v) => v !== ''))];

/**
 * Consent coverage of business-initiated messages and opt-out honouring for an analytics filter, from the consent
 * at send time (ConsentRepository), with accounts and campaigns named as the tenant registered them.
 */
@Injectable()
export class ConsentAnalyticsService {
  constructor(
    @Inject(AnalyticsScopeFactory) private readonly scopes: Scopes,
    @Inject(ConsentRepository) private readonly repository: Reads,
    @Inject(EngagementLabelsRepository) private readonly labels: LabelReads,
  ) {}

  async coverage(
    tenantId: string,
    filter: AnalyticsFilterInput,
    groupBy: CoverageGroupBy,
  ): Promise<ConsentCoverageRowModel[]> {
    const scope = await this.scopes.resolve(tenantId, filter);
    const [asOf, rows] = await Promise.all([
      this.repository.rollupsRefreshedAt(),
      this.repository.coverage(scope, groupBy),
    ]);
    const keys = rows.map((r) => r.key);
    const [accounts, campaigns] = await Promise.all([
      groupBy === CoverageGroupBy.ACCOUNT ? this.labels.accountsByExternalIds(tenantId, unique(keys)) : [],
      groupBy === CoverageGroupBy.CAMPAIGN ? this.labels.campaignsByKeys(tenantId, unique(keys)) : [],
    ]);
    const accountNames = new Map(
      accounts.filter((a) => a.displayName).map((a) => [accountKey(a.channel, a.externalId), a.displayName!]),
    );
    const campaignNames = new Map(campaigns.map((c) => [c.key, c.name]));
    return rows.map((row) => ({
      key: row.key,
      label:
        groupBy === CoverageGroupBy.ACCOUNT
          ? (accountNames.get(accountKey(row.account_channel, row.key)) ?? null)
          : groupBy === CoverageGroupBy.CAMPAIGN
            ? (campaignNames.get(row.key) ?? null)
            : null,
      channel:
        groupBy === CoverageGroupBy.ACCOUNT
          ? (row.account_channel as Channel)
          : groupBy === CoverageGroupBy.CHANNEL
            ? (row.key as Channel)
            : null,
      messages: Number(row.messages),
      businessInitiated: Number(row.business_initiated),
      covered: Number(row.covered),
      coverage: Number(row.business_initiated) === 0 ? null : Number(row.covered) / Number(row.business_initiated),
      noConsent: Number(row.no_consent),
      afterOptOut: Number(row.after_opt_out),
      purposeMismatch: Number(row.purpose_mismatch),
      asOf,
    }));
  }

  async honouring(
    tenantId: string,
    filter: AnalyticsFilterInput,
    page: PageInput | null | undefined,
  ): Promise<OptOutHonouringModel> {
    const request = pageRequest(page, 2);
    const after = request.after === null ? null : checkedCursor(request.after);
    const scope = await this.scopes.resolve(tenantId, filter);
    const [asOf, figures, rows] = await Promise.all([
      this.repository.rollupsRefreshedAt(),
      this.repository.honouring(scope),
      this.repository.optOuts(scope, after, request.first + 1),
    ]);
    const total = Number(figures.opt_outs);
    const rowPage = paginate(rows, request, total, (row) => [Number(row.opted_out_ms), row.id]);
    const accounts = await this.labels.accountsByExternalIds(
      tenantId,
      unique(rowPage.nodes.map((row) => row.account_id)),
    );
    const accountNames = new Map(
      accounts.filter((a) => a.displayName).map((a) => [accountKey(a.channel, a.externalId), a.displayName!]),
    );
    const honoured = Number(figures.honoured);
    const nullable = (value: number | string | null) => (value === null ? null : Number(value));
    return {
      optOuts: total,
      honoured,
      violated: total - honoured,
      messagesAfterOptOut: Number(figures.messages_after),
      medianDelaySeconds: nullable(figures.median_delay_seconds),
      maxDelaySeconds: nullable(figures.max_delay_seconds),
      asOf,
      rows: {
        ...rowPage,
        nodes: rowPage.nodes.map((row) =>
          toOptOut(row, accountNames.get(accountKey(row.channel, row.account_id)) ?? null),
        ),
      },
    };
  }
}

function checkedCursor([optedOutMs, id]: CursorKey): OptOutCursor {
  if (typeof optedOutMs !== 'number' || !Number.isInteger(optedOutMs) || typeof id !== 'string') {
    throw new BadUserInputError([{ path: 'page.after', message: 'not a cursor this list produced' }]);
  }
  return { optedOutMs, id };
}

export function toOptOut(row: OptOutRow, accountName: string | null): OptOutModel {
  const messagesAfter = Number(row.messages_after);
  return {
    eventId: row.id,
    optedOutAt: new Date(Number(row.opted_out_ms)),
    channel: row.channel as Channel,
    accountId: row.account_id,
    accountName,
    contactId: row.contact_id,
    purpose: row.purpose as ConsentPurpose,
    method: row.method,
    messagesAfter,
    lastMessageAt: row.last_message_ms === '' ? null : new Date(Number(row.last_message_ms)),
    delaySeconds: row.delay_seconds === null ? null : Number(row.delay_seconds),
    honoured: messagesAfter === 0,
  };
}

import type { Channel } from '@checkmark/schemas';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Roles } from '../../common/auth/roles.decorator';
import { ChannelEnum } from '../../graphql/enums/channel.enum';
import { PageInput } from '../../graphql/pagination';
import { DateTimeScalar } from '../../graphql/scalars/date-time.scalar';
import { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { ConsentAnalyticsService } from './consent-analytics.service';
import { ConsentImportService } from './consent-import.service';
import { ConsentLedgerService } from './consent-ledger.service';
import { ConsentCoverageRowModel } from './dtos/consent-coverage.model';
import { ConsentImportInput, ConsentImportResultModel } from './dtos/consent-import.model';
import { ConsentLedgerModel, ConsentStateModel } from './dtos/consent-ledger.model';
import { CoverageGroupBy } from './dtos/consent.enums';
import { OptOutHonouringModel } from './dtos/opt-out-honouring.model';

@Resolver(() => ConsentLedgerModel)
export class ConsentResolver {
  constructor(
    private readonly ledgers: ConsentLedgerService,
    private readonly analytics: ConsentAnalyticsService,
    private readonly imports: ConsentImportService,
  ) {}

  @Query(() => ConsentLedgerModel, {
    description:
      "A contact's opt-ins and opt-outs with evidence (wording, URL, proof reference for admin and compliance only)",
  })
  @AllRoles()
  consentLedger(
    @CurrentPrincipal() principal: Principal,
    @Args('contactId', {
      type: () => String,
      description: 'The stored (pseudonymous) contact id, or a phone number or e-mail address',
    })
    contactId: string,
    @Args('channel', { type: () => ChannelEnum, nullable: true }) channel: Channel | null,
  ): Promise<ConsentLedgerModel> {
    return this.ledgers.ledger(principal, contactId, channel ?? null);
  }

  @ResolveField(() => [ConsentStateModel], { description: 'Per channel × purpose (marketing, service) at the instant' })
  states(
    @Parent() ledger: ConsentLedgerModel,
    @Args('at', { type: () => DateTimeScalar, nullable: true, description: 'Default: now' }) at: Date | null,
  ): Promise<ConsentStateModel[]> {
    return this.ledgers.states(ledger, at ?? new Date());
  }

  @Mutation(() => ConsentImportResultModel, {
    description:
      'Imports consent records (CSV or NDJSON) as consent.updated events; re-importing a file stores nothing new',
  })
  @Roles('admin', 'compliance')
  importConsentRecords(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => ConsentImportInput }) input: ConsentImportInput,
  ): Promise<ConsentImportResultModel> {
    return this.imports.import(principal, input.format, input.content, input.dryRun ?? false);
  }

  @Query(() => [ConsentCoverageRowModel], {
    description: 'Share of business-initiated messages sent with valid consent at send time, by group',
  })
  @AllRoles()
  consentCoverage(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('groupBy', { type: () => CoverageGroupBy }) groupBy: CoverageGroupBy,
  ): Promise<ConsentCoverageRowModel[]> {
    return this.analytics.coverage(principal.tenantId, filter, groupBy);
  }

  @Query(() => OptOutHonouringModel, {
    description: "The period's marketing opt-outs and blocks: messages sent after each and the delay until it stopped",
  })
  @AllRoles()
  optOutHonouring(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ): Promise<OptOutHonouringModel> {
    return this.analytics.honouring(principal.tenantId, filter, page);
  }
}

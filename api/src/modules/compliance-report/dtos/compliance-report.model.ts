import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { JSONScalar } from '../../../graphql/scalars/json.scalar';
import { CaseStateEnum, ViolationKindEnum, ViolationSeverityEnum } from '../../compliance/dtos/compliance.enums';
import { ViolationTrendPointModel } from '../../compliance/dtos/violation.model';
import { ConsentCoverageRowModel } from '../../consent/dtos/consent-coverage.model';

@ObjectType('ComplianceReportScopeItem', { description: 'An account or campaign the report is narrowed to' })
export class ComplianceReportScopeItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('ComplianceReportScope', { description: 'Empty lists = every account / every campaign' })
export class ComplianceReportScopeModel {
  @Field(() => [ComplianceReportScopeItemModel])
  accounts!: ComplianceReportScopeItemModel[];

  @Field(() => [ComplianceReportScopeItemModel])
  campaigns!: ComplianceReportScopeItemModel[];
}

@ObjectType('ComplianceReportCoverage', {
  description:
    'Opt-in coverage of business-initiated messages (templates, or sent outside the 24 h window) sent in the period',
})
export class ComplianceReportCoverageModel {
  @Field(() => Int)
  businessInitiated!: number;

  @Field(() => Int, { description: "Business-initiated with the purpose's consent granted and not blocked at send" })
  covered!: number;

  @Field(() => Float, { nullable: true, description: 'covered ÷ businessInitiated; null when none' })
  coverage!: number | null;

  @Field(() => Int)
  noConsent!: number;

  @Field(() => Int)
  afterOptOut!: number;

  @Field(() => Int)
  purposeMismatch!: number;

  @Field(() => [ConsentCoverageRowModel])
  byAccount!: ConsentCoverageRowModel[];

  @Field(() => [ConsentCoverageRowModel], { description: "key '' = messages of no campaign" })
  byCampaign!: ConsentCoverageRowModel[];

  @Field(() => [ConsentCoverageRowModel])
  byChannel!: ConsentCoverageRowModel[];
}

@ObjectType('ComplianceReportOptOut', { description: 'Marketing opt-outs and blocks recorded in the period' })
export class ComplianceReportOptOutModel {
  @Field(() => Int)
  optOuts!: number;

  @Field(() => Int, { description: 'Nothing of the affected purpose was sent after it' })
  honoured!: number;

  @Field(() => Int)
  violated!: number;

  @Field(() => Int)
  messagesAfterOptOut!: number;

  @Field(() => Float, { nullable: true, description: 'Median delay until sending stopped, over the violated ones' })
  medianDelaySeconds!: number | null;

  @Field(() => Float, { nullable: true })
  maxDelaySeconds!: number | null;
}

@ObjectType('ComplianceReportViolationCount', { description: 'Violations of one kind and severity by case state' })
export class ComplianceReportViolationCountModel {
  @Field(() => ViolationKindEnum)
  kind!: string;

  @Field(() => ViolationSeverityEnum)
  severity!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  acknowledged!: number;

  @Field(() => Int)
  resolved!: number;

  @Field(() => Int)
  falsePositive!: number;
}

@ObjectType('ComplianceReportCase', { description: 'A case still to be handled (open or acknowledged)' })
export class ComplianceReportCaseModel {
  @Field(() => ID, { description: 'The violation id' })
  id!: string;

  @Field(() => ViolationKindEnum)
  kind!: string;

  @Field(() => ViolationSeverityEnum)
  severity!: string;

  @Field(() => String)
  ruleVersion!: string;

  @Field(() => CaseStateEnum)
  caseState!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => Date, { description: 'When detection found it: the case has been open since' })
  detectedAt!: Date;

  @Field(() => Float, { description: 'Seconds from detectedAt to generatedAt' })
  ageSeconds!: number;

  @Field(() => ChannelEnum)
  channel!: string;

  @Field(() => String)
  accountId!: string;

  @Field(() => String, { nullable: true })
  accountName!: string | null;

  @Field(() => String, { description: 'Pseudonymous' })
  contactId!: string;

  @Field(() => String, { nullable: true })
  campaignId!: string | null;

  @Field(() => String, { nullable: true })
  templateName!: string | null;

  @Field(() => String, { nullable: true })
  assigneeUserId!: string | null;

  @Field(() => JSONScalar, { description: '`snippet` (message text) only for admin and compliance' })
  evidence!: Record<string, unknown>;
}

@ObjectType('ComplianceReportOpenCases')
export class ComplianceReportOpenCasesModel {
  @Field(() => Int, { description: 'Cases open or acknowledged' })
  count!: number;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  acknowledged!: number;

  @Field(() => Date, { nullable: true, description: 'detectedAt of the longest-open case' })
  oldestDetectedAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Age of the longest-open case in seconds at generatedAt' })
  oldestAgeSeconds!: number | null;

  @Field(() => [ComplianceReportCaseModel], { description: 'The 20 longest open, oldest first' })
  oldest!: ComplianceReportCaseModel[];
}

@ObjectType('ComplianceReportEnforcementEvent', { description: 'An enforcement event the platform reported' })
export class ComplianceReportEnforcementEventModel {
  @Field(() => ID, { description: 'The PLATFORM_ENFORCEMENT violation id' })
  violationId!: string;

  @Field(() => String, { nullable: true })
  eventId!: string | null;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => ViolationSeverityEnum)
  severity!: string;

  @Field(() => CaseStateEnum)
  caseState!: string;

  @Field(() => ChannelEnum)
  channel!: string;

  @Field(() => String)
  accountId!: string;

  @Field(() => String, { nullable: true })
  accountName!: string | null;

  @Field(() => String, { description: 'account.policy_alert, account.quality_changed or template.updated' })
  eventType!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Alert kind, number status / quality event, or template status',
  })
  status!: string | null;

  @Field(() => String, { nullable: true })
  templateName!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('ComplianceReportEnforcement')
export class ComplianceReportEnforcementModel {
  @Field(() => Int)
  total!: number;

  @Field(() => [ComplianceReportEnforcementEventModel], { description: 'Oldest first, at most 500' })
  events!: ComplianceReportEnforcementEventModel[];
}

@ObjectType('ComplianceReportRuleVersion', { description: 'A rule version that found violations of the report' })
export class ComplianceReportRuleVersionModel {
  @Field(() => ViolationKindEnum)
  kind!: string;

  @Field(() => String, { description: 'e.g. "FREQUENCY_CAP@1+s3"' })
  ruleVersion!: string;

  @Field(() => Int)
  violations!: number;
}

@ObjectType('ComplianceReport', {
  description:
    'Compliance of a period and scope (docs/compliance-report.md): coverage, opt-out honouring, violations and cases, platform enforcement, rule versions',
})
export class ComplianceReportModel {
  @Field(() => String, { description: 'Inclusive, YYYY-MM-DD in timeZone' })
  from!: string;

  @Field(() => String, { description: 'Inclusive, YYYY-MM-DD in timeZone' })
  to!: string;

  @Field(() => String, { description: "The tenant's time zone the period is read in" })
  timeZone!: string;

  @Field(() => Date)
  generatedAt!: Date;

  @Field(() => String)
  tenantName!: string;

  @Field(() => ComplianceReportScopeModel)
  scope!: ComplianceReportScopeModel;

  @Field(() => ComplianceReportCoverageModel)
  coverage!: ComplianceReportCoverageModel;

  @Field(() => ComplianceReportOptOutModel)
  optOut!: ComplianceReportOptOutModel;

  @Field(() => Int, { description: 'Violations (not retracted) that occurred in the period and scope' })
  violationTotal!: number;

  @Field(() => [ComplianceReportViolationCountModel], { description: 'Kind × severity with at least one violation' })
  violations!: ComplianceReportViolationCountModel[];

  @Field(() => [ViolationTrendPointModel], { description: 'Per ISO week (Monday) of the period, by kind' })
  trend!: ViolationTrendPointModel[];

  @Field(() => ComplianceReportOpenCasesModel)
  openCases!: ComplianceReportOpenCasesModel;

  @Field(() => ComplianceReportEnforcementModel)
  platformEnforcement!: ComplianceReportEnforcementModel;

  @Field(() => [ComplianceReportRuleVersionModel])
  ruleVersions!: ComplianceReportRuleVersionModel[];
}

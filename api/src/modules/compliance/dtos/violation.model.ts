import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { Paginated } from '../../../graphql/pagination';
import { JSONScalar } from '../../../graphql/scalars/json.scalar';
import { CaseStateEnum, ViolationKindEnum, ViolationSeverityEnum } from './compliance.enums';

@ObjectType('Violation', { description: 'One breach of a compliance rule, found by detection (docs/compliance.md)' })
export class ViolationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ViolationKindEnum)
  kind!: string;

  @Field(() => ViolationSeverityEnum)
  severity!: string;

  @Field(() => String, { description: 'The rule and version that found it, e.g. "FREQUENCY_CAP@1+s3"' })
  ruleVersion!: string;

  @Field(() => Date, { description: 'When the message was sent / the platform event happened' })
  occurredAt!: Date;

  @Field(() => Date, { description: 'When detection first found it' })
  detectedAt!: Date;

  @Field(() => ChannelEnum)
  channel!: string;

  @Field(() => String, { description: "The sending account's external id (phone_number_id, page, bot, …)" })
  accountId!: string;

  @Field(() => String, { nullable: true, description: "The registered account's display name, when registered" })
  accountName!: string | null;

  @Field(() => String, { description: "Pseudonymous contact id; '' for account and template events" })
  contactId!: string;

  @Field(() => String, { nullable: true })
  messageId!: string | null;

  @Field(() => String, { nullable: true, description: 'The event that shows it (the send, or the platform event)' })
  eventId!: string | null;

  @Field(() => String, { nullable: true, description: "The events' campaign id" })
  campaignId!: string | null;

  @Field(() => String, { nullable: true })
  templateName!: string | null;

  @Field(() => JSONScalar, {
    description:
      'What shows the breach (per kind, docs/compliance.md); `snippet` (message text) only for admin and compliance',
  })
  evidence!: Record<string, unknown>;

  @Field(() => Date, { nullable: true, description: 'Set when a later run no longer found it; never deleted' })
  retractedAt!: Date | null;

  @Field(() => CaseStateEnum)
  caseState!: string;

  @Field(() => String, { nullable: true })
  assigneeUserId!: string | null;

  @Field(() => Date, { nullable: true })
  caseUpdatedAt!: Date | null;
}

@ObjectType('ViolationPage')
export class ViolationPage extends Paginated(ViolationModel) {}

@ObjectType('ViolationKindCount')
export class ViolationKindCountModel {
  @Field(() => ViolationKindEnum)
  kind!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ViolationTrendPoint')
export class ViolationTrendPointModel {
  @Field(() => String, { description: 'First day of the day/week, YYYY-MM-DD in the tenant time zone' })
  date!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => [ViolationKindCountModel], { description: 'Every kind with at least one violation in the bucket' })
  byKind!: ViolationKindCountModel[];
}

@ObjectType('DetectionRun', { description: 'What a detection run re-detected and changed' })
export class DetectionRunModel {
  @Field(() => Date, { nullable: true, description: 'Start of the range re-detected; null when there are no events' })
  from!: Date | null;

  @Field(() => Date, { description: 'End of the range (exclusive)' })
  to!: Date;

  @Field(() => Int)
  found!: number;

  @Field(() => Int)
  inserted!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  retracted!: number;

  @Field(() => [String])
  ruleVersions!: string[];

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date)
  finishedAt!: Date;
}

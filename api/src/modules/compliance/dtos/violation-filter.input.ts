import type { Channel } from '@checkmark/schemas';
import type { ViolationKind, ViolationSeverity } from '@checkmark/schemas/compliance';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { DateScalar } from '../../../graphql/scalars/date.scalar';
import type { CaseState } from '../compliance-violation.entity';
import { CaseStateEnum, ViolationKindEnum, ViolationSeverityEnum } from './compliance.enums';

/** Which violations: the period (when they occurred) and optional narrowing; an omitted or empty list = all. */
@InputType('ViolationFilter')
export class ViolationFilterInput {
  @Field(() => DateScalar, { description: "Inclusive, tenant's time zone" })
  from!: string;

  @Field(() => DateScalar, { description: "Inclusive, tenant's time zone; at most 366 days after from" })
  to!: string;

  @Field(() => [ViolationKindEnum], { nullable: true })
  kinds?: ViolationKind[] | null;

  @Field(() => [ViolationSeverityEnum], { nullable: true })
  severities?: ViolationSeverity[] | null;

  @Field(() => [ChannelEnum], { nullable: true })
  channels?: Channel[] | null;

  @Field(() => [ID], { nullable: true, description: 'BusinessAccount.id' })
  accountIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Campaign.id' })
  campaignIds?: string[] | null;

  @Field(() => [CaseStateEnum], { nullable: true })
  caseStates?: CaseState[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Cases assigned to one of these users (User.id); with `unassigned`, also cases without an assignee',
  })
  assigneeUserIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Cases without an assignee (or of assigneeUserIds when given)' })
  unassigned?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also violations a later run no longer found (e.g. a late opt-in arrived)',
  })
  includeRetracted?: boolean | null;
}

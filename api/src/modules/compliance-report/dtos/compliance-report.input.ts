import { Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/scalars/date.scalar';

/** A compliance report's period and scope. */
@InputType('ComplianceReportInput')
export class ComplianceReportInput {
  @Field(() => DateScalar, { description: "Inclusive, tenant's time zone" })
  from!: string;

  @Field(() => DateScalar, { description: "Inclusive, tenant's time zone; at most 366 days after from" })
  to!: string;

  @Field(() => [ID], { nullable: true, description: 'BusinessAccount.id; omitted or empty = every account' })
  accountIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Campaign.id; omitted or empty = every campaign' })
  campaignIds?: string[] | null;
}

import { Field, InputType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/scalars/date.scalar';
import { CampaignDimension } from './campaign-analytics.enums';

@InputType('CampaignDrillDown', { description: 'Narrows to one chart element / table row' })
export class CampaignDrillDownInput {
  @Field(() => CampaignDimension, { nullable: true })
  dimension?: CampaignDimension | null;

  @Field(() => String, { nullable: true, description: 'A CampaignPerformanceRow.key of that dimension' })
  key?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'One day of the period (touch day for conversations, conversion day for conversions)',
  })
  date?: string | null;
}

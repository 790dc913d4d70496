import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SupportHeatmapCell', {
  description: "Conversations by the hour of the week they started, in the tenant's time zone",
})
export class SupportHeatmapCellModel {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  dayOfWeek!: number;

  @Field(() => Int, { description: '0..23' })
  hour!: number;

  @Field(() => Int)
  conversations!: number;

  @Field(() => Float, { nullable: true, description: 'Median first response (calendar time); null when none answered' })
  medianFirstResponseMs!: number | null;
}

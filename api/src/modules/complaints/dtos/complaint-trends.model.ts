import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/scalars/date.scalar';
import { DateTimeScalar } from '../../../graphql/scalars/date-time.scalar';
import { PeriodModel } from '../../overview/dtos/overview.model';
import { ComplaintDayNotJudged, ComplaintKind, ComplaintSpikeReason } from './complaints.enums';

@ObjectType('ComplaintDay', { description: 'One day (tenant time zone) judged for a complaint spike' })
export class ComplaintDayModel {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Int, { description: 'Complaints recorded that day, as counted by the Overview' })
  complaints!: number;

  @Field(() => Int, { description: 'Delivered business-initiated messages first seen that day' })
  delivered!: number;

  @Field(() => Float, { nullable: true, description: 'Complaints per 1,000 delivered; null when none delivered' })
  rate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean rate of the usable days among the 28 before' })
  mean!: number | null;

  @Field(() => Float, { nullable: true, description: 'Sample standard deviation of those rates' })
  stdDev!: number | null;

  @Field(() => Int, { description: 'Usable history days (≥ 100 delivered, not spikes) among the 28 before' })
  historyDays!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The rate the day had to exceed: mean + 3σ (σ floored at counting noise), or the threshold',
  })
  limit!: number | null;

  @Field(() => Boolean, { description: 'Rate above the limit with at least 3 complaints' })
  spike!: boolean;

  @Field(() => ComplaintSpikeReason, { nullable: true })
  reason!: ComplaintSpikeReason | null;

  @Field(() => Boolean)
  judged!: boolean;

  @Field(() => ComplaintDayNotJudged, { nullable: true })
  notJudgedReason!: ComplaintDayNotJudged | null;
}

@ObjectType('ComplaintWeek')
export class ComplaintWeekModel {
  @Field(() => DateScalar, { description: 'Monday of the week' })
  weekStart!: string;

  @Field(() => String, { nullable: true, description: 'ISO 8601 week, e.g. 2025-W01' })
  isoWeek!: string | null;

  @Field(() => Int)
  complaints!: number;

  @Field(() => Int)
  delivered!: number;

  @Field(() => Float, { nullable: true, description: 'Week complaints per 1,000 week delivered' })
  rate!: number | null;

  @Field(() => Int, { description: 'Days of the period in the week: fewer than 7 marks a partial week' })
  days!: number;
}

@ObjectType('ComplaintKindCount')
export class ComplaintKindCountModel {
  @Field(() => ComplaintKind)
  kind!: ComplaintKind;

  @Field(() => Int)
  complaints!: number;

  @Field(() => Float, { nullable: true, description: 'Per 1,000 delivered business-initiated of the period' })
  rate!: number | null;
}

@ObjectType('ComplaintReasonCount')
export class ComplaintReasonCountModel {
  @Field(() => String)
  reason!: string;

  @Field(() => Int)
  complaints!: number;
}

@ObjectType('ComplaintTrends', {
  description: 'Complaints per 1,000 delivered business-initiated messages by day and week, with spike detection',
})
export class ComplaintTrendsModel {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the complaint and delivery counts were last rebuilt (rollup freshness; complaints and deliveries are as of the same rebuild); null until the first rebuild since the warehouse started',
  })
  asOf!: Date | null;

  @Field(() => String)
  timeZone!: string;

  @Field(() => PeriodModel)
  period!: PeriodModel;

  @Field(() => Float, { nullable: true, description: 'The threshold judged against; null: trailing mean + 3σ' })
  threshold!: number | null;

  @Field(() => Int)
  complaints!: number;

  @Field(() => Int)
  delivered!: number;

  @Field(() => Float, { nullable: true, description: 'The Overview complaint rate of the period' })
  rate!: number | null;

  @Field(() => [ComplaintDayModel], { description: 'One per day of the period, zeros included' })
  days!: ComplaintDayModel[];

  @Field(() => [ComplaintWeekModel], { description: 'Weeks (Monday first) of the period, partial at either end' })
  weeks!: ComplaintWeekModel[];

  @Field(() => [ComplaintKindCountModel], { description: 'Every kind, zeros included' })
  kinds!: ComplaintKindCountModel[];

  @Field(() => [ComplaintReasonCountModel], { description: 'Most frequent non-empty reasons, at most 10' })
  topReasons!: ComplaintReasonCountModel[];
}

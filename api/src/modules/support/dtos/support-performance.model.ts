import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../graphql/scalars/date-time.scalar';
import { SlaKindEnum } from '../../sla-settings/dtos/sla-kind.enum';
import { TimeBasisEnum } from '../../sla-settings/dtos/time-basis.enum';
import type { SlaKind, TimeBasis } from '../../sla-settings/sla-settings-value';

@ObjectType('DurationStats', {
  description: 'Durations in whole milliseconds; median and p90 interpolate between the measured values',
})
export class DurationStatsModel {
  @Field(() => Int, { description: 'How many durations were measured' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Median (null when count = 0)' })
  medianMs!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile (null when count = 0)' })
  p90Ms!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean (null when count = 0)' })
  meanMs!: number | null;
}

@ObjectType('SlaFigure', { description: 'Attainment of one SLA target: the share of measured items within it' })
export class SlaFigureModel {
  @Field(() => SlaKindEnum)
  kind!: SlaKind;

  @Field(() => Float, { description: 'The target in milliseconds of its own basis' })
  targetMs!: number;

  @Field(() => TimeBasisEnum, { description: "The target's own basis (SLA settings), whatever the query's basis" })
  basis!: TimeBasis;

  @Field(() => Int, {
    description:
      'FIRST_RESPONSE and RESOLUTION: conversations answered (resolved), plus those still waiting past the target; ' +
      'NEXT_REPLY: agent replies after the first response that answered a customer message',
  })
  measured!: number;

  @Field(() => Int, { description: 'Measured items within the target (a duration equal to the target is within)' })
  within!: number;

  @Field(() => Float, { nullable: true, description: 'within ÷ measured (0..1); null when measured = 0' })
  attainment!: number | null;
}

@ObjectType('SupportGroup', { description: 'Support figures of one group (or of the whole period)' })
export class SupportGroupModel {
  @Field(() => String, {
    description:
      'Agent id (Agent.id, or the external id of an agent not registered), team id, channel, account external id, ' +
      'YYYY-MM-DD (WEEK: its Monday); "" for conversations without an agent or team',
  })
  key!: string;

  @Field(() => String, { description: 'Agent or team name, account display name, channel, the date' })
  label!: string;

  @Field(() => Int, { description: 'Conversations started in the period (first customer message)' })
  conversations!: number;

  @Field(() => Int, { description: 'Conversations with at least one agent message by this group (workload)' })
  handled!: number;

  @Field(() => Int, { description: 'Messages agents of this group sent in those conversations (workload)' })
  agentMessages!: number;

  @Field(() => Int, { description: 'Conversations resolved (and not reopened since)' })
  resolved!: number;

  @Field(() => Int, { description: 'Conversations reopened at least once' })
  reopened!: number;

  @Field(() => Int, { description: 'Conversations a bot handed over to a human' })
  botHandoffs!: number;

  @Field(() => DurationStatsModel, {
    description:
      'First human agent reply − first customer message, or − the bot hand-off when a bot handled it first; ' +
      'bots, automations, campaigns and system messages never count; measured once per conversation',
  })
  firstResponse!: DurationStatsModel;

  @Field(() => DurationStatsModel, {
    description:
      'Each agent reply − the earliest customer message not answered by an earlier agent reply (one reply answering ' +
      'several messages counts once, from the earliest)',
  })
  reply!: DurationStatsModel;

  @Field(() => DurationStatsModel, { description: 'Resolution − first customer message, for resolved conversations' })
  resolution!: DurationStatsModel;

  @Field(() => [SlaFigureModel], { description: 'One per configured SLA target; empty when the tenant set none' })
  sla!: SlaFigureModel[];
}

@ObjectType('SupportPerformance', {
  description: 'Response times, resolution, workload and SLA attainment of conversations started in the period',
})
export class SupportPerformanceModel {
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the figures were last rebuilt (rollup freshness)' })
  asOf!: Date | null;

  @Field(() => TimeBasisEnum, { description: 'How the durations are counted' })
  basis!: TimeBasis;

  @Field(() => SupportGroupModel)
  totals!: SupportGroupModel;

  @Field(() => [SupportGroupModel], { description: 'Most conversations first' })
  groups!: SupportGroupModel[];
}

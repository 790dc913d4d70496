import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/scalars/date.scalar';

export enum MetricUnit {
  COUNT = 'COUNT',
  RATIO = 'RATIO',
  SECONDS = 'SECONDS',
  SCORE = 'SCORE',
  PER_THOUSAND = 'PER_THOUSAND',
}
registerEnumType(MetricUnit, { name: 'MetricUnit' });

export enum UnavailableReason {
  /** The feature behind the figure does not exist yet. */
  NOT_BUILT = 'NOT_BUILT',
  /** The selected channels do not report what the figure needs (e.g. read receipts). */
  NOT_MEASURABLE = 'NOT_MEASURABLE',
  /** Nothing to compute it from in the period. */
  NO_DATA = 'NO_DATA',
}
registerEnumType(UnavailableReason, { name: 'UnavailableReason' });

@ObjectType('MetricPoint')
export class MetricPointModel {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;
}

@ObjectType('Metric', {
  description: 'A figure with its previous-period value and a daily series; null when unavailable, never made up',
})
export class MetricModel {
  @Field(() => Float, { nullable: true, description: 'null when unavailable (then unavailableReason says why)' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Same-length period immediately before' })
  previousValue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '(value - previousValue) / |previousValue|; null when not computable',
  })
  change!: number | null;

  @Field(() => MetricUnit)
  unit!: MetricUnit;

  @Field(() => Int, { nullable: true, description: 'n behind the figure (messages, conversations, responses)' })
  sampleSize!: number | null;

  @Field(() => UnavailableReason, { nullable: true })
  unavailableReason!: UnavailableReason | null;

  @Field(() => [MetricPointModel], { description: 'One point per day of the period; empty when unavailable' })
  series!: MetricPointModel[];
}

import { Field, InputType, Int } from '@nestjs/graphql';
import type { SlaKind, TimeBasis } from '../sla-settings-value';
import { SlaKindEnum } from './sla-kind.enum';
import { TimeBasisEnum } from './time-basis.enum';

@InputType({ description: 'One target; at most one per kind' })
export class SlaTargetInput {
  @Field(() => SlaKindEnum)
  kind!: SlaKind;

  @Field(() => Int, { description: '1..43200 minutes' })
  minutes!: number;

  @Field(() => TimeBasisEnum)
  basis!: TimeBasis;
}

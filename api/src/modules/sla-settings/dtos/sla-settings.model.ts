import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { SlaKind, TimeBasis } from '../sla-settings-value';
import { SlaKindEnum } from './sla-kind.enum';
import { TimeBasisEnum } from './time-basis.enum';

@ObjectType('SlaTarget', { description: 'A service-level target: the share of responses within it is the attainment' })
export class SlaTargetModel {
  @Field(() => SlaKindEnum)
  kind!: SlaKind;

  @Field(() => Int, { description: 'Target in minutes, 1..43200 (30 days)' })
  minutes!: number;

  @Field(() => TimeBasisEnum, { description: 'Whether the minutes are calendar minutes or business-hours minutes' })
  basis!: TimeBasis;
}

@ObjectType('SlaSettings', { description: "The tenant's SLA targets (at most one per kind)" })
export class SlaSettingsModel {
  @Field(() => [SlaTargetModel], {
    description: 'First response, next reply, resolution — in that order; empty when the tenant set none',
  })
  targets!: SlaTargetModel[];

  @Field(() => Date, { nullable: true, description: 'null until the targets are first saved' })
  updatedAt!: Date | null;
}

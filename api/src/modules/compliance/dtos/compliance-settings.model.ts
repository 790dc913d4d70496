import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../../graphql/scalars/json.scalar';

@ObjectType('FrequencyCap')
export class FrequencyCapModel {
  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int, { description: 'Marketing messages allowed per contact and channel in the window (default 2)' })
  count!: number;

  @Field(() => Int, { description: 'Rolling window in hours (default 24)' })
  windowHours!: number;
}

@ObjectType('QuietHours')
export class QuietHoursModel {
  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int, {
    description: "Minute of the day the quiet window starts, contact's local time (default 1260 = 21:00)",
  })
  startMinute!: number;

  @Field(() => Int, {
    description: 'Minute of the day it ends, exclusive (default 480 = 08:00); wraps midnight when smaller',
  })
  endMinute!: number;
}

@ObjectType('ComplianceSettings')
export class ComplianceSettingsModel {
  @Field(() => FrequencyCapModel)
  frequencyCap!: FrequencyCapModel;

  @Field(() => QuietHoursModel)
  quietHours!: QuietHoursModel;

  @Field(() => JSONScalar, { nullable: true, description: 'Per-tenant content rule overrides; null = none' })
  contentRuleOverrides!: unknown;

  @Field(() => Int, { description: 'Grows with every saved change; rule versions of the kinds it shapes carry it' })
  revision!: number;

  @Field(() => Date, { nullable: true, description: 'null until first saved' })
  updatedAt!: Date | null;

  @Field(() => String, { nullable: true })
  updatedBy!: string | null;
}

@InputType()
export class FrequencyCapInput {
  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int, { description: '1..1000' })
  count!: number;

  @Field(() => Int, { description: '1..720' })
  windowHours!: number;
}

@InputType()
export class QuietHoursInput {
  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int, { description: '0..1439' })
  startMinute!: number;

  @Field(() => Int, { description: '0..1439' })
  endMinute!: number;
}

/** Omitted parts stay as they are. */
@InputType()
export class ComplianceSettingsInput {
  @Field(() => FrequencyCapInput, { nullable: true })
  frequencyCap?: FrequencyCapInput | null;

  @Field(() => QuietHoursInput, { nullable: true })
  quietHours?: QuietHoursInput | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Replaces the overrides when given; null clears them' })
  contentRuleOverrides?: Record<string, unknown> | null;
}

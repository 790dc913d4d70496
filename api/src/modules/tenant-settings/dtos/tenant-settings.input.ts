import { Field, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/scalars/date.scalar';

@InputType()
export class BusinessHoursIntervalInput {
  @Field(() => Int)
  dayOfWeek!: number;

  @Field(() => String)
  opens!: string;

  @Field(() => String)
  closes!: string;
}

/** Omitted fields stay as they are; a list given replaces the stored one. */
@InputType()
export class TenantSettingsInput {
  @Field(() => String, { nullable: true })
  timeZone?: string | null;

  @Field(() => [BusinessHoursIntervalInput], { nullable: true })
  businessHours?: BusinessHoursIntervalInput[] | null;

  @Field(() => [DateScalar], { nullable: true })
  holidays?: string[] | null;
}

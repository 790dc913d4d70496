import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/scalars/date.scalar';
import { TenantModel } from '../../tenants/dtos/tenant.model';

@ObjectType('BusinessHoursInterval')
export class BusinessHoursIntervalModel {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  dayOfWeek!: number;

  @Field(() => String, { description: '"09:00"' })
  opens!: string;

  @Field(() => String, { description: '"18:00"; "24:00" for midnight' })
  closes!: string;
}

@ObjectType('TenantSettings')
export class TenantSettingsModel {
  @Field(() => TenantModel)
  tenant!: TenantModel;

  @Field(() => String, { description: 'IANA, default "UTC"' })
  timeZone!: string;

  @Field(() => [BusinessHoursIntervalModel])
  businessHours!: BusinessHoursIntervalModel[];

  @Field(() => [DateScalar])
  holidays!: string[];

  @Field(() => Date)
  updatedAt!: Date;
}

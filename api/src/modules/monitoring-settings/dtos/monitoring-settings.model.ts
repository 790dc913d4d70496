import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { TierEraChoice } from '../monitoring-settings-value';
import { TierEraChoiceEnum } from './tier-era-choice.enum';

@ObjectType('MonitoringSettings', { description: 'How account health and complaint trends judge the tenant’s data' })
export class MonitoringSettingsModel {
  @Field(() => TierEraChoiceEnum, { description: 'Messaging-limit rule for tier status; default AUTO' })
  tierEra!: TierEraChoice;

  @Field(() => Float, {
    nullable: true,
    description:
      'Complaints per 1,000 delivered business-initiated messages above which a day is a spike; null = trailing mean + 3σ',
  })
  complaintSpikeThreshold!: number | null;

  @Field(() => Date, { nullable: true, description: 'null until the settings are first saved' })
  updatedAt!: Date | null;
}

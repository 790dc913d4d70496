import { Field, Float, InputType } from '@nestjs/graphql';
import type { TierEraChoice } from '../monitoring-settings-value';
import { TierEraChoiceEnum } from './tier-era-choice.enum';

@InputType({ description: 'Replaces both settings' })
export class MonitoringSettingsInput {
  @Field(() => TierEraChoiceEnum)
  tierEra!: TierEraChoice;

  @Field(() => Float, { nullable: true, description: '0..1000 per 1,000; null or omitted = trailing mean + 3σ' })
  complaintSpikeThreshold?: number | null;
}

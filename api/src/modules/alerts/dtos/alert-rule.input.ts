import { Field, Float, InputType } from '@nestjs/graphql';
import { AlertKindEnum } from './alert.enums';

@InputType('AlertRuleInput')
export class AlertRuleInput {
  @Field(() => AlertKindEnum)
  kind!: AlertKindEnum;

  @Field(() => String, { description: '1..200 characters' })
  name!: string;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Required for SLA_BELOW_TARGET (attainment %, 0–100) and NPS_DROP (points, > 0); null for others',
  })
  threshold?: number | null;

  @Field(() => [String], { nullable: true, description: "External account ids of the tenant's accounts; empty = all" })
  accountIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'At most 20 e-mail addresses' })
  emailRecipients?: string[] | null;

  @Field(() => Boolean)
  notifyWebhook!: boolean;
}

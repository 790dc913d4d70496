import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { AlertKindEnum } from './alert.enums';

@ObjectType('AlertRule', { description: 'A condition to watch and where its firings go' })
export class AlertRuleModel {
  @Field(() => ID)
  id!: string;

  @Field(() => AlertKindEnum)
  kind!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'SLA_BELOW_TARGET: attainment % (0–100) below which it fires; NPS_DROP: points of drop; others null',
  })
  threshold!: number | null;

  @Field(() => [String], { description: 'External account ids in scope; empty = all' })
  accountIds!: string[];

  @Field(() => [String])
  emailRecipients!: string[];

  @Field(() => Boolean, { description: "Send firings to the tenant's webhook (when one is set)" })
  notifyWebhook!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

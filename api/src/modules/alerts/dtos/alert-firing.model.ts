import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../../graphql/pagination';
import { AlertDeliveryChannelEnum, AlertDeliveryStatusEnum, AlertKindEnum, AlertSeverityEnum } from './alert.enums';

@ObjectType('AlertDelivery')
export class AlertDeliveryModel {
  @Field(() => AlertDeliveryChannelEnum)
  channel!: string;

  @Field(() => AlertDeliveryStatusEnum)
  status!: string;

  @Field(() => Int, { description: 'Attempts made so far' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (never a secret)' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;
}

@ObjectType('AlertFiring', { description: 'A condition a rule found in the data; stored once per rule and condition' })
export class AlertFiringModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  ruleId!: string;

  @Field(() => String, { description: 'The rule name when it fired' })
  ruleName!: string;

  @Field(() => AlertKindEnum)
  kind!: string;

  @Field(() => AlertSeverityEnum)
  severity!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  detail!: string;

  @Field(() => String, { nullable: true, description: 'External account id when the condition is about one' })
  accountId!: string | null;

  @Field(() => Date, { description: 'When the condition happened in the data' })
  conditionAt!: Date;

  @Field(() => Date)
  firedAt!: Date;

  @Field(() => Boolean, { description: 'Seen by the current user (or API key)' })
  read!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Dashboard path to the rows behind it, e.g. /quality?account=… or /complaints?from=…&to=…',
  })
  link!: string | null;

  @Field(() => [AlertDeliveryModel])
  deliveries!: AlertDeliveryModel[];
}

@ObjectType('AlertFiringPage')
export class AlertFiringPage extends Paginated(AlertFiringModel) {}

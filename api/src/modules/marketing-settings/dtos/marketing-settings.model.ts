import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';

@ObjectType('ExchangeRate')
export class ExchangeRateModel {
  @Field(() => String, { description: 'ISO 4217, e.g. "UAH"' })
  currency!: string;

  @Field(() => Float, { description: 'Units of the reporting currency for 1 unit of `currency`' })
  rate!: number;
}

@ObjectType('MessagePrice', {
  description: 'Price the platform charges per delivered billable message, in the reporting currency',
})
export class MessagePriceModel {
  @Field(() => ChannelEnum)
  channel!: string;

  @Field(() => String, {
    description: 'marketing | utility | authentication | service | any  ("any" = every category without its own price)',
  })
  category!: string;

  @Field(() => Float)
  price!: number;
}

@ObjectType('MarketingSettings')
export class MarketingSettingsModel {
  @Field(() => Int, { description: '1..90, default 7' })
  attributionWindowDays!: number;

  @Field(() => String, { description: 'ISO 4217, default "EUR"' })
  reportingCurrency!: string;

  @Field(() => [ExchangeRateModel])
  exchangeRates!: ExchangeRateModel[];

  @Field(() => [MessagePriceModel])
  messagePrices!: MessagePriceModel[];

  @Field(() => Date, { nullable: true, description: 'null until the settings are first saved' })
  updatedAt!: Date | null;
}

import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';

@InputType()
export class ExchangeRateInput {
  @Field(() => String)
  currency!: string;

  @Field(() => Float)
  rate!: number;
}

@InputType()
export class MessagePriceInput {
  @Field(() => ChannelEnum)
  channel!: string;

  @Field(() => String)
  category!: string;

  @Field(() => Float)
  price!: number;
}

/** Omitted fields stay as they are; a list given replaces the stored one. */
@InputType()
export class MarketingSettingsInput {
  @Field(() => Int, { nullable: true })
  attributionWindowDays?: number | null;

  @Field(() => String, { nullable: true })
  reportingCurrency?: string | null;

  @Field(() => [ExchangeRateInput], { nullable: true, description: 'Replaces the whole list when given' })
  exchangeRates?: ExchangeRateInput[] | null;

  @Field(() => [MessagePriceInput], { nullable: true, description: 'Replaces the whole list when given' })
  messagePrices?: MessagePriceInput[] | null;
}

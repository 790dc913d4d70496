import type { Channel } from '@checkmark/schemas';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { TierProgressModel } from './tier-progress.model';

@ObjectType('AccountHealth', {
  description: 'Quality, status, messaging limit and tier progress of one business account (WhatsApp) at the API time',
})
export class AccountHealthModel {
  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => String, { description: "The account's id as events carry it (phone_number_id)" })
  accountExternalId!: string;

  @Field(() => ID, { nullable: true, description: 'BusinessAccount.id when the account is registered' })
  businessAccountId!: string | null;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => String, { nullable: true })
  displayPhoneNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'phone or portfolio, as the latest quality event said' })
  scope!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'GREEN, YELLOW, RED or UNKNOWN from the latest account.quality_changed by occurred_at (ties by id)',
  })
  qualityRating!: string | null;

  @Field(() => String, { nullable: true, description: 'CONNECTED, FLAGGED, RESTRICTED, … (latest reported)' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'TIER_* limit (latest reported)' })
  messagingLimit!: string | null;

  @Field(() => Date, { nullable: true, description: 'occurred_at of the latest account.quality_changed event' })
  lastChangedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the current FLAGGED status began; null unless FLAGGED' })
  flaggedSince!: Date | null;

  @Field(() => String, {
    description:
      "The limit rule applied: legacy, y2023 or y2025 — the tenant's monitoring setting (tierEra), or with AUTO the default era for the date of now",
  })
  era!: string;

  @Field(() => Int, {
    description:
      'Unique customers reached by business-initiated messages (templates, or messages sent with no customer message to the account in the 24 h before) in the moving 24 h (now − 24 h, now]',
  })
  reached24h!: number;

  @Field(() => Int, { description: 'The same, in the last 7 days (now − 7 days, now]' })
  reached7d!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "The business portfolio (WABA) whose shared limit the tier follows, when the rule applied is per portfolio (y2025) and the account's portfolio is known (registered wabaId, else the latest quality event's portfolioId); null otherwise",
  })
  portfolioId!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Unique customers reached by business-initiated messages from any number of the portfolio in the moving 24 h (a customer reached by two of its numbers counts once); null when portfolioId is null',
  })
  portfolioReached24h!: number | null;

  @Field(() => Int, { nullable: true, description: 'The same over the last 7 days; null when portfolioId is null' })
  portfolioReached7d!: number | null;

  @Field(() => TierProgressModel, {
    description:
      "Progress toward the next tier under the era applied; per portfolio (y2025 with a known portfolio) on the portfolio's reach, its latest reported limit and its members' worst quality",
  })
  tier!: TierProgressModel;
}

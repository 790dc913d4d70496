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
      'The limit rule applied: legacy, y2023 or y2025 — the default era for the date of now (a per-tenant era setting does not exist yet)',
  })
  era!: string;

  @Field(() => Int, {
    description:
      'Unique customers reached by business-initiated messages (templates, or messages sent with no customer message to the account in the 24 h before) in the moving 24 h (now − 24 h, now]',
  })
  reached24h!: number;

  @Field(() => Int, { description: 'The same, in the last 7 days (now − 7 days, now]' })
  reached7d!: number;

  @Field(() => TierProgressModel)
  tier!: TierProgressModel;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AccountQualityChange', {
  description: 'One account.quality_changed event as ingested; null where it did not say',
})
export class AccountQualityChangeModel {
  @Field(() => ID, { description: 'The event id' })
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'phone or portfolio' })
  scope!: string | null;

  @Field(() => String, { nullable: true })
  qualityRating!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The rating the last earlier event reported (the platform sends no previous rating); null for the first',
  })
  previousQualityRating!: string | null;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'FLAGGED, UNFLAGGED, UPGRADE, DOWNGRADE, ONBOARDING, …' })
  event!: string | null;

  @Field(() => String, { nullable: true })
  messagingLimit!: string | null;

  @Field(() => String, { nullable: true })
  previousMessagingLimit!: string | null;
}

import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DowngradeRisk', { description: 'A FLAGGED number under an era that downgrades after flagged days' })
export class DowngradeRiskModel {
  @Field(() => String, {
    nullable: true,
    description: 'The limit after the downgrade; null at the bottom of the ladder',
  })
  to!: string | null;

  @Field(() => Date, { nullable: true, description: "Flagged since + the era's flagged days; null when unknown" })
  at!: Date | null;

  @Field(() => Boolean, { description: 'The downgrade date has passed' })
  due!: boolean;
}

@ObjectType('TierProgress', {
  description: 'Where the account stands against its era\'s messaging-limit rule (DOMAIN.md §1, §3 "Tier status")',
})
export class TierProgressModel {
  @Field(() => String, { description: 'The current limit: TIER_250, TIER_1K, …, TIER_UNLIMITED or TIER_NOT_SET' })
  limit!: string;

  @Field(() => String, { nullable: true, description: "The next step of the era's ladder; null at the top or unknown" })
  next!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Unique business-initiated recipients needed in the last 7 days: 2× the limit (legacy) or half of it (2023, 2025); null where the rule does not apply',
  })
  threshold!: number | null;

  @Field(() => Float, { nullable: true, description: 'Unique recipients in the moving 24 h ÷ the limit' })
  usage24h!: number | null;

  @Field(() => Float, { nullable: true, description: 'Unique recipients in the last 7 days ÷ threshold, capped at 1' })
  progress7d!: number | null;

  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => [String], {
    description:
      'Why not eligible, in order: limit_not_set, top_tier, scaling_path_required, flagged, not_connected, quality_low, quality_not_high, quality_unknown, usage_below_threshold',
  })
  blockers!: string[];

  @Field(() => Date, {
    nullable: true,
    description:
      "When the next tier takes effect: now + the era's delay if eligible, else by the daily trend, else null",
  })
  projectedUpgradeAt!: Date | null;

  @Field(() => DowngradeRiskModel, { nullable: true })
  downgradeRisk!: DowngradeRiskModel | null;
}

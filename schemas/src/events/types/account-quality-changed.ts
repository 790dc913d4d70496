import { Type, type Static } from '@sinclair/typebox';
import { accountId, envelope, literalUnion } from '../common';

export const QUALITY_RATINGS = ['GREEN', 'YELLOW', 'RED', 'UNKNOWN'] as const;
export const QUALITY_SCOPES = ['phone', 'portfolio'] as const;
export const QUALITY_EVENTS = [
  'FLAGGED',
  'UNFLAGGED',
  'UPGRADE',
  'DOWNGRADE',
  'ONBOARDING',
  'THROUGHPUT_UPGRADE',
] as const;
export const MESSAGING_LIMITS = [
  'TIER_50',
  'TIER_250',
  'TIER_1K',
  'TIER_2K',
  'TIER_10K',
  'TIER_100K',
  'TIER_UNLIMITED',
  'TIER_NOT_SET',
] as const;
export type MessagingLimit = (typeof MESSAGING_LIMITS)[number];
/** Integer spellings the platform also uses; the pipeline maps them to the TIER_* names. */
export const MESSAGING_LIMIT_NUMBERS: Record<number, MessagingLimit> = {
  50: 'TIER_50',
  250: 'TIER_250',
  1000: 'TIER_1K',
  2000: 'TIER_2K',
  10000: 'TIER_10K',
  100000: 'TIER_100K',
  [-1]: 'TIER_UNLIMITED',
};

export const MessagingLimitInput = Type.Union([
  literalUnion(MESSAGING_LIMITS),
  ...Object.keys(MESSAGING_LIMIT_NUMBERS).map((n) => Type.Literal(Number(n))),
]);

export const AccountQualityChangedPayload = Type.Object(
  {
    scope: literalUnion(QUALITY_SCOPES),
    qualityRating: Type.Optional(literalUnion(QUALITY_RATINGS)),
    status: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'CONNECTED, FLAGGED, RESTRICTED, …' }),
    ),
    event: Type.Optional(literalUnion(QUALITY_EVENTS)),
    messagingLimit: Type.Optional(MessagingLimitInput),
    previousLimit: Type.Optional(MessagingLimitInput),
    maxDailyConversations: Type.Optional(Type.Integer({ minimum: -1 })),
    portfolioId: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: 'Business portfolio / WABA' })),
  },
  { additionalProperties: false },
);

export const AccountQualityChangedEvent = Type.Object(
  {
    ...envelope,
    type: Type.Literal('account.quality_changed'),
    accountId,
    payload: AccountQualityChangedPayload,
  },
  {
    additionalProperties: false,
    $id: 'account.quality_changed',
    description: 'Quality rating, status or messaging limit change',
  },
);
export type AccountQualityChangedEvent = Static<typeof AccountQualityChangedEvent>;

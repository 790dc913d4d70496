import { CHANNELS } from '@checkmark/schemas';
import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { DateScalar, isCalendarDate } from '../../../graphql/scalars/date.scalar';
import { optionalText, requiredText } from '../../../common/validation/text';
import { CAMPAIGN_CODE_KINDS, CampaignCodeKindEnum, type CampaignCodeKind } from '../campaign-code-kind';
import { CAMPAIGN_SOURCE_KINDS, CampaignSourceKindEnum, type CampaignSourceKind } from '../campaign-source-kind';

@InputType()
export class CampaignCodeInput {
  @Field(() => CampaignCodeKindEnum)
  kind!: CampaignCodeKind;

  @Field(() => String)
  value!: string;
}

@InputType()
export class CampaignInput {
  @Field(() => String, { description: 'The campaign_id events carry (unique per tenant)' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ChannelEnum, { nullable: true, description: 'null = several channels' })
  channel?: string | null;

  @Field(() => ID, { nullable: true })
  accountId?: string | null;

  @Field(() => CampaignSourceKindEnum)
  sourceKind!: CampaignSourceKind;

  @Field(() => [CampaignCodeInput])
  codes!: CampaignCodeInput[];

  @Field(() => String, { nullable: true })
  templateName?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String, { description: 'ISO 4217' })
  currency!: string;
}

export const MAX_CODES = 100;

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const calendarDate = z.string().refine(isCalendarDate, 'must be a calendar date "YYYY-MM-DD"');

export const campaignInputSchema = z
  .object({
    key: requiredText(128).refine((key) => !/\s/.test(key), 'must not contain spaces'),
    name: requiredText(200),
    channel: z
      .enum(CHANNELS)
      .nullish()
      .transform((value) => value ?? null),
    accountId: optionalText(36),
    sourceKind: z.enum(CAMPAIGN_SOURCE_KINDS),
    codes: z
      .array(z.object({ kind: z.enum(CAMPAIGN_CODE_KINDS), value: requiredText(256) }))
      .max(MAX_CODES, `at most ${MAX_CODES} codes`),
    templateName: optionalText(512),
    startsOn: calendarDate.nullish().transform((value) => value ?? null),
    endsOn: calendarDate.nullish().transform((value) => value ?? null),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => CURRENCIES.has(code), 'must be an ISO 4217 currency code, e.g. "EUR"'),
  })
  .superRefine((value, ctx) => {
    if (value.startsOn && value.endsOn && value.startsOn > value.endsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must not be before startsOn' });
    }
    const seen = new Set<string>();
    value.codes.forEach((code, index) => {
      const key = `${code.kind}\u0000${code.value}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['codes', index, 'value'], message: 'is listed twice for this kind' });
      seen.add(key);
    });
  });

export type CampaignValues = z.output<typeof campaignInputSchema>;

import { CHANNELS } from '@checkmark/schemas';
import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { optionalText, requiredText } from '../../../common/validation/text';

@InputType()
export class BusinessAccountInput {
  @Field(() => ChannelEnum)
  channel!: string;

  @Field(() => String, { description: 'The account_id events carry (WhatsApp phone_number_id, bot id, page id…)' })
  externalId!: string;

  @Field(() => String, { nullable: true })
  wabaId?: string | null;

  @Field(() => String, { nullable: true })
  displayPhoneNumber?: string | null;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  verified?: boolean | null;
}

/**
 * Display numbers are kept as digits only: WhatsApp management webhooks name a number by its digits, and the
 * receiver matches them against this column.
 */
const displayPhoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]*$/, 'may contain only digits, spaces, "+", "(", ")", "-" and "."')
  .transform((value) => value.replace(/\D/g, ''))
  .refine((digits) => digits.length === 0 || (digits.length >= 3 && digits.length <= 20), 'must have 3 to 20 digits')
  .nullish()
  .transform((digits) => (digits ? digits : null));

export const businessAccountInputSchema = z
  .object({
    channel: z.enum(CHANNELS),
    externalId: requiredText(128),
    wabaId: optionalText(128),
    displayPhoneNumber,
    displayName: optionalText(200),
    verified: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
  })
  .superRefine((value, ctx) => {
    if (value.wabaId && value.channel !== 'whatsapp') {
      ctx.addIssue({
        code: 'custom',
        path: ['wabaId'],
        message: 'only WhatsApp numbers belong to a WhatsApp business account',
      });
    }
  });

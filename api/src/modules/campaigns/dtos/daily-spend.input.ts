import { Field, Float, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { DateScalar, isCalendarDate } from '../../../graphql/scalars/date.scalar';

@InputType()
export class DailySpendInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Float)
  amount!: number;
}

/** Days one setCampaignSpend call may carry (several years of daily figures). */
export const MAX_SPEND_DAYS = 2000;
const MAX_AMOUNT = 1e12;

export const dailySpendSchema = z
  .array(
    z.object({
      date: z.string().refine(isCalendarDate, 'must be a calendar date "YYYY-MM-DD"'),
      amount: z
        .number()
        .min(0, 'must not be negative')
        .refine((amount) => amount <= MAX_AMOUNT, `must be finite and at most ${MAX_AMOUNT}`)
        // Stored with 4 decimal places on both engines.
        .transform((amount) => Math.round(amount * 1e4) / 1e4),
    }),
  )
  .max(MAX_SPEND_DAYS, `at most ${MAX_SPEND_DAYS} days per call`)
  .superRefine((days, ctx) => {
    const seen = new Set<string>();
    days.forEach((day, index) => {
      if (seen.has(day.date)) ctx.addIssue({ code: 'custom', path: [index, 'date'], message: 'is listed twice' });
      seen.add(day.date);
    });
  });

import { z } from 'zod';
import { isCalendarDate } from '../../graphql/scalars/date.scalar';
import { isIanaTimeZone } from './time-zone';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const interval = z
  .object({
    dayOfWeek: z.number().int().min(1, '1 = Monday … 7 = Sunday').max(7, '1 = Monday … 7 = Sunday'),
    opens: z.string().regex(TIME, 'must be "HH:MM"'),
    closes: z.string().refine((v) => v === '24:00' || TIME.test(v), 'must be "HH:MM" or "24:00"'),
  })
  // Only compare well-formed times; a malformed one already has its own issue.
  .refine(
    (i) =>
      !TIME.test(i.opens) ||
      !(i.closes === '24:00' || TIME.test(i.closes)) ||
      (i.closes === '24:00' ? 1440 : minutes(i.closes)) > minutes(i.opens),
    {
      message: 'closes must be later than opens',
      path: ['closes'],
    },
  );

export const tenantSettingsSchema = z.object({
  timeZone: z.string().refine(isIanaTimeZone, 'must be an IANA time zone such as "Europe/Kyiv"').nullish(),
  businessHours: z
    .array(interval)
    .max(7 * 6, 'at most 6 intervals a day')
    .nullish()
    .superRefine((intervals, ctx) => {
      const end = (c: string) => (c === '24:00' ? 1440 : minutes(c));
      const sorted = [...(intervals ?? [])].sort(
        (a, b) => a.dayOfWeek - b.dayOfWeek || minutes(a.opens) - minutes(b.opens),
      );
      for (let i = 1; i < sorted.length; i++) {
        const [a, b] = [sorted[i - 1], sorted[i]];
        if (a.dayOfWeek === b.dayOfWeek && minutes(b.opens) < end(a.closes)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `intervals overlap on day ${a.dayOfWeek}` });
          return;
        }
      }
    }),
  holidays: z.array(z.string().refine(isCalendarDate, 'must be "YYYY-MM-DD"')).max(1000).nullish(),
});

import { z } from 'zod';
import { ALERT_KINDS } from './alert-kinds';

export const MAX_RULE_ACCOUNTS = 100;
export const MAX_EMAIL_RECIPIENTS = 20;
/** NPS runs from −100 to 100, so no drop can exceed 200 points. */
export const MAX_NPS_DROP = 200;

const uniqueList = (field: string) => (rows: string[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const key = row.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `duplicate ${field}`, path: [index] });
    seen.add(key);
  });
};

export const alertRuleSchema = z
  .object({
    kind: z.enum(ALERT_KINDS),
    name: z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters'),
    enabled: z.boolean(),
    threshold: z.number().finite().nullish(),
    accountIds: z
      .array(z.string().trim().min(1, 'must not be empty').max(128))
      .max(MAX_RULE_ACCOUNTS, `at most ${MAX_RULE_ACCOUNTS} accounts`)
      .nullish()
      .transform((v) => v ?? [])
      .superRefine(uniqueList('account')),
    emailRecipients: z
      .array(z.string().trim().max(320).email('must be an e-mail address'))
      .max(MAX_EMAIL_RECIPIENTS, `at most ${MAX_EMAIL_RECIPIENTS} recipients`)
      .nullish()
      .transform((v) => v ?? [])
      .superRefine(uniqueList('recipient')),
    notifyWebhook: z.boolean(),
  })
  .superRefine((rule, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message, path: ['threshold'] });
    const t = rule.threshold;
    if (rule.kind === 'SLA_BELOW_TARGET') {
      if (t === null || t === undefined) issue('required: the attainment % (0–100) below which the rule fires');
      else if (t < 0 || t > 100) issue('must be a percentage from 0 to 100');
    } else if (rule.kind === 'NPS_DROP') {
      if (t === null || t === undefined) issue('required: the points of NPS drop that fire the rule');
      else if (t <= 0 || t > MAX_NPS_DROP) issue(`must be more than 0 and at most ${MAX_NPS_DROP} points`);
    } else if (t !== null && t !== undefined) {
      issue('this kind takes no threshold');
    }
  });

export type AlertRuleData = z.output<typeof alertRuleSchema>;

/* eslint-disable @typescript-eslint/require-await -- fakes keep the async signatures of what they replace */
import { ManualClock } from '../../common/clock/clock';
import { ApiMetrics } from '../../metrics';
import type { AlertCondition } from './alert-condition';
import type { AlertConditionsService, RuleAccounts } from './alert-conditions.service';
import type { AlertDelivery } from './alert-delivery.entity';
import { AlertEvaluator, FIRST_LOOK_BACK_MS, LATE_DATA_GRACE_MS } from './alert-evaluator';
import type { AlertFiring } from './alert-firing.entity';
import type { AlertRule } from './alert-rule.entity';
import type { AlertSettings } from './alert-settings.entity';
import type { AlertsRepository } from './alerts.repository';

const NOW = new Date('2026-03-10T12:00:00.000Z');

const rule = (fields: Partial<AlertRule> = {}): AlertRule => ({
  id: 'r1',
  tenantId: 't1',
  kind: 'QUALITY_DROP',
  name: 'Quality',
  enabled: true,
  threshold: null,
  accountIds: [],
  emailRecipients: [],
  notifyWebhook: false,
  lastEvaluatedAt: null,
  createdAt: NOW,
  updatedAt: NOW,
  ...fields,
});

const condition = (key: string): AlertCondition => ({
  kind: 'QUALITY_DROP',
  key,
  severity: 'WARNING',
  title: `drop ${key}`,
  detail: 'detail',
  accountId: 'wa_1',
  conditionAt: NOW,
  link: '/quality',
});

function setup(options: {
  rules: AlertRule[];
  settings?: AlertSettings | null;
  smtp?: boolean;
  found?: AlertCondition[];
}) {
  const stored: { firing: AlertFiring; deliveries: AlertDelivery[] }[] = [];
  const asked: { since: Date; accounts: RuleAccounts }[] = [];
  const evaluated: [string, Date][] = [];
  const kicks: number[] = [];
  const store = {
    enabledRules: async () => options.rules,
    findSettings: async () => options.settings ?? null,
    accountsByExternalIds: async (_t: string, ids: string[] | null) =>
      (ids ?? ['wa_1']).map((externalId) => ({
        id: `id-${externalId}`,
        externalId,
        displayName: 'Northwind DE',
        displayPhoneNumber: '+49 30 000000',
      })),
    firedKeys: async (_r: string, keys: string[]) =>
      new Set(keys.filter((k) => stored.some((s) => s.firing.dedupKey === k))),
    insertFiring: async (firing: AlertFiring, deliveries: AlertDelivery[]) => {
      stored.push({ firing, deliveries });
      return true;
    },
    markEvaluated: async (id: string, at: Date) => void evaluated.push([id, at]),
  } as unknown as AlertsRepository;
  const conditions = {
    conditions: async (_rule: AlertRule, accounts: RuleAccounts, since: Date) => {
      asked.push({ since, accounts });
      return options.found ?? [condition('e1'), condition('e2'), condition('e1')];
    },
  } as unknown as AlertConditionsService;
  const evaluator = new AlertEvaluator(
    store,
    conditions,
    { kick: () => void kicks.push(1) },
    { enabled: options.smtp ?? false },
    new ManualClock(NOW),
    { alertFirings: new ApiMetrics().alertFirings },
  );
  return { evaluator, stored, asked, evaluated, kicks };
}

describe('AlertEvaluator', () => {
  it('looks back 30 days the first time and from a day before the last evaluation afterwards', async () => {
    const first = setup({ rules: [rule()] });
    await first.evaluator.evaluate('t1');
    expect(first.asked[0].since).toEqual(new Date(NOW.getTime() - FIRST_LOOK_BACK_MS));
    expect(first.asked[0].accounts.externalIds).toBeNull();
    expect(first.asked[0].accounts.relationalIds.get('wa_1')).toBe('id-wa_1');
    expect(first.asked[0].accounts.labels.get('wa_1')).toBe('Northwind DE (+49 30 000000)');
    expect(first.evaluated).toEqual([['r1', NOW]]);

    const lastRun = new Date('2026-03-10T11:00:00.000Z');
    const later = setup({ rules: [rule({ lastEvaluatedAt: lastRun, accountIds: ['wa_1'] })] });
    await later.evaluator.evaluate('t1');
    expect(later.asked[0].since).toEqual(new Date(lastRun.getTime() - LATE_DATA_GRACE_MS));
    expect(later.asked[0].accounts.externalIds).toEqual(['wa_1']);
  });

  it('stores each condition key once, prefixed by the kind, and kicks the delivery worker only when something fired', async () => {
    const { evaluator, stored, kicks } = setup({ rules: [rule()] });
    expect(await evaluator.evaluate('t1')).toBe(2);
    expect(stored.map((s) => s.firing.dedupKey)).toEqual(['QUALITY_DROP:e1', 'QUALITY_DROP:e2']);
    expect(kicks).toHaveLength(1);
    expect(await evaluator.evaluate('t1')).toBe(0);
    expect(kicks).toHaveLength(1);
  });

  it('creates PENDING deliveries for working channels and FAILED ones saying why for misconfigured ones', async () => {
    const wanted = rule({ notifyWebhook: true, emailRecipients: ['ops@x.test'] });
    const missing = setup({ rules: [wanted], found: [condition('e1')] });
    await missing.evaluator.evaluate('t1');
    expect(missing.stored[0].deliveries.map((d) => [d.channel, d.status, d.lastError, d.recipients])).toEqual([
      ['WEBHOOK', 'FAILED', 'no webhook URL is set for the tenant', []],
      ['EMAIL', 'FAILED', 'SMTP is not configured on this server', ['ops@x.test']],
    ]);

    const settings = { tenantId: 't1', webhookUrl: 'https://hooks.example.com', webhookSecret: 's', updatedAt: NOW };
    const working = setup({ rules: [wanted], found: [condition('e1')], settings, smtp: true });
    await working.evaluator.evaluate('t1');
    expect(working.stored[0].deliveries.map((d) => [d.channel, d.status, d.attempts, d.nextAttemptAt])).toEqual([
      ['WEBHOOK', 'PENDING', 0, NOW],
      ['EMAIL', 'PENDING', 0, NOW],
    ]);
    expect(setup({ rules: [rule()], found: [condition('e1')] }).stored).toEqual([]);
  });

  it('keeps evaluating other rules when one fails, and reports the failure only when asked to', async () => {
    const { evaluator, stored } = setup({ rules: [rule({ id: 'broken' }), rule({ id: 'fine' })] });
    const conditions = (
      evaluator as unknown as { conditions: { conditions: (r: AlertRule) => Promise<AlertCondition[]> } }
    ).conditions;
    const original = conditions.conditions.bind(conditions);
    conditions.conditions = async (r: AlertRule) => {
      if (r.id === 'broken') throw new Error('warehouse unavailable');
      return original(r);
    };
    await expect(evaluator.evaluate('t1', { throwOnFailure: true })).rejects.toThrow('warehouse unavailable');
    expect(stored.map((s) => s.firing.ruleId)).toEqual(['fine', 'fine']);
    expect(await evaluator.evaluate('t1')).toBe(0);
  });
});

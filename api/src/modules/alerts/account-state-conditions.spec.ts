import { accountStateConditions, normalizedLimit } from './account-state-conditions';
import type { AlertKind } from './alert-kinds';
import type { AccountStateEventRow } from './queries/account-state-events.query';

const ALL = new Set<AlertKind>(['QUALITY_DROP', 'STATUS_FLAGGED', 'STATUS_RESTRICTED', 'TIER_CHANGE']);

let n = 0;
const event = (fields: Partial<AccountStateEventRow>): AccountStateEventRow => ({
  id: `e${(n += 1)}`,
  channel: 'whatsapp',
  account_id: 'wa_1',
  occurred_at_ms: String(Date.UTC(2026, 2, n)),
  quality_rating: '',
  status: '',
  messaging_limit: '',
  previous_messaging_limit: '',
  ...fields,
});
const kindsAndKeys = (conditions: ReturnType<typeof accountStateConditions>) =>
  conditions.map((c) => [c.kind, c.key, c.severity]);

describe('accountStateConditions', () => {
  beforeEach(() => {
    n = 0;
  });

  it('fires a drop only when a ranked rating is worse than the last reported one, empty fields keeping it', () => {
    const events = [
      event({ quality_rating: 'GREEN' }), // e1: first ever: nothing to compare
      event({ status: 'CONNECTED' }), // e2: no rating: GREEN stays
      event({ quality_rating: 'YELLOW' }), // e3: drop
      event({ quality_rating: 'UNKNOWN' }), // e4: not ranked: no drop
      event({ quality_rating: 'RED' }), // e5: UNKNOWN is not a rating to compare with
      event({ quality_rating: 'YELLOW' }), // e6: better
      event({ quality_rating: 'RED' }), // e7: drop
    ];
    expect(kindsAndKeys(accountStateConditions(new Set(['QUALITY_DROP']), [], events, () => null))).toEqual([
      ['QUALITY_DROP', 'e3', 'WARNING'],
      ['QUALITY_DROP', 'e7', 'CRITICAL'],
    ]);
  });

  it('starts from the state before the window, per account', () => {
    const before = [
      { channel: 'whatsapp', account_id: 'wa_1', quality_rating: 'GREEN', status: 'FLAGGED', messaging_limit: '1000' },
    ];
    const events = [
      event({ quality_rating: 'YELLOW', status: 'FLAGGED', messaging_limit: 'TIER_1K' }), // drop; still flagged; same limit
      event({ account_id: 'wa_2', quality_rating: 'RED', status: 'FLAGGED' }), // wa_2 has no earlier state: flagged only
      event({ status: 'RESTRICTED' }),
      event({ status: 'FLAGGED' }), // RESTRICTED → FLAGGED: moved to FLAGGED
    ];
    expect(kindsAndKeys(accountStateConditions(ALL, before, events, () => null))).toEqual([
      ['QUALITY_DROP', 'e1', 'WARNING'],
      ['STATUS_FLAGGED', 'e2', 'WARNING'],
      ['STATUS_RESTRICTED', 'e3', 'CRITICAL'],
      ['STATUS_FLAGGED', 'e4', 'WARNING'],
    ]);
  });

  it('fires a tier change when the limit differs in meaning, using previousLimit when nothing earlier said', () => {
    const events = [
      event({ messaging_limit: 'TIER_1K', previous_messaging_limit: 'TIER_250' }), // e1: up (from the event's own previous)
      event({ messaging_limit: '1000' }), // e2: the same limit spelled as an integer
      event({ messaging_limit: 'TIER_250' }), // e3: down
      event({ messaging_limit: '-1' }), // e4: unlimited
    ];
    const conditions = accountStateConditions(new Set(['TIER_CHANGE']), [], events, (a) => `/quality?x=${a}`);
    expect(kindsAndKeys(conditions)).toEqual([
      ['TIER_CHANGE', 'e1', 'INFO'],
      ['TIER_CHANGE', 'e3', 'WARNING'],
      ['TIER_CHANGE', 'e4', 'INFO'],
    ]);
    expect(conditions[1]).toMatchObject({
      title: 'Messaging limit of wa_1 lowered to TIER_250',
      accountId: 'wa_1',
      link: '/quality?x=wa_1',
      conditionAt: new Date(Date.UTC(2026, 2, 3)),
    });
    expect(
      accountStateConditions(new Set(['TIER_CHANGE']), [], [event({ messaging_limit: 'TIER_1K' })], () => null),
    ).toEqual([]);
  });

  it('names the account as people know it in titles, keeping the platform id and link', () => {
    const events = [event({ quality_rating: 'GREEN' }), event({ quality_rating: 'RED' })];
    const [drop] = accountStateConditions(
      new Set(['QUALITY_DROP']),
      [],
      events,
      (a) => `/quality?x=${a}`,
      (a) => (a === 'wa_1' ? 'Northwind UA (+380 44 000 0000)' : a),
    );
    expect(drop).toMatchObject({
      title: 'Quality of Northwind UA (+380 44 000 0000) dropped to RED',
      accountId: 'wa_1',
      link: '/quality?x=wa_1',
    });
  });

  it('normalises the platform spellings of limits and keeps unknown ones as given', () => {
    expect(['TIER_1K', '1000', '250', 'UNLIMITED', '-1', '', 'TIER_5K'].map(normalizedLimit)).toEqual([
      'TIER_1K',
      'TIER_1K',
      'TIER_250',
      'TIER_UNLIMITED',
      'TIER_UNLIMITED',
      '',
      'TIER_5K',
    ]);
  });
});

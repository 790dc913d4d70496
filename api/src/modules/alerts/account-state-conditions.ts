import { parseMessagingLimit, messagingLimitValue } from '@checkmark/schemas/analytics';
import type { AlertCondition } from './alert-condition';
import type { AlertKind } from './alert-kinds';
import type { AccountStateEventRow } from './queries/account-state-events.query';
import type { AccountStateBeforeRow } from './queries/account-states-before.query';

/** Better ratings rank higher; UNKNOWN (and anything else) is not ranked, so it never counts as a drop. */
const RATING_RANK: Record<string, number> = { GREEN: 3, YELLOW: 2, RED: 1 };

interface AccountState {
  rating: string;
  status: string;
  limit: string;
}

/** The platform spells limits as names or integers (TIER_1K, 1000): compare them as one spelling. */
export function normalizedLimit(raw: string): string {
  if (raw === '') return '';
  try {
    return parseMessagingLimit(/^-?\d+$/.test(raw) ? Number(raw) : raw);
  } catch {
    return raw;
  }
}

function limitOrder(limit: string): number | null {
  try {
    return messagingLimitValue(parseMessagingLimit(limit));
  } catch {
    return null;
  }
}

const keyOf = (channel: string, account: string) => `${channel}\u0000${account}`;

/**
 * Walks account.quality_changed events in the order they happened, from each account's state before the first
 * of them, and yields the conditions of the wanted kinds: a rating worse than the previous rating (QUALITY_DROP),
 * a status that became FLAGGED or RESTRICTED, and a messaging limit different from the previous one (the previous
 * event's, or the event's own previousLimit when no earlier event said). Fields an event leaves empty keep the
 * last reported value. Every condition is keyed by the event id.
 */
export function accountStateConditions(
  kinds: ReadonlySet<AlertKind>,
  before: readonly AccountStateBeforeRow[],
  events: readonly AccountStateEventRow[],
  linkOf: (accountId: string) => string | null,
  labelOf: (accountId: string) => string = (accountId) => accountId,
): AlertCondition[] {
  const states = new Map<string, AccountState>(
    before.map((row) => [
      keyOf(row.channel, row.account_id),
      { rating: row.quality_rating, status: row.status, limit: normalizedLimit(row.messaging_limit) },
    ]),
  );
  const conditions: AlertCondition[] = [];
  for (const event of events) {
    const key = keyOf(event.channel, event.account_id);
    const state = states.get(key) ?? { rating: '', status: '', limit: '' };
    const at = new Date(Number(event.occurred_at_ms));
    const account = labelOf(event.account_id);
    const common = { key: event.id, accountId: event.account_id, conditionAt: at, link: linkOf(event.account_id) };

    if (event.quality_rating !== '') {
      const was = RATING_RANK[state.rating];
      const now = RATING_RANK[event.quality_rating];
      if (kinds.has('QUALITY_DROP') && was !== undefined && now !== undefined && now < was) {
        conditions.push({
          ...common,
          kind: 'QUALITY_DROP',
          severity: event.quality_rating === 'RED' ? 'CRITICAL' : 'WARNING',
          title: `Quality of ${account} dropped to ${event.quality_rating}`,
          detail: `The quality rating of ${event.channel} account ${account} went from ${state.rating} to ${event.quality_rating} at ${at.toISOString()}.`,
        });
      }
      state.rating = event.quality_rating;
    }

    if (event.status !== '') {
      for (const [kind, status] of [
        ['STATUS_FLAGGED', 'FLAGGED'],
        ['STATUS_RESTRICTED', 'RESTRICTED'],
      ] as const) {
        if (kinds.has(kind) && event.status === status && state.status !== status) {
          conditions.push({
            ...common,
            kind,
            severity: status === 'RESTRICTED' ? 'CRITICAL' : 'WARNING',
            title: `${account} is ${status}`,
            detail: `The status of ${event.channel} account ${account} changed from ${state.status || 'unknown'} to ${status} at ${at.toISOString()}.`,
          });
        }
      }
      state.status = event.status;
    }

    const limit = normalizedLimit(event.messaging_limit);
    if (limit !== '') {
      const previous = state.limit || normalizedLimit(event.previous_messaging_limit);
      if (kinds.has('TIER_CHANGE') && previous !== '' && previous !== limit) {
        const from = limitOrder(previous);
        const to = limitOrder(limit);
        const down = from !== null && to !== null && to < from;
        conditions.push({
          ...common,
          kind: 'TIER_CHANGE',
          severity: down ? 'WARNING' : 'INFO',
          title: `Messaging limit of ${account} ${down ? 'lowered' : 'changed'} to ${limit}`,
          detail: `The messaging limit of ${event.channel} account ${account} changed from ${previous} to ${limit} at ${at.toISOString()}.`,
        });
      }
      state.limit = limit;
    }
    states.set(key, state);
  }
  return conditions;
}

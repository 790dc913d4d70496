import type { ConsentAtSendQuery } from '@web/generated/graphql';

type Entry = ConsentAtSendQuery['consentLedger']['entries'][number];

/** How many ledger entries before and after the send are shown around it. */
export const LEDGER_CONTEXT = 3;

/** A ledger entry, or the marker of the send among them. */
export type LedgerLine = { kind: 'entry'; entry: Entry; beforeSend: boolean } | { kind: 'send'; at: string };

/**
 * The entries around the send, oldest first, with the send placed among them: up to `context` entries at or before
 * it (same millisecond counts as before the send, as detection does) and up to `context` after it.
 */
export function ledgerAroundSend(entries: readonly Entry[], sentAt: string, context = LEDGER_CONTEXT): LedgerLine[] {
  const at = Date.parse(sentAt);
  const sorted = [...entries].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  const before = sorted.filter((e) => Date.parse(e.occurredAt) <= at).slice(-context);
  const after = sorted.filter((e) => Date.parse(e.occurredAt) > at).slice(0, context);
  return [
    ...before.map((entry) => ({ kind: 'entry' as const, entry, beforeSend: true })),
    { kind: 'send' as const, at: sentAt },
    ...after.map((entry) => ({ kind: 'entry' as const, entry, beforeSend: false })),
  ];
}

/** Entries left out on either side of the window shown. */
export function hiddenEntries(entries: readonly Entry[], sentAt: string, context = LEDGER_CONTEXT) {
  const at = Date.parse(sentAt);
  const before = entries.filter((e) => Date.parse(e.occurredAt) <= at).length;
  return { before: Math.max(0, before - context), after: Math.max(0, entries.length - before - context) };
}

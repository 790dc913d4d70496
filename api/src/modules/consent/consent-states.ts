/** One consent.updated as the state rules read it. */
export interface ConsentFact {
  id: string;
  occurredMs: number;
  channel: string;
  action: string;
  purpose: string;
  method: string;
}

export type ConsentPurposeState = 'granted' | 'withdrawn' | 'none';

export interface ConsentStateAt {
  channel: string;
  purpose: 'marketing' | 'service';
  state: ConsentPurposeState;
  /** The deciding event (null when none). */
  since: number | null;
  eventId: string | null;
  method: string | null;
  /** Blocked on the channel at that instant (any purpose). */
  blocked: boolean;
}

const PURPOSES = ['marketing', 'service'] as const;

/** Later instant wins; in one millisecond the greater id wins (as the consent-at-send query). */
function later(a: ConsentFact, b: ConsentFact): boolean {
  return a.occurredMs !== b.occurredMs ? a.occurredMs > b.occurredMs : a.id > b.id;
}

function latest(facts: readonly ConsentFact[]): ConsentFact | null {
  return facts.reduce<ConsentFact | null>((best, fact) => (best === null || later(fact, best) ? fact : best), null);
}

/**
 * The state per channel × purpose at `atMs`, by the rules of the consent-at-send definition (docs/consent.md):
 * the latest event at or before the instant whose purpose is the purpose or `all` decides granted / withdrawn,
 * none without one; blocked when the latest event of any purpose is an opt-out by `block` and the contact's latest
 * message on the channel at or before the instant (`lastInboundMs`) is not after it.
 */
export function consentStatesAt(
  facts: readonly ConsentFact[],
  channels: readonly string[],
  lastInboundMs: ReadonlyMap<string, number>,
  atMs: number,
): ConsentStateAt[] {
  return channels.flatMap((channel) => {
    const known = facts.filter((f) => f.channel === channel && f.occurredMs <= atMs);
    const last = latest(known);
    const inbound = lastInboundMs.get(channel);
    const blocked =
      last !== null &&
      last.action === 'opt_out' &&
      last.method === 'block' &&
      !(inbound !== undefined && inbound > last.occurredMs);
    return PURPOSES.map((purpose) => {
      const decider = latest(known.filter((f) => f.purpose === purpose || f.purpose === 'all'));
      return {
        channel,
        purpose,
        state: decider === null ? 'none' : decider.action === 'opt_in' ? 'granted' : 'withdrawn',
        since: decider?.occurredMs ?? null,
        eventId: decider?.id ?? null,
        method: decider?.method ?? null,
        blocked,
      };
    });
  });
}

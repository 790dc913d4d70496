import { validateEvent, type CanonicalEvent, type MessageSentEvent } from '@checkmark/schemas';
import { PROHIBITED_LANGUAGES, PROHIBITED_PHRASES } from './texts';
import { generateEvents } from './traffic-simulator';
import { VIOLATION_KINDS } from './ground-truth';
import { SimulatorError } from './simulator-error';
import type { Campaign } from './world';

const HOUR = 3_600_000;

interface Truth {
  counts: { uniqueEvents: number; duplicates: number };
  violations: { total: Record<string, number>; prohibitedByLanguage: Record<string, number> };
  catalog: { campaigns: Campaign[] };
}

function run(seed: number, events: number, extra: Record<string, unknown> = {}) {
  const sim = generateEvents({ seed, events, days: 7, tenantId: 'tenant-a', ...extra });
  const lines: string[] = [];
  const list: CanonicalEvent[] = [];
  for (const e of sim) {
    lines.push(JSON.stringify(e));
    list.push(e);
  }
  return { sim, lines, events: list, truth: sim.truth.toJSON() as unknown as Truth };
}

function unique(events: CanonicalEvent[]): CanonicalEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

function byContact(events: CanonicalEvent[]): Map<string, CanonicalEvent[]> {
  const map = new Map<string, CanonicalEvent[]>();
  for (const e of events) {
    if (!('contactId' in e) || !e.contactId) continue;
    const key = `${e.channel}|${e.contactId}`;
    (map.get(key) ?? map.set(key, []).get(key)!).push(e);
  }
  for (const list of map.values()) list.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  return map;
}

describe('traffic simulator', () => {
  const big = run(42, 30_000);

  it('emits exactly the requested number of lines, all valid canonical events', () => {
    const { lines } = run(5, 4000);
    expect(lines).toHaveLength(4000);
    const invalid = lines.map((l) => validateEvent(JSON.parse(l))).filter((r) => !r.ok);
    expect(invalid).toEqual([]);
  });

  it('emits nothing after the simulated period ends, though journeys started near the end go on past it', () => {
    const startMs = Date.parse('2026-03-01T00:00:00.000Z');
    const { events } = run(7, 20_000, { startMs });
    const times = events.map((e) => Date.parse(e.occurredAt));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(startMs);
    expect(Math.max(...times)).toBeLessThan(startMs + 7 * 24 * HOUR);
    // The last day still has traffic: the end cuts journeys, it does not stop new ones early.
    expect(times.filter((t) => t >= startMs + 6 * 24 * HOUR).length).toBeGreaterThan(1000);
  });

  it('replays the same bytes for the same seed and different bytes for another seed', () => {
    const a = run(11, 3000).lines.join('\n');
    const b = run(11, 3000).lines.join('\n');
    const c = run(12, 3000).lines.join('\n');
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('gives every distinct event its own deterministic id; duplicates repeat the id', () => {
    const ids = new Set(big.events.map((e) => e.id));
    expect(ids.size).toBe(big.truth.counts.uniqueEvents);
    expect(big.truth.counts.duplicates).toBeGreaterThan(0);
    expect([...ids].every((id) => id.startsWith('sim:42:'))).toBe(true);
  });

  it('plants every violation kind and prohibited content in all six languages', () => {
    expect(Object.keys(big.truth.violations.total).sort()).toEqual([...VIOLATION_KINDS].sort());
    for (const count of Object.values(big.truth.violations.total)) expect(count).toBeGreaterThan(0);
    expect(Object.keys(big.truth.violations.prohibitedByLanguage).sort()).toEqual([...PROHIBITED_LANGUAGES].sort());
  });

  it('counts prohibited content per language exactly as found in the emitted texts', () => {
    const recount: Record<string, number> = {};
    for (const e of unique(big.events)) {
      if (e.type !== 'message.sent' || !e.payload.text) continue;
      for (const lang of PROHIBITED_LANGUAGES) {
        if (Object.values(PROHIBITED_PHRASES[lang]).some((p) => e.payload.text!.includes(p)))
          recount[lang] = (recount[lang] ?? 0) + 1;
      }
    }
    expect(recount).toEqual(big.truth.violations.prohibitedByLanguage);
  });

  it('counts OUTSIDE_WINDOW exactly as the 24-hour rule finds it in the stream', () => {
    let found = 0;
    for (const list of byContact(unique(big.events)).values()) {
      let lastInbound = -Infinity;
      for (const e of list) {
        const t = Date.parse(e.occurredAt);
        if (e.type === 'message.received') lastInbound = t;
        if (e.type === 'message.sent' && !e.payload.isTemplate && t - lastInbound > 24 * HOUR) found++;
      }
    }
    expect(found).toBe(big.truth.violations.total.OUTSIDE_WINDOW);
  });

  it('counts FREQUENCY_CAP exactly as a rolling 24-hour cap of 2 marketing messages finds it', () => {
    let found = 0;
    for (const list of byContact(unique(big.events)).values()) {
      const marketing = list
        .filter((e): e is MessageSentEvent => e.type === 'message.sent' && e.payload.templateCategory === 'marketing')
        .map((e) => Date.parse(e.occurredAt));
      marketing.forEach((t, i) => {
        if (marketing.slice(0, i + 1).filter((s) => s > t - 24 * HOUR).length > 2) found++;
      });
    }
    expect(found).toBe(big.truth.violations.total.FREQUENCY_CAP);
  });

  it('counts platform enforcement as the events the platform reported', () => {
    const found = unique(big.events).filter(
      (e) =>
        e.type === 'account.policy_alert' ||
        (e.type === 'template.updated' && (e.payload.status === 'PAUSED' || e.payload.status === 'DISABLED')) ||
        (e.type === 'account.quality_changed' &&
          (e.payload.status === 'FLAGGED' ||
            e.payload.status === 'RESTRICTED' ||
            e.payload.event === 'FLAGGED' ||
            e.payload.event === 'DOWNGRADE')),
    ).length;
    expect(found).toBe(big.truth.violations.total.PLATFORM_ENFORCEMENT);
  });

  it('keeps contacts as raw provider ids and a campaign catalog with spend', () => {
    const wa = big.events.find((e) => e.channel === 'whatsapp' && e.type === 'message.received') as CanonicalEvent & {
      contactId: string;
    };
    expect(wa.contactId).toMatch(/^(\d{10,15}|[A-Z]{2}\.\d+)$/);
    const ctwa = big.truth.catalog.campaigns.find((c) => c.sourceKind === 'ctwa_ad')!;
    expect(ctwa.codes.adIds!.length).toBeGreaterThan(0);
    expect(ctwa.dailySpend.length).toBe(7);
    const referral = big.events.find(
      (e) => e.type === 'message.received' && e.payload.referral?.kind === 'ad' && e.payload.referral.clickId,
    );
    expect(referral).toBeDefined();
  });

  it('streams only once per instance', () => {
    const sim = generateEvents({ events: 10 });
    Array.from(sim);
    expect(() => Array.from(sim)).toThrow(SimulatorError);
    try {
      Array.from(sim);
    } catch (error) {
      expect((error as SimulatorError).code).toBe('SIMULATOR_ALREADY_RUN');
    }
  });
});

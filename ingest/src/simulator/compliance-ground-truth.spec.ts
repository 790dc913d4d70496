import type { CanonicalEvent } from '@checkmark/schemas';
import { BUILT_IN_RULE_SET, classifyContent, compileRuleSet, VIOLATION_KINDS } from '@checkmark/schemas/compliance';
import type { ExpectedViolation } from './ground-truth';
import { contractViolations, DEFAULT_CONTRACT_SETTINGS, ORACLE_KINDS } from './testing/contract-violations';
import { generateEvents } from './traffic-simulator';
import { DEMO_TIME_ZONE } from './world';

function simulate(input: Parameters<typeof generateEvents>[0]) {
  const sim = generateEvents({ tenantId: 'tenant-a', ...input });
  const events: CanonicalEvent[] = [...sim];
  const expected = sim.truth.expectedViolations;
  const found = contractViolations(events, {
    ...DEFAULT_CONTRACT_SETTINGS,
    frequencyCap: sim.options.frequencyCapMax,
    tenantTimeZone: DEMO_TIME_ZONE,
  });
  return { sim, events, expected, found };
}

const keys = (list: readonly { key: string }[]) => list.map((v) => v.key).sort();
const ofOracleKinds = (list: readonly ExpectedViolation[]) => list.filter((v) => ORACLE_KINDS.includes(v.kind));

describe('simulator ground truth under the compliance rules', () => {
  // A week in winter, and ten days across the spring DST change (quiet hours on real local clocks).
  const winter = simulate({ seed: 42, events: 30_000, days: 7 });
  const spring = simulate({ seed: 7, events: 25_000, days: 10, startMs: Date.UTC(2026, 2, 24) });

  it.each([
    ['winter', () => winter],
    ['spring (DST change)', () => spring],
    [
      'a fortnight with the complaint-spike blast',
      () => simulate({ seed: 20260323, events: 40_000, days: 12, startMs: Date.UTC(2026, 2, 23) }),
    ],
    ['a tenant cap of 1 a day', () => simulate({ seed: 3, events: 12_000, days: 5, frequencyCapMax: 1 })],
    ['a tenant cap of 6 a day', () => simulate({ seed: 4, events: 12_000, days: 5, frequencyCapMax: 6 })],
    // This run has an opted-out contact who read the first campaign message hours after it was sent.
    ['a month of 200k events', () => simulate({ seed: 11, events: 200_000, days: 30 })],
  ])('%s: the rules find exactly the listed violations, one per planted message', (_name, runOf) => {
    const run = runOf();
    expect(keys(run.found)).toEqual(keys(ofOracleKinds(run.expected)));
    expect(new Set(run.expected.map((v) => v.key)).size).toBe(run.expected.length);
    const messages = run.expected.filter((v) => v.messageId !== null).map((v) => v.messageId);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('plants every kind, and lists each as the engine keys it', () => {
    const planted = new Set(winter.expected.filter((v) => v.planted).map((v) => v.kind));
    expect([...planted].sort()).toEqual([...VIOLATION_KINDS].sort());
    const sent = new Map(winter.events.flatMap((e) => (e.type === 'message.sent' ? [[e.messageId!, e] as const] : [])));
    for (const v of winter.expected) {
      if (v.kind === 'PLATFORM_ENFORCEMENT') {
        expect(v).toMatchObject({ key: `PLATFORM_ENFORCEMENT:${v.eventId}`, messageId: null, contact: null });
        continue;
      }
      const e = sent.get(v.messageId!)!;
      expect(v).toEqual({
        kind: v.kind,
        key: `${v.kind}:${e.messageId}`,
        messageId: e.messageId,
        eventId: null,
        contact: e.contactId,
        channel: e.channel,
        accountId: e.accountId,
        occurredAt: e.occurredAt,
        planted: true,
      });
    }
    expect(winter.sim.truth.toJSON()).toMatchObject({ violations: { list: winter.expected } });
  });

  it('has prohibited or misused content exactly in the messages listed for it, by the built-in rule set', () => {
    const rules = compileRuleSet(BUILT_IN_RULE_SET);
    const listed = (kind: string) =>
      winter.expected
        .filter((v) => v.kind === kind)
        .map((v) => v.messageId)
        .sort();
    const found: Record<string, string[]> = { PROHIBITED_CONTENT: [], TEMPLATE_MISUSE: [] };
    const seen = new Set<string>();
    for (const e of winter.events) {
      if (e.type !== 'message.sent' || !e.payload.text || seen.has(e.id)) continue;
      seen.add(e.id);
      const category = e.payload.templateCategory?.toLowerCase() as
        'marketing' | 'utility' | 'authentication' | undefined;
      const kinds = new Set(
        classifyContent(rules, e.payload.text, { isTemplate: e.payload.isTemplate, templateCategory: category }).map(
          (f) => f.kind,
        ),
      );
      for (const kind of kinds) found[kind].push(e.messageId!);
    }
    expect(found.PROHIBITED_CONTENT.sort()).toEqual(listed('PROHIBITED_CONTENT'));
    expect(found.TEMPLATE_MISUSE.sort()).toEqual(listed('TEMPLATE_MISUSE'));
  });

  it('sends the promotional utility template only where TEMPLATE_MISUSE is listed', () => {
    const misuse = new Set(winter.expected.filter((v) => v.kind === 'TEMPLATE_MISUSE').map((v) => v.messageId));
    const misusedTemplates = new Set(winter.sim.world.templates.filter((t) => t.misuse).map((t) => t.name));
    const sends = winter.events.filter(
      (e) => e.type === 'message.sent' && e.payload.templateName && misusedTemplates.has(e.payload.templateName),
    );
    expect(sends.map((e) => e.messageId).sort()).toEqual([...misuse].sort());
  });

  it('plants OUTSIDE_WINDOW only where the platform has a customer service window', () => {
    const channels = new Set(winter.expected.filter((v) => v.kind === 'OUTSIDE_WINDOW').map((v) => v.channel));
    expect([...channels].every((c) => ['whatsapp', 'messenger', 'instagram'].includes(c))).toBe(true);
  });
});

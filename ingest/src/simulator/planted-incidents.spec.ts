import type { AccountQualityChangedEvent, CanonicalEvent, TemplateUpdatedEvent } from '@checkmark/schemas';
import { detectSpikes } from '@checkmark/schemas/analytics';
import type { IncidentPlan } from './incident-plan';
import { LocalClock } from './local-clock';
import { generateEvents } from './traffic-simulator';
import { DEMO_TIME_ZONE, SLOWEST_AGENT_ID } from './world';

const DAY = 86_400_000;
const DAYS = 42;
/** Mid-afternoon start, so the first and last local days are partial; the period crosses the March DST change. */
const START = Date.UTC(2026, 2, 2, 14);
const END = START + DAYS * DAY;

interface SupportTruth {
  conversationActions: Record<string, number>;
  agentReplies: { total: number; outsideBusinessHours: number };
  firstResponseByAgent: Record<string, { count: number; medianMs: number; medianBusinessMs: number }>;
  firstResponseSla: { byDateAndTeam: Record<string, Record<string, { measured: number; within: number }>> };
  npsWeeks: Record<string, { answers: number; promoters: number; detractors: number }>;
  complaintDays: Record<string, { complaints: number; delivered: number }>;
}

function simulate(seed: number) {
  const sim = generateEvents({ seed, days: DAYS, events: 120_000, startMs: START, tenantId: 'tenant-a' });
  const events: CanonicalEvent[] = [];
  const seen = new Set<string>();
  for (const e of sim) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    events.push(e);
  }
  const json = sim.truth.toJSON() as {
    support: SupportTruth;
    incidents: { complaintSpikeBlast: { templateName: string } };
  };
  return { sim, events, plan: sim.incidents, support: json.support, blast: json.incidents.complaintSpikeBlast };
}

const local = new LocalClock(DEMO_TIME_ZONE);
const nps = (w: { answers: number; promoters: number; detractors: number }) =>
  (100 * (w.promoters - w.detractors)) / w.answers;

describe('planted support and account-health incidents', () => {
  const run = simulate(3);
  const { plan, events, support } = run;
  const [de, ua, pl] = run.sim.world.accountsByChannel.whatsapp;
  const qualityOf = (accountId: string) =>
    events.filter(
      (e): e is AccountQualityChangedEvent => e.type === 'account.quality_changed' && e.accountId === accountId,
    );

  it('plans every incident on whole local days inside the last 30 days of the period, the same for the same inputs', () => {
    expect(plan.completeDates[0]).toBe('2026-03-03');
    expect(plan.completeDates[plan.completeDates.length - 1]).toBe('2026-04-12');
    const instants = [
      ...plan.health.map((h) => h.at),
      plan.complaintSpike!.at,
      plan.npsDrop!.from,
      ...plan.slaBacklog.dates.map((d) => local.startOf(d)),
    ];
    for (const at of instants) expect(END - at).toBeLessThan(30 * DAY);
    for (const h of plan.health) expect(local.date(h.at)).toBe(h.date);
    expect(plan.health.map((h) => [h.kind, h.date, h.accountId])).toEqual([
      ['RESTRICTED', '2026-03-20', pl.id],
      ['RESTRICTION_LIFTED', '2026-03-21', pl.id],
      ['UPGRADE', '2026-03-25', pl.id],
      ['FLAGGED', '2026-04-02', ua.id],
      ['TEMPLATE_PAUSED', '2026-04-02', ua.id],
      ['DOWNGRADE', '2026-04-09', ua.id],
      ['UNFLAGGED', '2026-04-10', ua.id],
    ]);
    // The spike has at least 7 whole days before it (the detector's minimum history).
    expect(plan.completeDates.indexOf(plan.complaintSpike!.date)).toBeGreaterThanOrEqual(8);
    expect(plan.complaintSpike).toMatchObject({ date: '2026-04-01', accountId: ua.id });
    expect(plan.npsDrop).toMatchObject({ weekStart: '2026-04-06' });
    expect(local.at(plan.npsDrop!.from)).toEqual({ date: '2026-04-06', hour: 0, dayOfWeek: 1 });
    expect(plan.npsDrop!.to - plan.npsDrop!.from).toBe(7 * DAY);
    expect(plan.slaBacklog).toMatchObject({ teamId: 'team_billing', dates: ['2026-03-30', '2026-04-07'] });
    for (const date of plan.slaBacklog.dates)
      expect(local.at(local.startOf(date) + 12 * 3_600_000).dayOfWeek).toBeLessThan(6);
    expect(simulate(3).plan).toEqual(plan);
  });

  it('sizes the blast to the traffic, and leaves out what does not fit a short period', () => {
    expect(plan.complaintSpike!.recipients).toBe(120);
    expect(generateEvents({ days: 14, events: 3000, startMs: START }).incidents.complaintSpike!.recipients).toBe(11);
    expect(generateEvents({ days: 12, events: 1_200_000, startMs: START }).incidents.complaintSpike!.recipients).toBe(
      400,
    );
    const short: IncidentPlan = generateEvents({ days: 7, events: 10, startMs: START }).incidents;
    expect(short.complaintSpike).toBeNull();
    expect(short.npsDrop).toBeNull();
    expect(short.health).toEqual([]);
  });

  it('emits the scripted number history exactly: restriction, upgrade, flag, downgrade, unflag, nothing else', () => {
    const shape = (e: AccountQualityChangedEvent) => [
      local.date(Date.parse(e.occurredAt)),
      e.payload.status,
      e.payload.qualityRating,
      e.payload.event ?? null,
      e.payload.messagingLimit,
      e.payload.previousLimit ?? null,
    ];
    expect(qualityOf(pl.id).map(shape)).toEqual([
      ['2026-03-02', 'CONNECTED', 'UNKNOWN', 'ONBOARDING', 'TIER_250', 'TIER_NOT_SET'],
      ['2026-03-20', 'RESTRICTED', 'GREEN', null, 'TIER_250', null],
      ['2026-03-21', 'CONNECTED', 'GREEN', null, 'TIER_250', null],
      ['2026-03-25', 'CONNECTED', 'GREEN', 'UPGRADE', 'TIER_1K', 'TIER_250'],
    ]);
    expect(qualityOf(ua.id).map(shape)).toEqual([
      ['2026-03-02', 'CONNECTED', 'GREEN', null, 'TIER_1K', null],
      ['2026-04-02', 'FLAGGED', 'RED', 'FLAGGED', 'TIER_1K', null],
      ['2026-04-09', 'CONNECTED', 'RED', 'DOWNGRADE', 'TIER_250', 'TIER_1K'],
      ['2026-04-10', 'CONNECTED', 'YELLOW', 'UNFLAGGED', 'TIER_250', null],
    ]);
    // The other number keeps the platform's own daily logic, with a known status to start from.
    expect(qualityOf(de.id)[0].payload).toMatchObject({ qualityRating: 'GREEN', status: 'CONNECTED' });
  });

  it('pauses the blast template the morning after the spike and reinstates it hours later', () => {
    const incident = plan.health.find((h) => h.kind === 'TEMPLATE_PAUSED')!;
    const changes = events.filter(
      (e): e is TemplateUpdatedEvent =>
        e.type === 'template.updated' &&
        e.accountId === ua.wabaId &&
        e.payload.templateName === run.blast.templateName &&
        Date.parse(e.occurredAt) >= incident.at,
    );
    expect(changes[0]).toMatchObject({
      occurredAt: new Date(incident.at).toISOString(),
      payload: { status: 'PAUSED' },
    });
    const reinstated = changes.find((e) => e.payload.status === 'REINSTATED')!;
    expect([3, 6]).toContain((Date.parse(reinstated.occurredAt) - incident.at) / 3_600_000);
  });

  it('makes the spike day the only one the reference detector flags in the last 30 days, far above its limit', () => {
    const series = Object.entries(support.complaintDays)
      .map(([date, d]) => ({ date, ...d }))
      .sort((a, b) => a.date.localeCompare(b.date));
    const judged = detectSpikes(series);
    const recent = judged.filter((d) => Date.parse(`${d.date}T00:00:00Z`) > END - 30 * DAY);
    expect(recent.filter((d) => d.spike).map((d) => d.date)).toEqual(['2026-04-01']);
    const spike = judged.find((d) => d.date === '2026-04-01')!;
    expect(spike.rate!).toBeGreaterThan(2 * spike.limit!);
    // Its complaints are the blast's: on the spike number, naming the blast's template.
    const complaints = events.filter(
      (e) => e.type === 'complaint.recorded' && local.date(Date.parse(e.occurredAt)) === '2026-04-01',
    );
    const fromBlast = complaints.filter(
      (e) =>
        e.type === 'complaint.recorded' && e.accountId === ua.id && e.payload.templateName === run.blast.templateName,
    );
    expect(fromBlast.length).toBeGreaterThan(complaints.length / 2);
  });

  it('makes one agent clearly the slowest in business time, and slower in calendar time than all but the backlog team', () => {
    const byAgent = Object.entries(support.firstResponseByAgent);
    const [first, second] = [...byAgent].sort((a, b) => b[1].medianBusinessMs - a[1].medianBusinessMs);
    expect(first[0]).toBe(SLOWEST_AGENT_ID);
    expect(first[1].medianBusinessMs).toBeGreaterThan(2 * second[1].medianBusinessMs);
    // Calendar medians include overnight waits for everyone; the backlog days push the billing team's up too.
    const billing = new Set(run.sim.world.agents.filter((a) => a.teamId === 'team_billing').map((a) => a.id));
    const tom = support.firstResponseByAgent[SLOWEST_AGENT_ID].medianMs;
    for (const [id, r] of byAgent)
      if (id !== SLOWEST_AGENT_ID && !billing.has(id)) expect([id, r.medianMs < tom]).toEqual([id, true]);
    // A part-timer: about half the conversations of a team mate.
    expect(support.firstResponseByAgent[SLOWEST_AGENT_ID].count).toBeLessThan(
      0.7 * support.firstResponseByAgent.agent_oleh.count,
    );
  });

  it('makes the billing team miss a 15-minute first response on its backlog days only', () => {
    const attainment = (date: string, team: string) => {
      const s = support.firstResponseSla.byDateAndTeam[date]?.[team];
      return s && s.measured >= 5 ? s.within / s.measured : null;
    };
    for (const date of plan.slaBacklog.dates) expect(attainment(date, 'team_billing')).toBeLessThan(0.5);
    for (const date of plan.completeDates) {
      for (const team of ['team_support', 'team_sales', 'team_billing']) {
        if (team === 'team_billing' && plan.slaBacklog.dates.includes(date)) continue;
        const value = attainment(date, team);
        if (value !== null) expect([date, team, value >= 0.6]).toEqual([date, team, true]);
      }
    }
  });

  it('drops NPS in the planted week by far more than any other week-to-week change', () => {
    const weeks = Object.entries(support.npsWeeks)
      .filter(([week]) => plan.completeDates.includes(week) && plan.completeDates.includes(LocalClock.addDays(week, 6)))
      .sort(([a], [b]) => a.localeCompare(b));
    const drops = weeks.slice(1).map(([week, w], i) => [week, nps(weeks[i][1]) - nps(w)] as const);
    const planted = drops.find(([week]) => week === plan.npsDrop!.weekStart)!;
    expect(planted[1]).toBeGreaterThan(50);
    for (const [week, drop] of drops) if (week !== planted[0]) expect([week, drop < 30]).toEqual([week, true]);
  });

  it('hands conversations from bots to agents, reopens some and answers a few after hours', () => {
    const actions = support.conversationActions;
    expect(actions.bot_handoff).toBeGreaterThan(0.3 * actions.opened);
    expect(actions.reopened).toBeGreaterThan(0.02 * actions.opened);
    const share = support.agentReplies.outsideBusinessHours / support.agentReplies.total;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.2);
    // A reopened conversation was resolved before, and an agent answers after it reopened.
    const reopened = events.filter((e) => e.type === 'conversation.updated' && e.payload.action === 'reopened');
    for (const r of reopened.slice(0, 50)) {
      const same = events.filter((e) => 'conversationId' in e && e.conversationId === r.conversationId);
      const at = Date.parse(r.occurredAt);
      expect(
        same.some(
          (e) => e.type === 'conversation.updated' && e.payload.action === 'resolved' && Date.parse(e.occurredAt) < at,
        ),
      ).toBe(true);
      expect(
        same.some(
          (e) => e.type === 'message.sent' && e.payload.sender.kind === 'agent' && Date.parse(e.occurredAt) > at,
        ),
      ).toBe(true);
    }
  });
});

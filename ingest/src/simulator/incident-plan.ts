import { LocalClock } from './local-clock';
import { SLOWEST_AGENT_ID, type World } from './world';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Scripted changes of a WhatsApp number's platform status, or of one of its templates. */
export type HealthIncidentKind =
  'RESTRICTED' | 'RESTRICTION_LIFTED' | 'UPGRADE' | 'FLAGGED' | 'TEMPLATE_PAUSED' | 'DOWNGRADE' | 'UNFLAGGED';

export interface HealthIncident {
  kind: HealthIncidentKind;
  /** When the platform reports it. */
  at: number;
  /** Local date (tenant zone) of `at`. */
  date: string;
  /** WhatsApp phone number id; TEMPLATE_PAUSED pauses the template the complaint-spike blast used. */
  accountId: string;
}

/**
 * The support and account-health incidents the demo plants, fixed by the period alone (not by traffic), on
 * whole local days of the tenant's zone, and placed in the last weeks of the period so that alerts, which
 * look back 30 days on their first evaluation, find them right after the demo is seeded.
 */
export interface IncidentPlan {
  timeZone: string;
  /** Local dates wholly inside the period, oldest first. */
  completeDates: string[];
  slowestAgentId: string;
  /** Weekdays on which the billing team is swamped (more chats go to it, its agents answer far slower): SLA missed. */
  slaBacklog: { teamId: string; dates: string[]; delayFactor: number };
  /** A marketing blast re-sent by mistake from one number to a stale segment: most of a day's complaints. */
  complaintSpike: {
    date: string;
    at: number;
    accountId: string;
    campaignId: string;
    recipients: number;
    complaintChance: number;
  } | null;
  /** A local ISO week (Monday first) in which customers are much less satisfied than in the week before. */
  npsDrop: { weekStart: string; from: number; to: number; moodDrop: number } | null;
  /** Number restricted then lifted, tier upgrade; after the spike: flagged, template paused, downgrade, unflagged. */
  health: HealthIncident[];
}

/**
 * Recipients of the complaint-spike blast. At least 120 once the traffic is large enough (1,000 events a day), so
 * the day reaches the 100 delivered business-initiated messages a spike needs to be judged at all; a tiny demo
 * gets a blast in proportion, which keeps it from crowding out the rest of its traffic.
 */
function blastRecipients(eventsPerDay: number): number {
  if (eventsPerDay < 1000) return Math.max(10, Math.round(eventsPerDay * 0.05));
  return Math.min(400, Math.max(120, Math.round(eventsPerDay * 0.03)));
}

/** The local dates that lie wholly inside [startMs, endMs). */
function completeDates(clock: LocalClock, startMs: number, endMs: number): string[] {
  const dates: string[] = [];
  let date = clock.date(startMs);
  if (clock.startOf(date) < startMs) date = LocalClock.addDays(date, 1);
  for (; clock.startOf(LocalClock.addDays(date, 1)) <= endMs; date = LocalClock.addDays(date, 1)) dates.push(date);
  return dates;
}

export function planIncidents(
  world: World,
  options: { startMs: number; days: number; events: number },
  clock: LocalClock,
): IncidentPlan {
  const dates = completeDates(clock, options.startMs, options.startMs + options.days * DAY);
  const n = dates.length;
  const at = (index: number, hour: number) => clock.startOf(dates[index]) + hour * HOUR;
  const dayOfWeek = (index: number) => clock.at(at(index, 12)).dayOfWeek;
  const firstWeekday = (from: number) => {
    for (let i = Math.max(0, from); i < n; i++) if (dayOfWeek(i) <= 5) return i;
    return -1;
  };
  const [, ua, pl] = world.accountsByChannel.whatsapp;
  const health: HealthIncident[] = [];
  const add = (kind: HealthIncidentKind, index: number, hour: number, accountId: string) => {
    if (index < 0 || index >= n) return;
    health.push({ kind, at: at(index, hour), date: dates[index], accountId });
  };

  // The lowest-tier number hits its 24 h limit, is lifted the next day and upgraded a few days later.
  const restricted = Math.max(1, n - 24);
  if (restricted + 5 < n) {
    add('RESTRICTED', restricted, 15, pl.id);
    add('RESTRICTION_LIFTED', restricted + 1, 15, pl.id);
    add('UPGRADE', restricted + 5, 4, pl.id);
  }

  // The spike needs 7 judged days of history before it (the detector's minimum) and a day after it.
  const spikeIndex = Math.max(8, n - 12);
  const blast = world.campaigns.find((c) => c.id === 'cmp_wa_flash_blast')!;
  let complaintSpike: IncidentPlan['complaintSpike'] = null;
  if (spikeIndex + 1 < n) {
    complaintSpike = {
      date: dates[spikeIndex],
      at: at(spikeIndex, 10),
      accountId: ua.id,
      campaignId: blast.id,
      recipients: blastRecipients(options.events / options.days),
      complaintChance: 0.3,
    };
    // The platform reacts the next morning: the number is flagged and the blast's template paused.
    add('FLAGGED', spikeIndex + 1, 3, ua.id);
    add('TEMPLATE_PAUSED', spikeIndex + 1, 4, ua.id);
    const downgrade = Math.min(spikeIndex + 8, n - 1);
    if (downgrade > spikeIndex + 1) {
      add('DOWNGRADE', downgrade, 3, ua.id);
      add('UNFLAGGED', downgrade + 1, 3, ua.id);
    }
  }

  const first = firstWeekday(Math.max(1, n - 16));
  const second = first < 0 ? -1 : firstWeekday(Math.max(first + 3, n - 6));
  const backlog = [first, second].filter((i) => i >= 0 && i < n).map((i) => dates[i]);

  // The latest local week inside the period that has a whole week of answers before it.
  let npsDrop: IncidentPlan['npsDrop'] = null;
  for (let monday = n - 7; monday >= 7; monday--) {
    if (dayOfWeek(monday) !== 1) continue;
    npsDrop = {
      weekStart: dates[monday],
      from: clock.startOf(dates[monday]),
      to: clock.startOf(LocalClock.addDays(dates[monday], 7)),
      moodDrop: 0.35,
    };
    break;
  }

  return {
    timeZone: clock.timeZone,
    completeDates: dates,
    slowestAgentId: SLOWEST_AGENT_ID,
    slaBacklog: { teamId: 'team_billing', dates: backlog, delayFactor: 30 },
    complaintSpike,
    npsDrop,
    health: health.sort((a, b) => a.at - b.at),
  };
}

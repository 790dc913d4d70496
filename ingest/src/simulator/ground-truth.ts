import type { CanonicalEvent } from '@checkmark/schemas';
import { VIOLATION_KINDS, type ViolationKind } from '@checkmark/schemas/compliance';
import {
  businessMilliseconds,
  compileBusinessCalendar,
  type CompiledBusinessCalendar,
} from '@checkmark/schemas/analytics';
import type { IncidentPlan } from './incident-plan';
import { isBusinessHour } from './business-hours';
import { LocalClock } from './local-clock';
import type { SimulatorOptions } from './simulator-options';
import type { ProhibitedCategory, ProhibitedLanguage } from './texts';
import { COUNTRIES, DEMO_BUSINESS_HOURS, DEMO_SLA_TARGETS, type World } from './world';

export { VIOLATION_KINDS, type ViolationKind };

/** Marks an event as a planted (or, for platform enforcement, platform-reported) violation. */
export interface PlantTag {
  kind: ViolationKind;
  language?: ProhibitedLanguage;
  category?: ProhibitedCategory;
  /** Platform enforcement: ACCOUNT_VIOLATION, DISABLED_UPDATE, TEMPLATE_PAUSED, TEMPLATE_DISABLED, FLAGGED. */
  enforcement?: string;
  planted: boolean;
}

/**
 * One violation the compliance rules must find in the simulated traffic (docs/compliance.md), identified as the
 * detection engine keys it: `${kind}:${messageId}` for message kinds, `${kind}:${eventId}` for PLATFORM_ENFORCEMENT.
 * Ids are those stored when the canonical events go through the pipeline as emitted (events API, NDJSON, Kafka);
 * the WhatsApp webhook path names events by the webhook instead (wa:…), message ids are the same on both.
 */
export interface ExpectedViolation {
  kind: ViolationKind;
  key: string;
  messageId: string | null;
  eventId: string | null;
  /** Raw provider contact id (the pipeline pseudonymises it); null for account and template events. */
  contact: string | null;
  channel: string;
  accountId: string;
  occurredAt: string;
  /** False for the platform's own enforcement that the simulation's quality logic produced. */
  planted: boolean;
}

type Counter = Record<string, number>;

/** What the simulator knows about one conversation's first human response (as it planned it). */
export interface FirstResponseFact {
  /** First customer message, or the bot hand-off when a bot answered first (DOMAIN.md §3). */
  fromMs: number;
  /** First human agent reply. */
  replyMs: number;
  /** First customer message: the conversation's local date. */
  startedMs: number;
  agentId: string;
  teamId: string;
}

interface AgentResponses {
  calendarMs: number[];
  businessMs: number[];
}

const FIRST_RESPONSE_TARGET = DEMO_SLA_TARGETS.find((t) => t.kind === 'FIRST_RESPONSE')!;

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function inc(counter: Counter, key: string, by = 1): void {
  counter[key] = (counter[key] ?? 0) + by;
}

/**
 * What the simulator emitted and planted, counted as it goes, so tests and the demo can check the pipeline and
 * the compliance rules against known numbers. Violation counts are per emitted event (duplicates excluded).
 */
export class GroundTruth {
  lines = 0;
  duplicates = 0;
  outOfOrder = 0;
  readonly byType: Counter = {};
  readonly byChannel: Counter = {};
  readonly byChannelAndType: Record<string, Counter> = {};
  readonly statusesByChannel: Record<string, Counter> = {};
  readonly errorCodes: Counter = {};
  readonly violations: Counter = {};
  readonly plantedViolations: Counter = {};
  /** Every violation in emission order: clean traffic has none but these. */
  readonly expectedViolations: ExpectedViolation[] = [];
  readonly prohibitedByLanguage: Counter = {};
  readonly prohibitedByCategory: Counter = {};
  readonly platformEnforcement: Counter = {};
  readonly complaintsByKind: Counter = {};
  readonly complaintsByCampaign: Counter = {};
  readonly consent: Record<'opt_in' | 'opt_out', Counter> = { opt_in: {}, opt_out: {} };
  readonly sentByCampaign: Counter = {};
  readonly sentByTemplateCategory: Counter = {};
  readonly conversions = { count: 0, byCampaign: {} as Counter, revenueByCurrency: {} as Counter };
  readonly surveys = {
    nps: { answers: 0, promoters: 0, passives: 0, detractors: 0 },
    csat: { answers: 0, satisfied: 0 },
  };
  readonly qualityEvents: Counter = {};
  readonly templateStatuses: Counter = {};
  /** conversation.updated actions (bot_handoff, reopened, …). */
  readonly conversationActions: Counter = {};
  readonly agentReplies = { total: 0, outsideBusinessHours: 0 };
  /** Per tenant-local date: complaints, and delivered business-initiated messages (templates, campaign sends). */
  readonly complaintDays: Record<string, { complaints: number; delivered: number }> = {};
  /** Per tenant-local week (its Monday): NPS answers. */
  readonly npsWeeks: Record<string, { answers: number; promoters: number; passives: number; detractors: number }> = {};
  /** Per tenant-local date and team: conversations whose first response was measured, and those within target. */
  readonly firstResponseSla: Record<string, Record<string, { measured: number; within: number }>> = {};
  readonly complaintSpikeBlast: { templateName: string | undefined; sent: number; complaints: number } = {
    templateName: undefined,
    sent: 0,
    complaints: 0,
  };
  private readonly agentResponses = new Map<string, AgentResponses>();
  /** Business-initiated messages on channels with delivery receipts, until delivered or failed: their sent date. */
  private readonly pendingDelivery = new Map<string, string>();
  private readonly calendar: CompiledBusinessCalendar;
  firstOccurredAt: string | undefined;
  lastOccurredAt: string | undefined;

  constructor(
    private readonly world: World,
    private readonly options: SimulatorOptions,
    readonly plan: IncidentPlan,
    private readonly clock: LocalClock,
  ) {
    for (const k of VIOLATION_KINDS) {
      this.violations[k] = 0;
      this.plantedViolations[k] = 0;
    }
    this.calendar = compileBusinessCalendar({
      timeZone: clock.timeZone,
      intervals: DEMO_BUSINESS_HOURS,
      holidays: [],
    });
  }

  /** Called by the simulator when it schedules a conversation's first human reply. */
  firstResponse(fact: FirstResponseFact): void {
    const calendarMs = fact.replyMs - fact.fromMs;
    const businessMs = businessMilliseconds(fact.fromMs, fact.replyMs, this.calendar);
    let responses = this.agentResponses.get(fact.agentId);
    if (!responses) this.agentResponses.set(fact.agentId, (responses = { calendarMs: [], businessMs: [] }));
    responses.calendarMs.push(calendarMs);
    responses.businessMs.push(businessMs);
    const byTeam = (this.firstResponseSla[this.clock.date(fact.startedMs)] ??= {});
    const sla = (byTeam[fact.teamId] ??= { measured: 0, within: 0 });
    sla.measured++;
    if (businessMs <= FIRST_RESPONSE_TARGET.minutes * 60_000) sla.within++;
  }

  /** Median first response per agent, calendar and business time, and how many were measured. */
  firstResponseByAgent(): Record<string, { count: number; medianMs: number | null; medianBusinessMs: number | null }> {
    const out: Record<string, { count: number; medianMs: number | null; medianBusinessMs: number | null }> = {};
    for (const [agentId, r] of this.agentResponses) {
      out[agentId] = {
        count: r.calendarMs.length,
        medianMs: median(r.calendarMs),
        medianBusinessMs: median(r.businessMs),
      };
    }
    return out;
  }

  /** The local Monday of an instant's week. */
  private weekOf(ms: number): string {
    const local = this.clock.at(ms);
    return LocalClock.addDays(local.date, 1 - local.dayOfWeek);
  }

  private recordSupport(e: CanonicalEvent): void {
    const ms = Date.parse(e.occurredAt);
    switch (e.type) {
      case 'conversation.updated':
        inc(this.conversationActions, e.payload.action);
        break;
      case 'message.sent': {
        if (e.payload.sender.kind === 'agent') {
          this.agentReplies.total++;
          if (!isBusinessHour(this.clock.at(ms))) this.agentReplies.outsideBusinessHours++;
        }
        if ((e.payload.isTemplate || e.payload.campaignId) && e.channel !== 'telegram' && e.messageId)
          this.pendingDelivery.set(e.messageId, this.clock.date(ms));
        break;
      }
      case 'message.status': {
        const status = e.payload.status;
        if (status !== 'delivered' && status !== 'read' && status !== 'failed') break;
        const date = e.messageId ? this.pendingDelivery.get(e.messageId) : undefined;
        if (date === undefined) break;
        this.pendingDelivery.delete(e.messageId!);
        if (status !== 'failed') (this.complaintDays[date] ??= { complaints: 0, delivered: 0 }).delivered++;
        break;
      }
      case 'complaint.recorded':
        (this.complaintDays[this.clock.date(ms)] ??= { complaints: 0, delivered: 0 }).complaints++;
        break;
      case 'survey.answered': {
        if (e.payload.survey !== 'nps') break;
        const week = (this.npsWeeks[this.weekOf(ms)] ??= { answers: 0, promoters: 0, passives: 0, detractors: 0 });
        week.answers++;
        if (e.payload.score >= 9) week.promoters++;
        else if (e.payload.score >= 7) week.passives++;
        else week.detractors++;
        break;
      }
      default:
        break;
    }
  }

  record(e: CanonicalEvent, tag: PlantTag | undefined, duplicate: boolean): void {
    this.lines++;
    if (duplicate) {
      this.duplicates++;
      return;
    }
    inc(this.byType, e.type);
    inc(this.byChannel, e.channel);
    this.recordSupport(e);
    (this.byChannelAndType[e.channel] ??= {})[e.type] = (this.byChannelAndType[e.channel][e.type] ?? 0) + 1;
    if (this.firstOccurredAt === undefined || e.occurredAt < this.firstOccurredAt) this.firstOccurredAt = e.occurredAt;
    if (this.lastOccurredAt === undefined || e.occurredAt > this.lastOccurredAt) this.lastOccurredAt = e.occurredAt;
    switch (e.type) {
      case 'message.status': {
        inc((this.statusesByChannel[e.channel] ??= {}), e.payload.status);
        if (e.payload.errorCode !== undefined) inc(this.errorCodes, String(e.payload.errorCode));
        break;
      }
      case 'message.sent':
        if (e.payload.campaignId) inc(this.sentByCampaign, e.payload.campaignId);
        inc(this.sentByTemplateCategory, e.payload.templateCategory ? String(e.payload.templateCategory) : 'free_form');
        break;
      case 'complaint.recorded':
        inc(this.complaintsByKind, e.payload.kind);
        if (e.payload.campaignId) inc(this.complaintsByCampaign, e.payload.campaignId);
        break;
      case 'consent.updated':
        inc(this.consent[e.payload.action], e.payload.method);
        break;
      case 'conversion.recorded': {
        this.conversions.count++;
        const token = e.payload.attributionToken ?? '';
        const campaign = token.startsWith('cmp_') ? token.split(':')[0] : undefined;
        if (campaign) inc(this.conversions.byCampaign, campaign);
        if (e.payload.currency && e.payload.value !== undefined) {
          const sum = (this.conversions.revenueByCurrency[e.payload.currency] ?? 0) + e.payload.value;
          this.conversions.revenueByCurrency[e.payload.currency] = Math.round(sum * 100) / 100;
        }
        break;
      }
      case 'survey.answered':
        if (e.payload.survey === 'nps') {
          const s = this.surveys.nps;
          s.answers++;
          if (e.payload.score >= 9) s.promoters++;
          else if (e.payload.score >= 7) s.passives++;
          else s.detractors++;
        } else {
          this.surveys.csat.answers++;
          if (e.payload.score >= 4) this.surveys.csat.satisfied++;
        }
        break;
      case 'account.quality_changed':
        inc(this.qualityEvents, e.payload.event ?? e.payload.status ?? 'other');
        break;
      case 'template.updated':
        if (e.payload.status) inc(this.templateStatuses, e.payload.status);
        break;
      default:
        break;
    }
    if (tag) {
      this.expect(e, tag);
      inc(this.violations, tag.kind);
      if (tag.planted) inc(this.plantedViolations, tag.kind);
      if (tag.language) inc(this.prohibitedByLanguage, tag.language);
      if (tag.category) inc(this.prohibitedByCategory, tag.category);
      if (tag.enforcement) inc(this.platformEnforcement, tag.enforcement);
    }
  }

  private expect(e: CanonicalEvent, tag: PlantTag): void {
    const byMessage = tag.kind !== 'PLATFORM_ENFORCEMENT';
    const messageId = byMessage ? (e.messageId ?? null) : null;
    const eventId = byMessage ? null : e.id;
    this.expectedViolations.push({
      kind: tag.kind,
      key: `${tag.kind}:${messageId ?? eventId}`,
      messageId,
      eventId,
      contact: 'contactId' in e ? (e.contactId ?? null) : null,
      channel: e.channel,
      accountId: e.accountId ?? '',
      occurredAt: e.occurredAt,
      planted: tag.planted,
    });
  }

  /** The JSON document written by `--truth`. */
  toJSON(): Record<string, unknown> {
    const { world, options } = this;
    const nps = this.surveys.nps;
    return {
      generator: 'checkmark-simulator',
      options: {
        seed: options.seed,
        days: options.days,
        start: new Date(options.startMs).toISOString(),
        events: options.events,
        contacts: options.contacts,
        tenantId: options.tenantId,
        duplicateRate: options.duplicateRate,
        outOfOrderRate: options.outOfOrderRate,
        violationEvery: options.violationEvery,
      },
      rules: {
        customerServiceWindowHours: 24,
        frequencyCap: { maxMarketingMessages: options.frequencyCapMax, windowHours: 24 },
        quietHours: {
          startLocal: '21:00',
          endLocal: '08:00',
          normalMarketingLocalHours: '10:00-19:00',
          plantedLocalHours: '23:00-04:30',
          contactTimeZone:
            "principal zone of the country read from a phone-number contact id, else the tenant's zone (" +
            `${this.clock.timeZone})`,
        },
        platformEnforcementEvents:
          'account.policy_alert; template.updated with status PAUSED or DISABLED; account.quality_changed with status FLAGGED or RESTRICTED or event FLAGGED or DOWNGRADE',
        notes: [
          'The rules are those of docs/compliance.md with the default settings (frequency cap as above).',
          'Each planted message breaks exactly one rule, of its kind; violations.list is every violation the rules find, planted or the platform’s own.',
          'Every template is business-initiated and goes only to contacts with consent for its purpose; every free-form business message is within 24 h of a customer message on that account unless planted as OUTSIDE_WINDOW (WhatsApp, Messenger, Instagram only).',
          'Marketing goes out between 10:00 and 19:00 on the contact clock quiet hours use, at most once a day per contact, never after an opt-out or block.',
          'Contacts are raw provider ids; the pipeline pseudonymises them.',
        ],
      },
      counts: {
        lines: this.lines,
        uniqueEvents: this.lines - this.duplicates,
        duplicates: this.duplicates,
        outOfOrderDeliveries: this.outOfOrder,
        firstOccurredAt: this.firstOccurredAt,
        lastOccurredAt: this.lastOccurredAt,
        byType: this.byType,
        byChannel: this.byChannel,
        byChannelAndType: this.byChannelAndType,
        statusesByChannel: this.statusesByChannel,
        errorCodes: this.errorCodes,
        sentByCampaign: this.sentByCampaign,
        sentByTemplateCategory: this.sentByTemplateCategory,
        complaintsByKind: this.complaintsByKind,
        complaintsByCampaign: this.complaintsByCampaign,
        consent: this.consent,
        conversions: this.conversions,
        surveys: {
          nps: {
            ...nps,
            score: nps.answers ? Math.round(((nps.promoters - nps.detractors) / nps.answers) * 1000) / 10 : null,
          },
          csat: {
            ...this.surveys.csat,
            percent: this.surveys.csat.answers
              ? Math.round((this.surveys.csat.satisfied / this.surveys.csat.answers) * 1000) / 10
              : null,
          },
        },
        qualityEvents: this.qualityEvents,
        templateStatuses: this.templateStatuses,
      },
      support: {
        conversationActions: this.conversationActions,
        agentReplies: this.agentReplies,
        firstResponseByAgent: this.firstResponseByAgent(),
        firstResponseSla: { target: FIRST_RESPONSE_TARGET, byDateAndTeam: this.firstResponseSla },
        npsWeeks: this.npsWeeks,
        complaintDays: this.complaintDays,
      },
      incidents: {
        ...this.plan,
        complaintSpikeBlast: this.complaintSpikeBlast,
      },
      violations: {
        total: this.violations,
        planted: this.plantedViolations,
        prohibitedByLanguage: this.prohibitedByLanguage,
        prohibitedByCategory: this.prohibitedByCategory,
        platformEnforcement: this.platformEnforcement,
        list: this.expectedViolations,
      },
      catalog: {
        tenantId: options.tenantId,
        accounts: world.accounts,
        teams: world.teams,
        agents: world.agents,
        bots: world.bots,
        templates: world.templates,
        campaigns: world.campaigns,
        countries: COUNTRIES.map((c) => ({
          code: c.code,
          callingCode: c.callingCode,
          timeZone: c.timeZone,
          currency: c.currency,
          language: c.language,
        })),
      },
    };
  }
}

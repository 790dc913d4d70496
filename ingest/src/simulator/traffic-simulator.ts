import type {
  AccountPolicyAlertEvent,
  AccountQualityChangedEvent,
  CanonicalEvent,
  ComplaintRecordedEvent,
  ConsentUpdatedEvent,
  ConversationUpdatedEvent,
  ConversionRecordedEvent,
  MessageReceivedEvent,
  MessageSentEvent,
  MessageStatusEvent,
  MessagingLimit,
  SurveyAnsweredEvent,
  TemplateUpdatedEvent,
} from '@checkmark/schemas';
import { ContactTable, MARKETING_IN, MARKETING_OUT } from './contacts';
import { nextBusinessInstant } from './business-hours';
import { GroundTruth, VIOLATION_KINDS, type PlantTag, type ViolationKind } from './ground-truth';
import { planIncidents, type HealthIncident, type IncidentPlan } from './incident-plan';
import { LocalClock } from './local-clock';
import { Random } from './random';
import { resolveOptions, type SimulatorInput, type SimulatorOptions } from './simulator-options';
import { SimulatorError } from './simulator-error';
import {
  AGENT_REPLIES,
  BOT_GREETINGS,
  BOT_HANDOFF,
  CUSTOMER_FOLLOWUPS,
  CUSTOMER_OPENERS,
  FIRST_NAMES,
  FOLLOW_UP_TEXT,
  OPT_IN_TEXT,
  PROHIBITED_CATEGORIES,
  PROHIBITED_LANGUAGES,
  PROMO_PHRASES,
  SERVICE_OPT_IN_TEXT,
  STOP_KEYWORDS,
  SURVEY_COMMENTS,
  SURVEY_QUESTIONS,
  TEMPLATE_BODIES,
  prohibitedText,
  type Language,
} from './texts';
import { TrafficClock } from './traffic-clock';
import {
  buildWorld,
  DEMO_TIME_ZONE,
  TEMPLATE_LOCALES,
  type Agent,
  type Campaign,
  type SimAccount,
  type SimChannel,
  type Template,
  type World,
} from './world';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const PMP_FROM = Date.UTC(2025, 6, 1);
const FREE_UTILITY_UNTIL = Date.UTC(2026, 9, 1);
const SOURCE = 'simulator';
/** Share of replies due outside business hours that an agent sends anyway instead of at the next opening. */
const AFTER_HOURS_REPLY_SHARE = 0.15;

interface Entry {
  t: number;
  e: CanonicalEvent;
  tag?: PlantTag;
  dup?: boolean;
}

/** Read-receipt behaviour per channel: log-normal time to read, share of delivered messages read. */
const READ_PROFILE: Record<SimChannel, { median: number; sigma: number; share: number } | undefined> = {
  whatsapp: { median: 150 * SECOND, sigma: 1.8, share: 0.82 },
  messenger: { median: 90 * SECOND, sigma: 1.7, share: 0.78 },
  instagram: { median: 240 * SECOND, sigma: 1.8, share: 0.72 },
  viber: { median: 420 * SECOND, sigma: 1.9, share: 0.66 },
  vk: { median: 600 * SECOND, sigma: 1.9, share: 0.6 },
  email: { median: 90 * MINUTE, sigma: 1.6, share: 0.24 },
  telegram: undefined,
  sms: undefined,
};

/** Channels whose API reports an accepted ("sent") status before delivery. */
const REPORTS_SENT: Record<SimChannel, boolean> = {
  whatsapp: true,
  telegram: true,
  sms: true,
  email: true,
  viber: false,
  messenger: false,
  instagram: false,
  vk: false,
};
/** Channels with delivery receipts. */
const REPORTS_DELIVERED: Record<SimChannel, boolean> = {
  whatsapp: true,
  telegram: false,
  sms: true,
  email: true,
  viber: true,
  messenger: true,
  instagram: true,
  vk: true,
};

const UNDELIVERABLE: Record<SimChannel, { code: string; title: string; rate: number }> = {
  whatsapp: { code: '131026', title: 'Message undeliverable', rate: 0.015 },
  telegram: { code: '400', title: 'Bad Request: chat not found', rate: 0.005 },
  viber: { code: '6', title: 'receiverNotSubscribed', rate: 0.02 },
  messenger: { code: '551', title: 'This person isn’t available right now', rate: 0.01 },
  instagram: { code: '551', title: 'This person isn’t available right now', rate: 0.01 },
  vk: { code: '901', title: 'Can’t send messages for users without permission', rate: 0.01 },
  sms: { code: '30003', title: 'Unreachable destination handset', rate: 0.03 },
  email: { code: '550', title: 'Mailbox unavailable', rate: 0.02 },
};

const WA_ERRORS = {
  window: { code: '131047', title: 'Re-engagement message' },
  marketingCap: { code: '131049', title: 'This message was not delivered to maintain healthy ecosystem engagement.' },
  stopped: { code: '131050', title: 'User has stopped marketing messages from this business' },
  throughput: { code: '130429', title: 'Rate limit hit' },
  spam: { code: '131048', title: 'Spam rate limit hit' },
  paused: { code: '132015', title: 'Template is Paused' },
  disabled: { code: '132016', title: 'Template is Disabled' },
} as const;

const TIERS: MessagingLimit[] = ['TIER_250', 'TIER_1K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED'];
const TIER_SIZE = [250, 1000, 10_000, 100_000, Infinity];

type JourneyKind = 'support' | 'campaign_inbound' | 'broadcast' | 'utility' | 'authentication';
const JOURNEY_KINDS: JourneyKind[] = ['support', 'campaign_inbound', 'broadcast', 'utility', 'authentication'];
const JOURNEY_WEIGHTS = [0.3, 0.16, 0.3, 0.18, 0.06];

/** Per WhatsApp number: what the platform's quality and tier logic looks at. */
interface NumberHealth {
  account: SimAccount;
  tier: number;
  rating: 'GREEN' | 'YELLOW' | 'RED' | 'UNKNOWN';
  redDays: number;
  sends: Float64Array;
  complaints: Float64Array;
}

interface TemplateHealth {
  quality: 'GREEN' | 'YELLOW' | 'RED' | 'UNKNOWN';
  pauses: number;
  pausedUntil: number;
  disabled: boolean;
  sends: Float64Array;
  complaints: Float64Array;
}

interface SendResult {
  messageId: string;
  delivered: boolean;
  readAt: number | undefined;
  seenAt: number;
}

interface PricingContext {
  category: 'marketing' | 'utility' | 'authentication' | 'service';
  freeEntryPoint: boolean;
  insideWindow: boolean;
}

/**
 * Streams realistic multi-channel business-messaging traffic as canonical events, deterministically by seed.
 * Customer journeys (support chats, ad- and link-driven chats, broadcasts, notifications) are built one at a
 * time, in start-time order, and flushed; per-contact state keeps each contact's timeline consistent, so
 * consent, windows and caps hold except where a violation is planted (and counted in {@link GroundTruth}).
 */
export class TrafficSimulator implements Iterable<CanonicalEvent> {
  readonly options: SimulatorOptions;
  readonly world: World;
  readonly truth: GroundTruth;
  /** The support and account-health incidents planted in this run (also in the ground truth). */
  readonly incidents: IncidentPlan;
  private readonly contacts: ContactTable;
  private readonly localClock: LocalClock;
  /** Numbers whose platform status follows the incident plan instead of the daily quality logic. */
  private readonly scriptedNumbers: Set<string>;
  private healthCursor = 0;
  private spikeDone = false;
  private readonly rng: Random;
  private readonly clock: TrafficClock;
  private readonly numbers = new Map<string, NumberHealth>();
  private readonly templateHealth = new Map<string, TemplateHealth>();
  private buf: Entry[] = [];
  private seq = 0;
  private messageSeq = 0;
  private conversationSeq = 0;
  private orderSeq = 0;
  private journeys = 0;
  private plantCursor = 0;
  private prohibitedCursor = 0;
  private enforcementCursor = 0;
  private lastEnforcementDay = -1;
  private currentDay = 0;
  private started = false;
  private readonly seedHex: string;

  constructor(input: SimulatorInput = {}) {
    this.options = resolveOptions(input);
    const o = this.options;
    this.world = buildWorld(o.seed, o.startMs, o.days);
    this.contacts = new ContactTable(o.seed, o.contacts, this.world);
    this.rng = new Random(o.seed, 7);
    this.clock = new TrafficClock(o.startMs, o.days);
    this.localClock = new LocalClock(DEMO_TIME_ZONE);
    this.incidents = planIncidents(this.world, o, this.localClock);
    this.scriptedNumbers = new Set(this.incidents.health.map((h) => h.accountId));
    this.truth = new GroundTruth(this.world, o, this.incidents, this.localClock);
    this.seedHex = o.seed.toString(16).toUpperCase();
    for (const account of this.world.accountsByChannel.whatsapp) {
      this.numbers.set(account.id, {
        account,
        tier: Math.max(0, TIERS.indexOf(account.initialLimit ?? 'TIER_1K')),
        rating: 'GREEN',
        redDays: 0,
        sends: new Float64Array(o.days + 2),
        complaints: new Float64Array(o.days + 2),
      });
    }
    for (const account of this.world.accountsByChannel.whatsapp) {
      for (const t of this.world.templates) {
        const key = `${account.wabaId}:${t.name}`;
        if (!this.templateHealth.has(key)) {
          this.templateHealth.set(key, {
            quality: 'GREEN',
            pauses: 0,
            pausedUntil: -Infinity,
            disabled: false,
            sends: new Float64Array(o.days + 2),
            complaints: new Float64Array(o.days + 2),
          });
        }
      }
    }
  }

  *[Symbol.iterator](): Generator<CanonicalEvent, void, undefined> {
    if (this.started)
      throw new SimulatorError('SIMULATOR_ALREADY_RUN', 'a TrafficSimulator streams once; create a new one to replay');
    this.started = true;
    const target = this.options.events;
    let emitted = 0;
    this.prologue();
    // The simulated period ends at startMs + days: what a journey would do after it (late receipts, replies, survey
    // answers) has not happened yet, so a demo ending now holds no events from the future.
    const endMs = this.options.startMs + this.options.days * DAY;
    for (;;) {
      if (this.buf.length > 0) {
        this.buf = this.buf.filter((entry) => entry.t < endMs);
        this.perturb();
        for (const entry of this.buf) {
          if (emitted >= target) return;
          this.truth.record(entry.e, entry.tag, entry.dup === true);
          emitted++;
          yield entry.e;
        }
        this.buf = [];
      }
      if (emitted >= target) return;
      const t = Math.floor(this.clock.at(emitted / target) + this.rng.next() * MINUTE);
      const day = Math.floor((t - this.options.startMs) / DAY);
      while (this.currentDay < day) this.dailyTick(++this.currentDay);
      if (this.plantIncidents(t)) continue;
      this.journey(t);
    }
  }

  // ---------------------------------------------------------------- event factories

  private nextId(): string {
    return `sim:${this.options.seed}:${this.seq++}`;
  }

  private iso(t: number, channel: SimChannel): string {
    // WhatsApp webhooks carry whole seconds; keep the canonical view identical to what the webhook would say.
    return new Date(channel === 'whatsapp' ? Math.floor(t / SECOND) * SECOND : t).toISOString();
  }

  private newMessageId(channel: SimChannel): string {
    const n = (this.messageSeq++).toString(16).toUpperCase().padStart(10, '0');
    switch (channel) {
      case 'whatsapp':
        return `wamid.HBgL${this.seedHex}${n}`;
      case 'messenger':
      case 'instagram':
        return `m_${this.seedHex.toLowerCase()}${n.toLowerCase()}`;
      case 'email':
        return `<${this.seedHex.toLowerCase()}.${n.toLowerCase()}@mail.northwind.example>`;
      default:
        return `${channel}:${this.seedHex.toLowerCase()}:${n.toLowerCase()}`;
    }
  }

  private push(t: number, e: CanonicalEvent, tag?: PlantTag): void {
    this.buf.push(tag ? { t, e, tag } : { t, e });
  }

  private received(
    t: number,
    c: number,
    acc: SimAccount,
    conv: string | undefined,
    payload: MessageReceivedEvent['payload'],
  ): string {
    const messageId = this.newMessageId(acc.channel);
    const e: MessageReceivedEvent = {
      id: this.nextId(),
      type: 'message.received',
      tenantId: this.options.tenantId,
      occurredAt: this.iso(t, acc.channel),
      channel: acc.channel,
      accountId: acc.id,
      contactId: this.contacts.contactId(c),
      ...(conv ? { conversationId: conv } : {}),
      messageId,
      source: SOURCE,
      schemaVersion: 1,
      payload,
    };
    this.push(t, e);
    this.contacts.lastInboundMs[c] = t;
    return messageId;
  }

  private sent(
    t: number,
    c: number,
    acc: SimAccount,
    conv: string | undefined,
    payload: MessageSentEvent['payload'],
    tag?: PlantTag,
  ): string {
    const messageId = this.newMessageId(acc.channel);
    const e: MessageSentEvent = {
      id: this.nextId(),
      type: 'message.sent',
      tenantId: this.options.tenantId,
      occurredAt: this.iso(t, acc.channel),
      channel: acc.channel,
      accountId: acc.id,
      contactId: this.contacts.contactId(c),
      ...(conv ? { conversationId: conv } : {}),
      messageId,
      source: SOURCE,
      schemaVersion: 1,
      payload,
    };
    this.push(t, e, tag);
    return messageId;
  }

  private status(
    t: number,
    c: number,
    acc: SimAccount,
    messageId: string,
    payload: MessageStatusEvent['payload'],
  ): void {
    const e: MessageStatusEvent = {
      id: this.nextId(),
      type: 'message.status',
      tenantId: this.options.tenantId,
      occurredAt: this.iso(t, acc.channel),
      channel: acc.channel,
      accountId: acc.id,
      contactId: this.contacts.contactId(c),
      messageId,
      source: SOURCE,
      schemaVersion: 1,
      payload,
    };
    this.push(t, e);
  }

  private conversation(
    t: number,
    c: number,
    acc: SimAccount,
    conv: string,
    payload: ConversationUpdatedEvent['payload'],
  ): void {
    const e: ConversationUpdatedEvent = {
      id: this.nextId(),
      type: 'conversation.updated',
      tenantId: this.options.tenantId,
      occurredAt: this.iso(t, acc.channel),
      channel: acc.channel,
      accountId: acc.id,
      contactId: this.contacts.contactId(c),
      conversationId: conv,
      source: SOURCE,
      schemaVersion: 1,
      payload,
    };
    this.push(t, e);
  }

  private consentEvent(t: number, c: number, acc: SimAccount, payload: ConsentUpdatedEvent['payload']): void {
    const e: ConsentUpdatedEvent = {
      id: this.nextId(),
      type: 'consent.updated',
      tenantId: this.options.tenantId,
      occurredAt: this.iso(t, acc.channel),
      channel: acc.channel,
      accountId: acc.id,
      contactId: this.contacts.contactId(c),
      source: SOURCE,
      schemaVersion: 1,
      payload,
    };
    this.push(t, e);
  }

  private complaint(t: number, c: number, acc: SimAccount, payload: ComplaintRecordedEvent['payload']): void {
    const e: ComplaintRecordedEvent = {
      id: this.nextId(),
      type: 'complaint.recorded',
      tenantId: this.options.tenantId,
      occurredAt: this.iso(t, acc.channel),
      channel: acc.channel,
      accountId: acc.id,
      contactId: this.contacts.contactId(c),
      source: SOURCE,
      schemaVersion: 1,
      payload,
    };
    this.push(t, e);
    const health = this.numbers.get(acc.id);
    if (health) health.complaints[this.dayOf(t)] += 1;
    if (payload.templateName && acc.wabaId) {
      const th = this.templateHealth.get(`${acc.wabaId}:${payload.templateName}`);
      if (th) th.complaints[this.dayOf(t)] += 1;
    }
  }

  private survey(t: number, c: number, acc: SimAccount, conv: string, payload: SurveyAnsweredEvent['payload']): void {
    const e: SurveyAnsweredEvent = {
      id: this.nextId(),
      type: 'survey.answered',
      tenantId: this.options.tenantId,
      occurredAt: this.iso(t, acc.channel),
      channel: acc.channel,
      accountId: acc.id,
      contactId: this.contacts.contactId(c),
      conversationId: conv,
      source: SOURCE,
      schemaVersion: 1,
      payload,
    };
    this.push(t, e);
  }

  private conversion(
    t: number,
    c: number,
    acc: SimAccount,
    kind: ConversionRecordedEvent['payload']['kind'],
    token: string,
  ): void {
    const currency = this.contacts.countryOf(c).currency;
    const base = { EUR: 60, GBP: 50, PLN: 250, UAH: 2400, BRL: 320, RUB: 5200 }[currency] ?? 60;
    const e: ConversionRecordedEvent = {
      id: this.nextId(),
      type: 'conversion.recorded',
      tenantId: this.options.tenantId,
      occurredAt: this.iso(t, acc.channel),
      channel: acc.channel,
      accountId: acc.id,
      contactId: this.contacts.contactId(c),
      source: SOURCE,
      schemaVersion: 1,
      payload:
        kind === 'purchase'
          ? {
              kind,
              orderId: `ord-${this.options.seed}-${this.orderSeq++}`,
              value: Math.round(this.rng.logNormal(base, 0.6) * 100) / 100,
              currency,
              attributionToken: token,
            }
          : { kind, attributionToken: token },
    };
    this.push(t, e);
  }

  /**
   * A phone-number status change. Every FLAGGED or RESTRICTED status and every FLAGGED or DOWNGRADE event is a
   * PLATFORM_ENFORCEMENT violation (docs/compliance.md): tagged as planted by the caller, else as the platform's own.
   */
  private quality(t: number, acc: SimAccount, payload: AccountQualityChangedEvent['payload'], tag?: PlantTag): void {
    const enforcement =
      payload.event === 'FLAGGED' || payload.event === 'DOWNGRADE'
        ? payload.event
        : payload.status === 'FLAGGED' || payload.status === 'RESTRICTED'
          ? payload.status
          : undefined;
    if (!tag && enforcement) tag = { kind: 'PLATFORM_ENFORCEMENT', planted: false, enforcement };
    const e: AccountQualityChangedEvent = {
      id: this.nextId(),
      type: 'account.quality_changed',
      tenantId: this.options.tenantId,
      occurredAt: this.iso(t, acc.channel),
      channel: acc.channel,
      accountId: acc.id,
      source: SOURCE,
      schemaVersion: 1,
      payload,
    };
    this.push(t, e, tag);
  }

  private templateUpdate(
    t: number,
    acc: SimAccount,
    template: Template,
    language: Language,
    fields: Omit<TemplateUpdatedEvent['payload'], 'templateName' | 'templateId' | 'language'>,
    tag?: PlantTag,
  ): void {
    const e: TemplateUpdatedEvent = {
      id: this.nextId(),
      type: 'template.updated',
      tenantId: this.options.tenantId,
      occurredAt: this.iso(t, acc.channel),
      channel: acc.channel,
      accountId: acc.wabaId ?? acc.id,
      source: SOURCE,
      schemaVersion: 1,
      payload: {
        templateName: template.name,
        templateId: this.templateIdIn(acc, template),
        language: TEMPLATE_LOCALES[language],
        ...fields,
      },
    };
    this.push(t, e, tag);
  }

  /** Template ids are per business account (WABA) on the platform, like the templates themselves. */
  private templateIdIn(acc: SimAccount, template: Template): string {
    const wabas = [...new Set(this.world.accountsByChannel.whatsapp.map((a) => a.wabaId))];
    return `${template.id.slice(0, -2)}${String(Math.max(0, wabas.indexOf(acc.wabaId))).padStart(2, '0')}`;
  }

  private policyAlert(t: number, acc: SimAccount, kind: string, detail: Record<string, unknown>, tag: PlantTag): void {
    const e: AccountPolicyAlertEvent = {
      id: this.nextId(),
      type: 'account.policy_alert',
      tenantId: this.options.tenantId,
      occurredAt: this.iso(t, acc.channel),
      channel: acc.channel,
      accountId: acc.wabaId ?? acc.id,
      source: SOURCE,
      schemaVersion: 1,
      payload: { kind, detail: { ...detail, phoneNumberId: acc.id, displayPhoneNumber: acc.displayPhoneNumber } },
    };
    this.push(t, e, tag);
  }

  // ---------------------------------------------------------------- helpers

  private dayOf(t: number): number {
    return Math.min(Math.max(0, Math.floor((t - this.options.startMs) / DAY)), this.options.days + 1);
  }

  private accountOf(c: number): SimAccount {
    return this.world.accounts[this.contacts.account[c]];
  }

  private newConversationId(): string {
    return `sim-conv:${this.options.seed}:${this.conversationSeq++}`;
  }

  /** A random available contact matching the predicate, or -1. */
  private pickContact(t: number, channel: SimChannel | undefined, accept: (c: number) => boolean): number {
    const contacts = this.contacts;
    const pool = channel ? contacts.byChannel[channel] : undefined;
    if (pool && pool.length === 0) return -1;
    for (let attempt = 0; attempt < 24; attempt++) {
      const c = pool ? pool[this.rng.int(pool.length)] : this.rng.int(contacts.size);
      if (contacts.blocked[c] === 0 && contacts.busyUntilMs[c] <= t && accept(c)) return c;
    }
    return -1;
  }

  /** The first time a contact is seen, the opt-in it gave (if any) is recorded just before. */
  private firstTouch(c: number, t: number): void {
    const contacts = this.contacts;
    if (contacts.consentRecorded[c]) return;
    contacts.consentRecorded[c] = 1;
    const profile = contacts.profileOf(c);
    if (profile === 'none') return;
    const acc = this.accountOf(c);
    const channel = acc.channel;
    let at = Math.max(this.options.startMs - MINUTE, t - this.rng.between(1, 90) * MINUTE);
    if (at >= t - SECOND) at = t - 2 * SECOND;
    const lang = contacts.languageOf(c);
    const methods =
      profile === 'service'
        ? (['checkout'] as const)
        : channel === 'telegram' || channel === 'viber'
          ? (['chatbot', 'web_form'] as const)
          : channel === 'sms'
            ? (['keyword', 'web_form'] as const)
            : channel === 'whatsapp'
              ? (['web_form', 'checkout', 'ad_form', 'import'] as const)
              : (['web_form', 'checkout'] as const);
    const method = this.rng.pick(methods);
    const formId =
      method === 'checkout'
        ? 'checkout-v3'
        : method === 'ad_form'
          ? `leadform-${acc.id.slice(-4)}`
          : 'newsletter-footer';
    this.consentEvent(at, c, acc, {
      action: 'opt_in',
      purpose: profile === 'service' ? 'service' : 'all',
      method,
      evidence: {
        text: profile === 'service' ? SERVICE_OPT_IN_TEXT[lang] : OPT_IN_TEXT[lang],
        url:
          method === 'checkout'
            ? 'https://shop.northwind.example/checkout'
            : 'https://shop.northwind.example/subscribe',
        formId,
        capturedBy: method === 'chatbot' ? 'bot_sales' : method === 'import' ? 'crm-import-2025-11' : 'website',
        proofRef: `consent-log:${this.options.seed}:${c}`,
      },
    });
    if (profile === 'all') contacts.marketing[c] = MARKETING_IN;
  }

  /** Next instant at or after t whose local hour lies in [fromHour, toHour). */
  private nextLocal(c: number, t: number, fromHour: number, toHour: number): number {
    const hour = this.contacts.localHour(c, t);
    const inside = fromHour < toHour ? hour >= fromHour && hour < toHour : hour >= fromHour || hour < toHour;
    const width = (toHour - fromHour + 24) % 24;
    if (inside) return t + SECOND * this.rng.between(1, 60);
    const wait = ((fromHour - hour + 24) % 24) * HOUR;
    return Math.floor(t + wait + this.rng.next() * width * HOUR * 0.8) + SECOND;
  }

  private pickAgent(teamId?: string): Agent {
    const pool = teamId ? this.world.agents.filter((a) => a.teamId === teamId) : this.world.agents;
    return pool[this.rng.weightedIndex(pool.map((a) => a.share))];
  }

  /**
   * Agent response delay: the agent's log-normal (times `slowdown` on a planted backlog day). Agents work the
   * company's business hours: a reply that would fall outside them mostly waits for the next opening and then
   * takes the agent's usual time; some agents answer after hours anyway. Capped inside the window.
   */
  private responseDelay(agent: Agent, t: number, capMs: number, slowdown = 1): number {
    const delay = () => this.rng.logNormal(agent.responseMedianSec * SECOND, agent.responseSigma) * slowdown;
    let d = delay();
    const opening = nextBusinessInstant(this.localClock, t + d);
    if (opening > t + d && !this.rng.chance(AFTER_HOURS_REPLY_SHARE)) d = opening - t + delay();
    return Math.max(3 * SECOND, Math.min(d, capMs));
  }

  private pricing(t: number, ctx: PricingContext): MessageStatusEvent['payload']['pricing'] {
    const model = t < PMP_FROM ? 'CBP' : 'PMP';
    if (ctx.freeEntryPoint)
      return { category: 'referral_conversion', type: 'free_entry_point', billable: false, model };
    if (ctx.category === 'service')
      return { category: 'service', type: 'free_customer_service', billable: false, model };
    if (ctx.category === 'utility' && ctx.insideWindow && t < FREE_UTILITY_UNTIL) {
      return { category: 'utility', type: 'free_customer_service', billable: false, model };
    }
    return { category: ctx.category, type: 'regular', billable: true, model };
  }

  /**
   * Emits the delivery lifecycle of one business message. Returns whether it was delivered and when it was read
   * (undefined when the channel has no read receipts or the customer did not read it).
   */
  private deliver(
    t: number,
    c: number,
    acc: SimAccount,
    messageId: string,
    opts: {
      pricing?: PricingContext;
      error?: { code: string; title: string };
      marketing?: boolean;
      campaignId?: string;
    },
  ): SendResult {
    const ch = acc.channel;
    const rng = this.rng;
    const base = opts.campaignId ? { campaignId: opts.campaignId } : {};
    const pricing = ch === 'whatsapp' && opts.pricing ? this.pricing(t, opts.pricing) : undefined;
    const sentAt = t + rng.between(200, 1500);
    if (REPORTS_SENT[ch])
      this.status(
        sentAt,
        c,
        acc,
        messageId,
        pricing ? { status: 'sent', pricing, ...base } : { status: 'sent', ...base },
      );
    let error = opts.error;
    if (!error && rng.chance(UNDELIVERABLE[ch].rate)) error = UNDELIVERABLE[ch];
    if (!error && ch === 'whatsapp' && opts.marketing) {
      const health = this.numbers.get(acc.id);
      if (rng.chance(0.03)) error = WA_ERRORS.marketingCap;
      else if (health?.rating === 'RED' && rng.chance(0.05)) error = WA_ERRORS.spam;
      else if (rng.chance(0.003)) error = WA_ERRORS.throughput;
    }
    if (!error && ch === 'telegram' && this.contacts.blocked[c])
      error = { code: '403', title: 'Forbidden: bot was blocked by the user' };
    if (error) {
      this.status(sentAt + rng.between(100, 3000), c, acc, messageId, {
        status: 'failed',
        errorCode: error.code,
        errorTitle: error.title,
        ...base,
      });
      return { messageId, delivered: false, readAt: undefined, seenAt: sentAt };
    }
    const offline = rng.chance(0.06);
    const deliveredAt =
      sentAt + (offline ? rng.logNormal(2 * HOUR, 1) : rng.logNormal(ch === 'email' ? 20 * SECOND : 2 * SECOND, 0.8));
    const profile = READ_PROFILE[ch];
    let readAt: number | undefined;
    if (profile && rng.chance(profile.share)) {
      const instant = ch === 'whatsapp' && rng.chance(0.08);
      const delay = instant ? rng.between(0, 2) * SECOND : rng.logNormal(profile.median, profile.sigma);
      if (delay < 6 * DAY) readAt = deliveredAt + delay;
      // Read at once: the platform skips the delivered webhook; read implies delivered.
      if (instant) {
        this.status(
          deliveredAt,
          c,
          acc,
          messageId,
          pricing ? { status: 'read', pricing, ...base } : { status: 'read', ...base },
        );
        return { messageId, delivered: true, readAt: deliveredAt, seenAt: deliveredAt };
      }
    }
    if (REPORTS_DELIVERED[ch])
      this.status(
        deliveredAt,
        c,
        acc,
        messageId,
        pricing ? { status: 'delivered', pricing, ...base } : { status: 'delivered', ...base },
      );
    if (readAt !== undefined) this.status(readAt, c, acc, messageId, { status: 'read', ...base });
    return { messageId, delivered: true, readAt, seenAt: readAt ?? deliveredAt };
  }

  private renderTemplate(template: Template, lang: Language, c: number): string {
    const first = FIRST_NAMES[c % FIRST_NAMES.length];
    const param = template.body === 'otp' ? String(100000 + ((c * 7919 + this.messageSeq) % 900000)) : first;
    const text = TEMPLATE_BODIES[template.body][lang].replace('{{1}}', param);
    return template.misuse ? `${text} ${PROMO_PHRASES[lang]}` : text;
  }

  private templateLanguage(template: Template, c: number): Language {
    const lang = this.contacts.languageOf(c);
    return template.languages.includes(lang) ? lang : 'en';
  }

  /** Sends a template; returns the delivery result. Paused or disabled WhatsApp templates fail like the platform does. */
  private sendTemplate(
    t: number,
    c: number,
    acc: SimAccount,
    template: Template,
    sender: MessageSentEvent['payload']['sender'],
    opts: {
      campaignId?: string;
      tag?: PlantTag;
      error?: { code: string; title: string };
      conv?: string;
    } = {},
  ): SendResult {
    const lang = this.templateLanguage(template, c);
    const messageId = this.sent(
      t,
      c,
      acc,
      opts.conv,
      {
        sender,
        isTemplate: true,
        templateName: template.name,
        templateLanguage: TEMPLATE_LOCALES[lang],
        templateCategory: template.category,
        ...(opts.campaignId ? { campaignId: opts.campaignId } : {}),
        contentType: 'template',
        text: this.renderTemplate(template, lang, c),
      },
      opts.tag,
    );
    const insideWindow = t - this.contacts.lastInboundMs[c] < DAY;
    const marketing = template.category === 'marketing';
    if (marketing) this.contacts.lastMarketingMs[c] = t;
    if (!insideWindow) {
      const health = this.numbers.get(acc.id);
      if (health) health.sends[this.dayOf(t)] += 1;
    }
    let error = opts.error;
    if (!error && acc.wabaId) {
      const th = this.templateHealth.get(`${acc.wabaId}:${template.name}`);
      if (th) {
        th.sends[this.dayOf(t)] += 1;
        if (th.disabled) error = WA_ERRORS.disabled;
        else if (t < th.pausedUntil) error = WA_ERRORS.paused;
      }
    }
    return this.deliver(t, c, acc, messageId, {
      pricing: { category: template.category, freeEntryPoint: false, insideWindow },
      ...(error ? { error } : {}),
      marketing,
      ...(opts.campaignId ? { campaignId: opts.campaignId } : {}),
    });
  }

  private sendText(
    t: number,
    c: number,
    acc: SimAccount,
    conv: string | undefined,
    sender: MessageSentEvent['payload']['sender'],
    text: string,
    opts: {
      tag?: PlantTag;
      error?: { code: string; title: string };
      freeEntryPoint?: boolean;
    } = {},
  ): SendResult {
    const messageId = this.sent(t, c, acc, conv, { sender, isTemplate: false, contentType: 'text', text }, opts.tag);
    return this.deliver(t, c, acc, messageId, {
      pricing: { category: 'service', freeEntryPoint: opts.freeEntryPoint === true, insideWindow: true },
      ...(opts.error ? { error: opts.error } : {}),
    });
  }

  private activeCampaigns(t: number, filter: (c: Campaign) => boolean): Campaign[] {
    const day = this.dayOf(t);
    return this.world.campaigns.filter((c) => filter(c) && day >= c.startDay && day <= c.endDay);
  }

  private accountById(id: string): SimAccount {
    return this.world.accounts.find((a) => a.id === id)!;
  }

  // ---------------------------------------------------------------- journeys

  private prologue(): void {
    const t0 = this.options.startMs;
    const seen = new Set<string>();
    for (const acc of this.world.accountsByChannel.whatsapp) {
      if (acc.initialLimit === 'TIER_250') {
        this.quality(t0 + 5 * MINUTE, acc, {
          scope: 'phone',
          event: 'ONBOARDING',
          qualityRating: 'UNKNOWN',
          messagingLimit: 'TIER_250',
          previousLimit: 'TIER_NOT_SET',
          status: 'CONNECTED',
        });
      } else {
        // The status the business saw when it connected the number, so every later change has a "before".
        this.quality(t0 + 5 * MINUTE, acc, {
          scope: 'phone',
          qualityRating: 'GREEN',
          messagingLimit: acc.initialLimit ?? 'TIER_1K',
          status: 'CONNECTED',
        });
      }
      if (seen.has(acc.wabaId!)) continue;
      seen.add(acc.wabaId!);
      for (const template of this.world.templates) {
        for (const lang of template.languages) {
          this.templateUpdate(t0 + this.rng.between(0, 30) * MINUTE, acc, template, lang, {
            category: template.category.toUpperCase(),
            status: 'APPROVED',
            reason: 'NONE',
          });
        }
      }
    }
  }

  private journey(t: number): void {
    this.journeys++;
    const every = this.options.violationEvery;
    if (this.journeys % every === every - 1) {
      const kind = VIOLATION_KINDS[this.plantCursor % VIOLATION_KINDS.length];
      const planted = this.plant(kind, t);
      if (planted || kind === 'PLATFORM_ENFORCEMENT') this.plantCursor++;
      if (planted) return;
    }
    const kind = JOURNEY_KINDS[this.rng.weightedIndex(JOURNEY_WEIGHTS)];
    const done =
      (kind === 'campaign_inbound' && this.campaignInbound(t)) ||
      (kind === 'broadcast' && this.broadcast(t)) ||
      (kind === 'utility' && this.notification(t, 'utility')) ||
      (kind === 'authentication' && this.notification(t, 'authentication'));
    if (!done) this.supportJourney(t);
  }

  private finish(c: number, start: number): void {
    let end = start;
    for (const entry of this.buf) if (entry.e.type !== 'message.status' && entry.t > end) end = entry.t;
    this.contacts.busyUntilMs[c] = Math.max(this.contacts.busyUntilMs[c], end);
  }

  private supportJourney(t: number): void {
    let c = this.pickContact(t, undefined, () => true);
    if (c < 0) {
      // Everyone picked is busy: wait for the first one to be free rather than overlap its timeline.
      for (let attempt = 0; attempt < 64 && c < 0; attempt++) {
        const k = this.rng.int(this.contacts.size);
        if (this.contacts.blocked[k] === 0) c = k;
      }
      if (c < 0)
        throw new SimulatorError(
          'SIMULATOR_CONTACTS_EXHAUSTED',
          'no contact left that may be messaged; raise --contacts',
        );
      t = Math.max(t, this.contacts.busyUntilMs[c] + this.rng.between(1, 30) * MINUTE);
    }
    this.firstTouch(c, t);
    this.maybeResume(c, t);
    const lang = this.contacts.languageOf(c);
    this.chat(c, t, this.accountOf(c), {
      contentType: 'text',
      text: this.rng.pick(CUSTOMER_OPENERS[lang]),
      language: lang,
    });
    this.finish(c, t);
  }

  /** A WhatsApp user who stopped marketing sometimes turns it back on. */
  private maybeResume(c: number, t: number): void {
    const contacts = this.contacts;
    if (!contacts.platformStopped[c] || !this.rng.chance(0.15)) return;
    contacts.platformStopped[c] = 0;
    contacts.marketing[c] = MARKETING_IN;
    this.consentEvent(t - this.rng.between(5, 300) * SECOND, c, this.accountOf(c), {
      action: 'opt_in',
      purpose: 'marketing',
      method: 'platform_resume',
    });
  }

  /**
   * A customer-initiated conversation: opener, optional bot triage and hand-off, agent replies, resolution,
   * optional survey and conversion. Returns the time of its last event. `prohibited` swaps the first agent
   * reply for planted prohibited content.
   */
  private chat(
    c: number,
    t0: number,
    acc: SimAccount,
    opener: MessageReceivedEvent['payload'],
    opts: {
      campaign?: Campaign;
      token?: string;
      prohibited?: PlantTag;
      replyTo?: string;
      survey?: boolean;
    } = {},
  ): number {
    const rng = this.rng;
    const ch = acc.channel;
    const lang = this.contacts.languageOf(c);
    const conv = this.newConversationId();
    const fep = ch === 'whatsapp' && opener.referral?.kind === 'ad';
    let t = t0;
    this.received(t, c, acc, conv, opts.replyTo ? { ...opener, replyToMessageId: opts.replyTo } : opener);
    this.conversation(t + 300, c, acc, conv, { action: 'opened' });
    let lastCustomer = t;
    // FRT runs from the first customer message, or from the hand-off when a bot answered first.
    let responseFrom = t0;
    const hasBot = ch !== 'sms' && ch !== 'email' && !opts.prohibited && rng.chance(0.7);
    const backlog = this.incidents.slaBacklog;
    const backlogDay = backlog.dates.includes(this.localClock.date(t0));
    // On a backlog day (say, an invoicing error) far more customers need the backlog team than usual.
    const billingShare = backlogDay ? 0.6 : 0.25;
    const team = opts.campaign ? 'team_sales' : rng.chance(billingShare) ? 'team_billing' : 'team_support';
    if (hasBot) {
      const bot = opts.campaign ? 'bot_sales' : 'bot_faq';
      t += rng.between(1, 3) * SECOND;
      this.sendText(t, c, acc, conv, { kind: 'bot', agentId: bot }, BOT_GREETINGS[lang], { freeEntryPoint: fep });
      t += Math.min(rng.logNormal(25 * SECOND, 0.8), 10 * MINUTE);
      this.received(t, c, acc, conv, { contentType: 'text', text: rng.pick(['1', '2', '3']), language: lang });
      lastCustomer = t;
      if (!opts.campaign && rng.chance(0.25)) {
        t += rng.between(1, 4) * SECOND;
        this.sendText(t, c, acc, conv, { kind: 'bot', agentId: bot }, rng.pick(AGENT_REPLIES[lang]), {
          freeEntryPoint: fep,
        });
        t += rng.between(2, 30) * MINUTE;
        this.conversation(t, c, acc, conv, { action: 'resolved' });
        return t;
      }
      t += rng.between(1, 3) * SECOND;
      responseFrom = t;
      this.conversation(t, c, acc, conv, { action: 'bot_handoff', teamId: team });
      this.sendText(t + 500, c, acc, conv, { kind: 'bot', agentId: bot }, BOT_HANDOFF[lang], { freeEntryPoint: fep });
    }
    const agent = this.pickAgent(team);
    const slowdown = backlogDay && team === backlog.teamId ? backlog.delayFactor : 1;
    t += Math.min(rng.logNormal(20 * SECOND, 1), 30 * MINUTE) + SECOND;
    this.conversation(t, c, acc, conv, { action: 'assigned', agentId: agent.id, teamId: agent.teamId });
    const exchanges = rng.between(1, 4);
    let agentLast = t;
    for (let i = 0; i < exchanges; i++) {
      const windowLeft = lastCustomer + 20 * HOUR - Math.max(t, lastCustomer);
      t = Math.max(t, lastCustomer) + this.responseDelay(agent, lastCustomer, windowLeft, slowdown);
      if (i === 0) {
        this.truth.firstResponse({ fromMs: responseFrom, replyMs: t, startedMs: t0, agentId: agent.id, teamId: team });
      }
      const prohibited = i === 0 ? opts.prohibited : undefined;
      const text = prohibited
        ? prohibitedText(prohibited.language!, prohibited.category!)
        : rng.pick(AGENT_REPLIES[lang]);
      const reply = this.sendText(t, c, acc, conv, { kind: 'agent', agentId: agent.id, teamId: agent.teamId }, text, {
        freeEntryPoint: fep,
        ...(prohibited ? { tag: prohibited } : {}),
      });
      agentLast = t;
      if (i < exchanges - 1) {
        t = Math.max(t, reply.seenAt) + Math.min(rng.logNormal(2 * MINUTE, 1.2), 3 * HOUR);
        this.received(t, c, acc, conv, {
          contentType: 'text',
          text: rng.pick(CUSTOMER_FOLLOWUPS[lang]),
          language: lang,
        });
        lastCustomer = t;
      }
    }
    t = Math.min(agentLast + rng.logNormal(10 * MINUTE, 1), lastCustomer + 22 * HOUR);
    t = Math.max(t, agentLast + SECOND);
    this.conversation(t, c, acc, conv, { action: 'resolved', agentId: agent.id, teamId: agent.teamId });
    // Sometimes the answer did not hold: the customer writes again in the same conversation, which reopens it.
    if (!opts.prohibited && rng.chance(0.06)) {
      t += Math.min(rng.logNormal(90 * MINUTE, 1), 8 * HOUR);
      this.received(t, c, acc, conv, { contentType: 'text', text: rng.pick(CUSTOMER_FOLLOWUPS[lang]), language: lang });
      lastCustomer = t;
      this.conversation(t + 400, c, acc, conv, { action: 'reopened', agentId: agent.id, teamId: agent.teamId });
      t += this.responseDelay(agent, t, 20 * HOUR, slowdown);
      this.sendText(
        t,
        c,
        acc,
        conv,
        { kind: 'agent', agentId: agent.id, teamId: agent.teamId },
        rng.pick(AGENT_REPLIES[lang]),
        {
          freeEntryPoint: fep,
        },
      );
      t += Math.min(rng.logNormal(10 * MINUTE, 1), 2 * HOUR) + SECOND;
      this.conversation(t, c, acc, conv, { action: 'resolved', agentId: agent.id, teamId: agent.teamId });
    }
    const lastInbound = this.contacts.lastInboundMs[c];
    if (opts.survey !== false && rng.chance(0.35) && t + MINUTE < lastInbound + 23 * HOUR) {
      const kind = rng.chance(0.5) ? 'nps' : 'csat';
      t += rng.between(20, 90) * SECOND;
      const q = this.sendText(t, c, acc, conv, { kind: 'bot', agentId: 'bot_faq' }, SURVEY_QUESTIONS[kind][lang], {
        freeEntryPoint: fep,
      });
      if (q.delivered && rng.chance(0.6)) {
        t = Math.max(t, q.seenAt) + Math.min(rng.logNormal(4 * MINUTE, 1), 12 * HOUR);
        const drop = this.incidents.npsDrop;
        const unhappyWeek = drop !== null && t >= drop.from && t < drop.to ? drop.moodDrop : 0;
        const mood = agent.satisfaction - unhappyWeek + rng.normal() * 0.2;
        const score =
          kind === 'nps'
            ? Math.max(0, Math.min(10, Math.round(mood * 10 + 1)))
            : Math.max(1, Math.min(5, Math.round(mood * 4 + 1.3)));
        this.received(t, c, acc, conv, { contentType: 'text', text: String(score), language: lang });
        this.survey(
          t + 200,
          c,
          acc,
          conv,
          rng.chance(0.3)
            ? { survey: kind, score, agentId: agent.id, comment: rng.pick(SURVEY_COMMENTS) }
            : { survey: kind, score, agentId: agent.id },
        );
      }
    }
    if (opts.campaign && opts.token && rng.chance(opts.campaign.conversionRate * 3)) {
      t += Math.min(rng.logNormal(2 * HOUR, 1.2), 48 * HOUR);
      this.conversion(
        t,
        c,
        acc,
        opts.campaign.sourceKind === 'ctwa_ad' && rng.chance(0.3) ? 'lead' : 'purchase',
        opts.token,
      );
    }
    return t;
  }

  private campaignInbound(t: number): boolean {
    const campaigns = this.activeCampaigns(t, (cmp) => cmp.sourceKind !== 'broadcast');
    if (campaigns.length === 0) return false;
    const campaign = this.rng.pick(campaigns);
    const c = this.pickContact(t, campaign.channel, () => true);
    if (c < 0) return false;
    const acc = this.accountById(campaign.accountId);
    this.firstTouch(c, t);
    const lang = this.contacts.languageOf(c);
    const rng = this.rng;
    const codes = campaign.codes;
    const opener = rng.pick(CUSTOMER_OPENERS[lang]);
    let payload: MessageReceivedEvent['payload'];
    let token: string;
    switch (campaign.sourceKind) {
      case 'ctwa_ad': {
        const clid = rng.chance(0.9)
          ? `ARA${rng.token(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}`
          : undefined;
        const adId = rng.pick(codes.adIds!);
        payload = {
          contentType: 'text',
          text: opener,
          language: lang,
          referral: {
            kind: 'ad',
            sourceId: adId,
            sourceUrl: codes.sourceUrl!,
            headline: codes.headline!,
            ...(clid ? { clickId: clid } : {}),
          },
        };
        token = clid ?? `${campaign.id}:${adId}`;
        break;
      }
      case 'wa_qr':
        payload = { contentType: 'text', text: `${opener} ${codes.qrCode!}`, language: lang };
        token = `${campaign.id}:${codes.qrCode!}`;
        break;
      case 'telegram_deeplink':
      case 'web_widget':
        payload = {
          contentType: 'text',
          text: `/start ${codes.deepLinkPayload!}`,
          referral: {
            kind: campaign.sourceKind === 'web_widget' ? 'widget' : 'deeplink',
            ref: codes.deepLinkPayload!,
            sourceUrl: `https://t.me/${acc.id}?start=${codes.deepLinkPayload!}`,
            ...(codes.utm ? { utm: codes.utm } : {}),
          },
        };
        token = `${campaign.id}:${codes.deepLinkPayload!}`;
        break;
      case 'messenger_ref':
        payload = {
          contentType: 'text',
          text: opener,
          language: lang,
          referral: { kind: 'shortlink', ref: codes.ref!, sourceUrl: `https://m.me/northwindshop?ref=${codes.ref!}` },
        };
        token = `${campaign.id}:${codes.ref!}`;
        break;
      case 'messenger_ad':
      case 'instagram_ad': {
        const adId = rng.pick(codes.adIds!);
        payload = {
          contentType: 'text',
          text: opener,
          language: lang,
          referral: { kind: 'ad', sourceId: adId, headline: codes.headline! },
        };
        token = `${campaign.id}:${adId}`;
        break;
      }
      case 'viber_context':
        payload = {
          contentType: 'text',
          text: opener,
          language: lang,
          referral: {
            kind: 'deeplink',
            ref: codes.context!,
            sourceUrl: `viber://pa?chatURI=northwindshop&context=${codes.context!}`,
          },
        };
        token = `${campaign.id}:${codes.context!}`;
        break;
      case 'vk_ref':
        payload = {
          contentType: 'text',
          text: opener,
          language: lang,
          referral: {
            kind: 'deeplink',
            ref: codes.ref!,
            sourceUrl: `https://vk.me/northwind?ref=${codes.ref!}`,
            ...(codes.utm ? { utm: codes.utm } : {}),
          },
        };
        token = `${campaign.id}:${codes.ref!}`;
        break;
      case 'broadcast':
        return false;
    }
    this.chat(c, t, acc, payload, { campaign, token });
    this.finish(c, t);
    return true;
  }

  private templateDisabled(campaign: Campaign): boolean {
    const waba = this.accountById(campaign.accountId).wabaId;
    return waba !== undefined && this.templateHealth.get(`${waba}:${campaign.templateName!}`)?.disabled === true;
  }

  private marketingOk(c: number, at: number): boolean {
    return (
      this.contacts.marketing[c] === MARKETING_IN &&
      this.contacts.profileOf(c) === 'all' &&
      this.contacts.lastMarketingMs[c] <= at - DAY - HOUR
    );
  }

  private broadcast(t: number): boolean {
    // A business stops a broadcast whose template the platform disabled.
    const campaigns = this.activeCampaigns(t, (cmp) => cmp.sourceKind === 'broadcast' && !this.templateDisabled(cmp));
    if (campaigns.length === 0) return false;
    const campaign = this.rng.pick(campaigns);
    // Consent is recorded at first touch, so a never-seen 'all' contact qualifies too.
    const c = this.pickContact(
      t,
      campaign.channel,
      (k) =>
        this.contacts.profileOf(k) === 'all' &&
        this.contacts.marketing[k] !== MARKETING_OUT &&
        this.contacts.lastMarketingMs[k] <= t - DAY - HOUR,
    );
    if (c < 0) return false;
    this.firstTouch(c, t);
    const at = this.nextLocal(c, t, 10, 19);
    if (!this.marketingOk(c, at)) return false;
    const acc = this.accountById(campaign.accountId);
    const template = this.world.templatesByName.get(campaign.templateName!)!;
    const result = this.sendTemplate(at, c, acc, template, { kind: 'campaign' }, { campaignId: campaign.id });
    if (result.delivered) this.afterMarketing(c, acc, campaign, template, result, at);
    this.finish(c, t);
    return true;
  }

  /** What a customer does after a delivered marketing message: complain, reply, buy or nothing. */
  private afterMarketing(
    c: number,
    acc: SimAccount,
    campaign: Campaign,
    template: Template,
    result: SendResult,
    sentAt: number,
  ): void {
    const rng = this.rng;
    const duration = Math.max(1, campaign.endDay - campaign.startDay + 1);
    const progress = Math.min(1, Math.max(0, (this.dayOf(sentAt) - campaign.startDay) / duration));
    // Complaints rise with how hard the campaign pushes and how long it has been pushing.
    const pComplaint = 0.003 + campaign.aggressiveness * 0.02 * (0.3 + progress);
    const at = result.seenAt + Math.min(rng.logNormal(8 * MINUTE, 1.2), 12 * HOUR);
    if (rng.chance(pComplaint)) {
      this.complainAndOptOut(c, acc, at, {
        relatedMessageId: result.messageId,
        templateName: template.name,
        campaignId: campaign.id,
      });
      return;
    }
    if (result.readAt !== undefined && rng.chance(0.08)) {
      const lang = this.contacts.languageOf(c);
      this.chat(
        c,
        at,
        acc,
        { contentType: 'text', text: rng.pick(CUSTOMER_OPENERS[lang]), language: lang },
        {
          campaign,
          token: `${campaign.id}:${result.messageId}`,
          replyTo: result.messageId,
          survey: false,
        },
      );
      return;
    }
    if (rng.chance(campaign.conversionRate * (result.readAt !== undefined ? 1 : 0.3))) {
      this.conversion(
        at + Math.min(rng.logNormal(3 * HOUR, 1), 72 * HOUR),
        c,
        acc,
        'purchase',
        `${campaign.id}:${result.messageId}`,
      );
    }
  }

  private complainAndOptOut(
    c: number,
    acc: SimAccount,
    at: number,
    related: { relatedMessageId: string; templateName: string; campaignId?: string },
    forceKind?: 'keyword' | 'platform_stop',
  ): void {
    const rng = this.rng;
    const contacts = this.contacts;
    const lang = contacts.languageOf(c);
    const ch = acc.channel;
    const roll = rng.next();
    const kind =
      forceKind ??
      (ch === 'whatsapp'
        ? roll < 0.45
          ? 'platform_stop'
          : roll < 0.65
            ? 'block'
            : roll < 0.8
              ? 'report_spam'
              : roll < 0.9
                ? 'keyword'
                : 'negative_feedback'
        : ch === 'telegram' || ch === 'vk'
          ? roll < 0.7
            ? 'block'
            : 'negative_feedback'
          : ch === 'email'
            ? roll < 0.75
              ? 'unsubscribe'
              : 'report_spam'
            : ch === 'viber' || ch === 'messenger' || ch === 'instagram'
              ? roll < 0.6
                ? 'block'
                : 'unsubscribe'
              : 'keyword');
    switch (kind) {
      case 'platform_stop':
        this.consentEvent(at, c, acc, { action: 'opt_out', purpose: 'marketing', method: 'platform_stop' });
        this.complaint(at, c, acc, {
          kind: 'marketing_stop',
          reason: 'User requested to stop marketing messages',
          ...related,
        });
        contacts.marketing[c] = MARKETING_OUT;
        contacts.platformStopped[c] = 1;
        break;
      case 'keyword': {
        const conv = this.newConversationId();
        this.received(at, c, acc, conv, {
          contentType: 'text',
          text: STOP_KEYWORDS[lang],
          language: lang,
          replyToMessageId: related.relatedMessageId,
        });
        this.consentEvent(at + SECOND, c, acc, {
          action: 'opt_out',
          purpose: 'marketing',
          method: 'keyword',
          evidence: { text: STOP_KEYWORDS[lang], capturedBy: 'keyword-handler' },
        });
        this.complaint(at + SECOND, c, acc, { kind: 'unsubscribe_request', ...related });
        // The keyword handler closes the conversation it opened: nobody has to answer a STOP.
        this.conversation(at + 2 * SECOND, c, acc, conv, { action: 'resolved' });
        contacts.marketing[c] = MARKETING_OUT;
        break;
      }
      case 'unsubscribe':
        this.consentEvent(at, c, acc, {
          action: 'opt_out',
          purpose: 'marketing',
          method: 'button',
          evidence: { url: 'https://shop.northwind.example/unsubscribe', capturedBy: 'unsubscribe-link' },
        });
        this.complaint(at, c, acc, { kind: 'unsubscribe_request', ...related });
        contacts.marketing[c] = MARKETING_OUT;
        break;
      case 'block':
      case 'report_spam':
        this.complaint(at, c, acc, {
          kind: kind === 'block' ? 'block' : 'report_spam',
          ...(kind === 'report_spam' ? { reason: 'spam' } : {}),
          ...related,
        });
        this.consentEvent(at, c, acc, { action: 'opt_out', purpose: 'all', method: 'block' });
        contacts.marketing[c] = MARKETING_OUT;
        contacts.blocked[c] = 1;
        break;
      default:
        this.complaint(at, c, acc, { kind: 'negative_feedback', reason: 'not_interested', ...related });
    }
  }

  private notification(t: number, category: 'utility' | 'authentication'): boolean {
    const pool = this.world.templates.filter((tp) => tp.category === category && !tp.misuse);
    const template = this.rng.pick(pool);
    const c = this.pickContact(t, undefined, (k) => this.contacts.profileOf(k) !== 'none');
    if (c < 0) return false;
    this.firstTouch(c, t);
    const acc = this.accountOf(c);
    const at = t + this.rng.between(2, 120) * SECOND;
    const result = this.sendTemplate(at, c, acc, template, { kind: 'automation' });
    if (category === 'authentication' && !result.delivered && this.rng.chance(0.5)) {
      this.sendTemplate(at + this.rng.between(30, 120) * SECOND, c, acc, template, { kind: 'automation' });
    }
    this.finish(c, t);
    return true;
  }

  // ---------------------------------------------------------------- planted violations

  private static readonly MARKETING_CHANNELS: SimChannel[] = ['whatsapp', 'viber', 'telegram', 'sms', 'email'];
  private static readonly WINDOW_CHANNELS: SimChannel[] = ['whatsapp', 'whatsapp', 'messenger', 'instagram'];

  private broadcastCampaignFor(channel: SimChannel, t: number): Campaign {
    const active = this.activeCampaigns(t, (cmp) => cmp.sourceKind === 'broadcast' && cmp.channel === channel);
    return active.length
      ? this.rng.pick(active)
      : this.world.campaigns.find((cmp) => cmp.sourceKind === 'broadcast' && cmp.channel === channel)!;
  }

  private marketingTarget(t: number, accept: (c: number) => boolean): number {
    const channel = this.rng.chance(0.6) ? 'whatsapp' : this.rng.pick(TrafficSimulator.MARKETING_CHANNELS);
    return this.pickContact(t, channel, (c) => this.contacts.lastMarketingMs[c] <= t - 2 * DAY && accept(c));
  }

  private plantMarketing(c: number, at: number, tag: PlantTag | undefined): SendResult {
    const campaign = this.broadcastCampaignFor(this.contacts.channelOf(c), at);
    const template = this.world.templatesByName.get(campaign.templateName!)!;
    return this.sendTemplate(
      at,
      c,
      this.accountById(campaign.accountId),
      template,
      { kind: 'campaign' },
      {
        campaignId: campaign.id,
        ...(tag ? { tag } : {}),
      },
    );
  }

  /** Builds one journey that breaks exactly one rule. Returns false when no suitable contact was free. */
  private plant(kind: ViolationKind, t: number): boolean {
    const contacts = this.contacts;
    const tag: PlantTag = { kind, planted: true };
    switch (kind) {
      case 'NO_CONSENT':
      case 'PURPOSE_MISMATCH': {
        const profile = kind === 'NO_CONSENT' ? 'none' : 'service';
        const c = this.marketingTarget(t, (k) => contacts.profileOf(k) === profile);
        if (c < 0) return false;
        this.firstTouch(c, t);
        this.plantMarketing(c, this.nextLocal(c, t, 10, 19), tag);
        this.finish(c, t);
        return true;
      }
      case 'QUIET_HOURS': {
        const c = this.marketingTarget(
          t,
          (k) => contacts.profileOf(k) === 'all' && contacts.marketing[k] !== MARKETING_OUT,
        );
        if (c < 0) return false;
        this.firstTouch(c, t);
        this.plantMarketing(c, this.nextLocal(c, t, 23, 4.5), tag);
        this.finish(c, t);
        return true;
      }
      case 'FREQUENCY_CAP': {
        const c = this.marketingTarget(
          t,
          (k) => contacts.profileOf(k) === 'all' && contacts.marketing[k] !== MARKETING_OUT,
        );
        if (c < 0) return false;
        this.firstTouch(c, t);
        let at = this.nextLocal(c, t, 10, 12);
        const burst = this.options.frequencyCapMax + 1;
        // The whole burst stays within 8 hours of a late-morning start, so it never reaches quiet hours.
        const maxGap = Math.max(1, Math.min(50, Math.floor((8 * 60) / burst)));
        for (let i = 0; i < burst; i++) {
          this.plantMarketing(c, at, i === burst - 1 ? tag : undefined);
          at += this.rng.between(Math.min(20, maxGap), maxGap) * MINUTE;
        }
        this.finish(c, t);
        return true;
      }
      case 'AFTER_OPT_OUT': {
        const c = this.marketingTarget(
          t,
          (k) => contacts.profileOf(k) === 'all' && contacts.marketing[k] !== MARKETING_OUT,
        );
        if (c < 0) return false;
        this.firstTouch(c, t);
        const first = this.nextLocal(c, t, 10, 12);
        const campaign = this.broadcastCampaignFor(contacts.channelOf(c), first);
        const acc = this.accountById(campaign.accountId);
        const template = this.world.templatesByName.get(campaign.templateName!)!;
        const result = this.sendTemplate(first, c, acc, template, { kind: 'campaign' }, { campaignId: campaign.id });
        const platformStop = acc.channel === 'whatsapp' && this.rng.chance(0.5);
        // The stop comes soon after the message is seen, and always before the resend below (a message read
        // hours later would otherwise be resent before the contact ever opted out).
        this.complainAndOptOut(
          c,
          acc,
          Math.min(result.seenAt, first + 2 * HOUR) + this.rng.between(1, 20) * MINUTE,
          { relatedMessageId: result.messageId, templateName: template.name, campaignId: campaign.id },
          platformStop ? 'platform_stop' : 'keyword',
        );
        // Later the same day, unless a cap of one marketing message a day would make it a second violation.
        const second =
          first +
          (this.options.frequencyCapMax >= 2 ? this.rng.between(3 * 60, 5 * 60) : this.rng.between(25 * 60, 27 * 60)) *
            MINUTE;
        this.sendTemplate(
          second,
          c,
          acc,
          template,
          { kind: 'campaign' },
          {
            campaignId: campaign.id,
            tag,
            ...(platformStop ? { error: WA_ERRORS.stopped } : {}),
          },
        );
        this.finish(c, t);
        return true;
      }
      case 'OUTSIDE_WINDOW': {
        // Only these platforms have a customer service window; a late free-form message elsewhere is merely
        // business-initiated (and covered by the contact's service consent).
        const channel = this.rng.pick(TrafficSimulator.WINDOW_CHANNELS);
        const c = this.pickContact(t, channel, (k) => contacts.profileOf(k) !== 'none');
        if (c < 0) return false;
        this.firstTouch(c, t);
        const acc = this.accountOf(c);
        const lang = contacts.languageOf(c);
        const end = this.chat(
          c,
          t,
          acc,
          { contentType: 'text', text: this.rng.pick(CUSTOMER_OPENERS[lang]), language: lang },
          { survey: false },
        );
        const at = Math.max(end, contacts.lastInboundMs[c] + 26 * HOUR) + this.rng.between(0, 46 * 60) * MINUTE;
        const agent = this.pickAgent('team_support');
        const error =
          acc.channel === 'whatsapp'
            ? WA_ERRORS.window
            : { code: '10', title: 'Message sent outside of allowed window' };
        this.sendText(
          at,
          c,
          acc,
          undefined,
          { kind: 'agent', agentId: agent.id, teamId: agent.teamId },
          FOLLOW_UP_TEXT[lang],
          { tag, error },
        );
        this.finish(c, t);
        return true;
      }
      case 'PROHIBITED_CONTENT': {
        const n = this.prohibitedCursor;
        const language = PROHIBITED_LANGUAGES[n % PROHIBITED_LANGUAGES.length];
        const category =
          PROHIBITED_CATEGORIES[Math.floor(n / PROHIBITED_LANGUAGES.length) % PROHIBITED_CATEGORIES.length];
        let c = this.pickContact(t, undefined, (k) => contacts.languageOf(k) === language);
        if (c < 0) c = this.pickContact(t, undefined, () => true);
        if (c < 0) return false;
        this.prohibitedCursor++;
        this.firstTouch(c, t);
        const lang = contacts.languageOf(c);
        this.chat(
          c,
          t,
          this.accountOf(c),
          { contentType: 'text', text: this.rng.pick(CUSTOMER_OPENERS[lang]), language: lang },
          {
            prohibited: { kind, planted: true, language, category },
            survey: false,
          },
        );
        this.finish(c, t);
        return true;
      }
      case 'TEMPLATE_MISUSE': {
        const c = this.pickContact(t, undefined, (k) => contacts.profileOf(k) !== 'none');
        if (c < 0) return false;
        this.firstTouch(c, t);
        const template = this.world.templates.find((tp) => tp.misuse)!;
        this.sendTemplate(
          t + this.rng.between(2, 120) * SECOND,
          c,
          this.accountOf(c),
          template,
          { kind: 'automation' },
          { tag },
        );
        this.finish(c, t);
        return true;
      }
      case 'PLATFORM_ENFORCEMENT':
        // The platform acts rarely: at most one planted enforcement per simulated day.
        if (this.dayOf(t) === this.lastEnforcementDay) return false;
        this.lastEnforcementDay = this.dayOf(t);
        this.plantEnforcement(t);
        return true;
    }
  }

  private plantEnforcement(t: number): void {
    const numbers = this.world.accountsByChannel.whatsapp;
    const acc = numbers[this.enforcementCursor % numbers.length];
    const variant = this.enforcementCursor++ % 4;
    const at = t + this.rng.between(1, 600) * SECOND;
    if (variant === 0) {
      const violation = this.rng.pick(['ADULT', 'ALCOHOL', 'TOBACCO', 'SCAM', 'GAMBLING']);
      this.policyAlert(
        at,
        acc,
        'ACCOUNT_VIOLATION',
        { event: 'ACCOUNT_VIOLATION', violation_info: { violation_type: violation } },
        { kind: 'PLATFORM_ENFORCEMENT', planted: true, enforcement: 'ACCOUNT_VIOLATION' },
      );
    } else if (variant === 1) {
      const marketing = this.world.templates.filter((tp) => tp.category === 'marketing');
      this.pauseTemplate(at, acc, marketing[Math.floor(this.enforcementCursor / 4) % marketing.length], true);
    } else if (variant === 2) {
      // A number following the incident plan is flagged by the plan only; the platform flags another one.
      const flagged = this.scriptedNumbers.has(acc.id)
        ? (numbers.find((n) => !this.scriptedNumbers.has(n.id)) ?? acc)
        : acc;
      const health = this.numbers.get(flagged.id)!;
      health.rating = 'RED';
      this.quality(
        at,
        flagged,
        {
          scope: 'phone',
          qualityRating: 'RED',
          status: 'FLAGGED',
          event: 'FLAGGED',
          messagingLimit: TIERS[health.tier],
        },
        { kind: 'PLATFORM_ENFORCEMENT', planted: true, enforcement: 'FLAGGED' },
      );
    } else {
      const banDate = new Date(at + 7 * DAY).toISOString().slice(0, 10);
      this.policyAlert(
        at,
        acc,
        'DISABLED_UPDATE',
        { event: 'DISABLED_UPDATE', ban_info: { waba_ban_state: 'SCHEDULE_FOR_DISABLE', waba_ban_date: banDate } },
        { kind: 'PLATFORM_ENFORCEMENT', planted: true, enforcement: 'DISABLED_UPDATE' },
      );
    }
  }

  /** Quality drops to RED, the template is paused (3 h, then 6 h) and reinstated, or disabled on the third pause. */
  private pauseTemplate(at: number, acc: SimAccount, template: Template, planted: boolean): void {
    const th = this.templateHealth.get(`${acc.wabaId}:${template.name}`)!;
    if (th.disabled) return;
    const lang: Language = 'en';
    if (th.quality !== 'RED') {
      this.templateUpdate(at - MINUTE, acc, template, lang, { quality: 'RED', previousQuality: th.quality });
      th.quality = 'RED';
    }
    // Planted pauses stay pauses; only the platform's own repeated pauses escalate to disabling.
    if (!planted) th.pauses++;
    if (th.pauses >= 3) {
      th.disabled = true;
      this.templateUpdate(
        at,
        acc,
        template,
        lang,
        { status: 'DISABLED', reason: 'NONE' },
        { kind: 'PLATFORM_ENFORCEMENT', planted, enforcement: 'TEMPLATE_DISABLED' },
      );
      return;
    }
    const first = th.pauses <= 1;
    th.pausedUntil = at + (first ? 3 : 6) * HOUR;
    this.templateUpdate(
      at,
      acc,
      template,
      lang,
      { status: 'PAUSED', reason: first ? 'FIRST_PAUSE' : 'SECOND_PAUSE' },
      { kind: 'PLATFORM_ENFORCEMENT', planted, enforcement: 'TEMPLATE_PAUSED' },
    );
    this.templateUpdate(th.pausedUntil, acc, template, lang, { status: 'REINSTATED', reason: 'UNPAUSE' });
  }

  // ---------------------------------------------------------------- planted support and health incidents

  /**
   * Emits the planned health incidents that are due by `t` and, once, the complaint-spike blast. Returns whether
   * it emitted anything, so the caller flushes before building the next journey.
   */
  private plantIncidents(t: number): boolean {
    const due: HealthIncident[] = [];
    const plan = this.incidents;
    while (this.healthCursor < plan.health.length && plan.health[this.healthCursor].at <= t) {
      due.push(plan.health[this.healthCursor++]);
    }
    for (const incident of due) this.healthIncident(incident);
    const spike = plan.complaintSpike;
    if (spike && !this.spikeDone && spike.at <= t) {
      this.spikeDone = true;
      this.complaintBlast(spike);
      return true;
    }
    return due.length > 0;
  }

  private healthIncident(incident: HealthIncident): void {
    const acc = this.accountById(incident.accountId);
    const health = this.numbers.get(acc.id)!;
    const limit = TIERS[health.tier];
    const status = health.rating === 'RED' ? 'FLAGGED' : 'CONNECTED';
    switch (incident.kind) {
      case 'RESTRICTED':
        this.quality(incident.at, acc, {
          scope: 'phone',
          qualityRating: health.rating,
          status: 'RESTRICTED',
          messagingLimit: limit,
        });
        break;
      case 'RESTRICTION_LIFTED':
        this.quality(incident.at, acc, { scope: 'phone', qualityRating: health.rating, status, messagingLimit: limit });
        break;
      case 'UPGRADE':
        if (health.tier >= TIERS.length - 1) break;
        health.tier++;
        this.quality(incident.at, acc, {
          scope: 'phone',
          qualityRating: health.rating,
          status,
          event: 'UPGRADE',
          messagingLimit: TIERS[health.tier],
          previousLimit: limit,
        });
        break;
      case 'FLAGGED':
        health.rating = 'RED';
        this.quality(
          incident.at,
          acc,
          { scope: 'phone', qualityRating: 'RED', status: 'FLAGGED', event: 'FLAGGED', messagingLimit: limit },
          { kind: 'PLATFORM_ENFORCEMENT', planted: true, enforcement: 'FLAGGED' },
        );
        break;
      case 'TEMPLATE_PAUSED': {
        // The template the blast used, unless the platform's daily check has paused it already.
        const used = this.truth.complaintSpikeBlast.templateName;
        const th = used ? this.templateHealth.get(`${acc.wabaId}:${used}`) : undefined;
        if (used && th && incident.at >= th.pausedUntil) {
          this.pauseTemplate(incident.at, acc, this.world.templatesByName.get(used)!, true);
        }
        break;
      }
      case 'DOWNGRADE':
        if (health.tier === 0) break;
        health.tier--;
        this.quality(incident.at, acc, {
          scope: 'phone',
          qualityRating: health.rating,
          status: 'CONNECTED',
          event: 'DOWNGRADE',
          messagingLimit: TIERS[health.tier],
          previousLimit: limit,
        });
        break;
      case 'UNFLAGGED':
        health.rating = 'YELLOW';
        this.quality(incident.at, acc, {
          scope: 'phone',
          qualityRating: 'YELLOW',
          status: 'CONNECTED',
          event: 'UNFLAGGED',
          messagingLimit: limit,
        });
        break;
    }
  }

  /** The flash offer re-sent by mistake to a stale segment from one number: many recipients complain that day. */
  private complaintBlast(spike: NonNullable<IncidentPlan['complaintSpike']>): void {
    const campaign = this.world.campaigns.find((cmp) => cmp.id === spike.campaignId)!;
    const acc = this.accountById(spike.accountId);
    // The campaign's own template, unless the platform has disabled or paused it by now: then another offer.
    const usable = (tp: Template) => {
      const th = this.templateHealth.get(`${acc.wabaId}:${tp.name}`);
      return th !== undefined && !th.disabled && th.pausedUntil <= spike.at;
    };
    const offers = this.world.templates.filter((tp) => tp.category === 'marketing' && usable(tp));
    const own = this.world.templatesByName.get(campaign.templateName!)!;
    const template = usable(own) ? own : (offers[0] ?? own);
    const blast = this.truth.complaintSpikeBlast;
    blast.templateName = template.name;
    let at = spike.at;
    for (let i = 0; i < spike.recipients; i++) {
      at += this.rng.between(2, 20) * SECOND;
      // The stale segment is sent at the tenant's morning: only recipients for whom it is daytime too (a São Paulo
      // contact would get it at 05:00, a QUIET_HOURS violation the incident is not about).
      const c = this.pickContact(at, 'whatsapp', (k) => {
        const hour = this.contacts.localHour(k, at);
        return (
          this.contacts.profileOf(k) === 'all' &&
          this.contacts.marketing[k] !== MARKETING_OUT &&
          this.contacts.lastMarketingMs[k] <= at - DAY - HOUR &&
          hour >= 9 &&
          hour < 20
        );
      });
      if (c < 0) continue;
      this.firstTouch(c, at);
      if (!this.marketingOk(c, at)) continue;
      const result = this.sendTemplate(at, c, acc, template, { kind: 'campaign' }, { campaignId: campaign.id });
      blast.sent++;
      if (result.delivered && this.rng.chance(spike.complaintChance)) {
        // Within the hour, so the complaints land on the blast's day.
        const complainAt = result.seenAt + Math.min(this.rng.logNormal(6 * MINUTE, 0.8), HOUR);
        this.complainAndOptOut(c, acc, complainAt, {
          relatedMessageId: result.messageId,
          templateName: template.name,
          campaignId: campaign.id,
        });
        blast.complaints++;
      }
      this.finish(c, at);
    }
  }

  // ---------------------------------------------------------------- the platform's daily view

  /** Once per simulated day: quality ratings, tier moves and template quality from the last 7 days of traffic. */
  private dailyTick(day: number): void {
    const at = this.options.startMs + day * DAY + this.rng.between(30, 180) * MINUTE;
    const sum = (a: Float64Array) => {
      let s = 0;
      for (let d = Math.max(0, day - 7); d < day; d++) s += a[d] ?? 0;
      return s;
    };
    for (const health of this.numbers.values()) {
      if (this.scriptedNumbers.has(health.account.id)) continue;
      const sends = sum(health.sends);
      const complaints = sum(health.complaints);
      const acc = health.account;
      const rate = sends > 0 ? (complaints / sends) * 1000 : 0;
      const rating = sends < 200 ? health.rating : rate > 10 ? 'RED' : rate > 4 ? 'YELLOW' : 'GREEN';
      const limit = TIERS[health.tier];
      if (rating !== health.rating) {
        const previous = health.rating;
        health.rating = rating;
        if (rating === 'RED') {
          this.quality(
            at,
            acc,
            { scope: 'phone', qualityRating: 'RED', status: 'FLAGGED', event: 'FLAGGED', messagingLimit: limit },
            { kind: 'PLATFORM_ENFORCEMENT', planted: false, enforcement: 'FLAGGED' },
          );
        } else if (previous === 'RED') {
          health.redDays = 0;
          this.quality(at, acc, {
            scope: 'phone',
            qualityRating: rating,
            status: 'CONNECTED',
            event: 'UNFLAGGED',
            messagingLimit: limit,
          });
        } else {
          this.quality(at, acc, { scope: 'phone', qualityRating: rating, status: 'CONNECTED', messagingLimit: limit });
        }
      }
      if (health.rating === 'RED') {
        health.redDays++;
        if (health.redDays >= 7 && health.tier > 0) {
          health.tier--;
          health.redDays = 0;
          this.quality(at + MINUTE, acc, {
            scope: 'phone',
            qualityRating: 'RED',
            status: 'CONNECTED',
            event: 'DOWNGRADE',
            messagingLimit: TIERS[health.tier],
            previousLimit: limit,
          });
        }
      } else if (sends >= 2 * TIER_SIZE[health.tier] && health.tier < TIERS.length - 1) {
        health.tier++;
        this.quality(at + MINUTE, acc, {
          scope: 'phone',
          qualityRating: health.rating,
          status: 'CONNECTED',
          event: 'UPGRADE',
          messagingLimit: TIERS[health.tier],
          previousLimit: limit,
        });
      }
    }
    const byWaba = new Map(this.world.accountsByChannel.whatsapp.map((a) => [a.wabaId!, a]));
    for (const [key, th] of this.templateHealth) {
      if (th.disabled) continue;
      const [waba, name] = key.split(':') as [string, string];
      const template = this.world.templatesByName.get(name)!;
      if (template.category !== 'marketing') continue;
      const sends = sum(th.sends);
      if (sends < 150) continue;
      const rate = (sum(th.complaints) / sends) * 1000;
      const quality = rate > 12 ? 'RED' : rate > 5 ? 'YELLOW' : 'GREEN';
      const acc = byWaba.get(waba)!;
      if (quality === 'RED' && at >= th.pausedUntil) {
        this.pauseTemplate(at, acc, template, false);
      } else if (quality !== th.quality && quality !== 'RED') {
        this.templateUpdate(at, acc, template, 'en', { quality, previousQuality: th.quality });
        th.quality = quality;
      }
    }
  }

  // ---------------------------------------------------------------- delivery order

  /** Time-orders the journey, then lets some status webhooks arrive twice or out of order, like the platforms do. */
  private perturb(): void {
    const buf = this.buf;
    buf.sort((a, b) => a.t - b.t);
    const rng = this.rng;
    const { duplicateRate, outOfOrderRate } = this.options;
    const n = buf.length;
    for (let i = 0; i < n - 1; i++) {
      const a = buf[i];
      if (a.e.type !== 'message.status' || a.e.payload.status !== 'delivered' || !rng.chance(outOfOrderRate)) continue;
      for (let j = i + 1; j < Math.min(n, i + 8); j++) {
        const b = buf[j];
        if (b.e.type === 'message.status' && b.e.messageId === a.e.messageId && b.e.payload.status === 'read') {
          buf[i] = b;
          buf[j] = a;
          this.truth.outOfOrder++;
          break;
        }
      }
    }
    if (duplicateRate > 0) {
      for (let i = 0; i < n; i++) {
        const entry = buf[i];
        const t = entry.e.type;
        if (
          (t === 'message.status' && rng.chance(duplicateRate)) ||
          (t === 'message.received' && rng.chance(duplicateRate / 4))
        ) {
          buf.push({ t: entry.t, e: entry.e, dup: true });
        }
      }
    }
  }
}

/** Streams simulated canonical events (tenantId set from the options) for `options.events` lines. */
export function generateEvents(options: SimulatorInput = {}): TrafficSimulator {
  return new TrafficSimulator(options);
}

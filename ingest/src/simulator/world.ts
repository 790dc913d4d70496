import type { MessagingLimit, TemplateCategory } from '@checkmark/schemas';
import { Random } from './random';
import { LANGUAGES, type Language } from './texts';

/** Channels the simulator produces traffic for (webchat is left to real widgets). */
export const SIM_CHANNELS = ['whatsapp', 'telegram', 'viber', 'messenger', 'instagram', 'vk', 'sms', 'email'] as const;
export type SimChannel = (typeof SIM_CHANNELS)[number];

/** Share of contacts whose home channel is each channel. */
export const CHANNEL_WEIGHTS: Record<SimChannel, number> = {
  whatsapp: 0.5,
  telegram: 0.12,
  viber: 0.08,
  messenger: 0.08,
  instagram: 0.07,
  vk: 0.04,
  sms: 0.06,
  email: 0.05,
};

export interface Country {
  code: string;
  callingCode: string;
  /** Mobile prefix after the calling code and the number of digits that follow it. */
  mobilePrefix: string;
  subscriberDigits: number;
  timeZone: string;
  currency: string;
  language: Language;
  weight: number;
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'DE',
    callingCode: '49',
    mobilePrefix: '15',
    subscriberDigits: 9,
    timeZone: 'Europe/Berlin',
    currency: 'EUR',
    language: 'de',
    weight: 0.2,
  },
  {
    code: 'UA',
    callingCode: '380',
    mobilePrefix: '67',
    subscriberDigits: 7,
    timeZone: 'Europe/Kyiv',
    currency: 'UAH',
    language: 'uk',
    weight: 0.2,
  },
  {
    code: 'PL',
    callingCode: '48',
    mobilePrefix: '5',
    subscriberDigits: 8,
    timeZone: 'Europe/Warsaw',
    currency: 'PLN',
    language: 'pl',
    weight: 0.14,
  },
  {
    code: 'BR',
    callingCode: '55',
    mobilePrefix: '119',
    subscriberDigits: 8,
    timeZone: 'America/Sao_Paulo',
    currency: 'BRL',
    language: 'pt',
    weight: 0.14,
  },
  {
    code: 'ES',
    callingCode: '34',
    mobilePrefix: '6',
    subscriberDigits: 8,
    timeZone: 'Europe/Madrid',
    currency: 'EUR',
    language: 'es',
    weight: 0.1,
  },
  {
    code: 'RU',
    callingCode: '7',
    mobilePrefix: '9',
    subscriberDigits: 9,
    timeZone: 'Europe/Moscow',
    currency: 'RUB',
    language: 'ru',
    weight: 0.1,
  },
  {
    code: 'PT',
    callingCode: '351',
    mobilePrefix: '9',
    subscriberDigits: 8,
    timeZone: 'Europe/Lisbon',
    currency: 'EUR',
    language: 'pt',
    weight: 0.05,
  },
  {
    code: 'GB',
    callingCode: '44',
    mobilePrefix: '7',
    subscriberDigits: 9,
    timeZone: 'Europe/London',
    currency: 'GBP',
    language: 'en',
    weight: 0.07,
  },
];

export interface SimAccount {
  id: string;
  channel: SimChannel;
  name: string;
  /** WhatsApp only: the business account (WABA) the number belongs to, and its display number. */
  wabaId?: string;
  displayPhoneNumber?: string;
  initialLimit?: MessagingLimit;
}

export interface Team {
  id: string;
  name: string;
}

export interface Agent {
  id: string;
  name: string;
  teamId: string;
  /** Log-normal response time: median seconds and shape. */
  responseMedianSec: number;
  responseSigma: number;
  /** 0..1, moves survey scores. */
  satisfaction: number;
  /** Relative share of the team's conversations the agent is assigned (a part-timer gets fewer). */
  share: number;
}

export interface Bot {
  id: string;
  name: string;
}

export type TemplateBody = 'marketing' | 'order' | 'delivery' | 'appointment' | 'otp';

export interface Template {
  id: string;
  name: string;
  category: TemplateCategory;
  body: TemplateBody;
  languages: readonly Language[];
  /** A utility template carrying promotional wording (planted TEMPLATE_MISUSE). */
  misuse: boolean;
}

export type SourceKind =
  | 'ctwa_ad'
  | 'wa_qr'
  | 'telegram_deeplink'
  | 'messenger_ref'
  | 'messenger_ad'
  | 'instagram_ad'
  | 'viber_context'
  | 'vk_ref'
  | 'web_widget'
  | 'broadcast';

export interface CampaignCodes {
  adIds?: string[];
  headline?: string;
  sourceUrl?: string;
  deepLinkPayload?: string;
  ref?: string;
  context?: string;
  qrCode?: string;
  utm?: { source: string; medium: string; campaign: string; content?: string; term?: string };
}

export interface Campaign {
  id: string;
  name: string;
  channel: SimChannel;
  accountId: string;
  sourceKind: SourceKind;
  codes: CampaignCodes;
  /** Marketing template sent by broadcasts. */
  templateName?: string;
  startDay: number;
  endDay: number;
  /** 0..1: how hard it pushes; complaints rise with it over the campaign's life. */
  aggressiveness: number;
  conversionRate: number;
  currency: string;
  dailySpend: { date: string; amount: number }[];
}

export interface World {
  accounts: SimAccount[];
  accountsByChannel: Record<SimChannel, SimAccount[]>;
  teams: Team[];
  agents: Agent[];
  bots: Bot[];
  templates: Template[];
  templatesByName: Map<string, Template>;
  campaigns: Campaign[];
}

/** Meta template language codes for the simulator's languages. */
export const TEMPLATE_LOCALES: Record<Language, string> = {
  en: 'en_US',
  ru: 'ru',
  uk: 'uk',
  pl: 'pl',
  pt: 'pt_BR',
  es: 'es',
  de: 'de',
};

/** The demo company (Northwind) sits in Berlin; its analytics use this zone and schedule. */
export const DEMO_TIME_ZONE = 'Europe/Berlin';

/** Northwind answers on weekdays 09–18 and Saturday mornings (1 = Monday). */
export const DEMO_BUSINESS_HOURS: readonly { dayOfWeek: number; opens: string; closes: string }[] = [
  ...[1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, opens: '09:00', closes: '18:00' })),
  { dayOfWeek: 6, opens: '10:00', closes: '14:00' },
];

export type SlaKind = 'FIRST_RESPONSE' | 'NEXT_REPLY' | 'RESOLUTION';

/** Northwind's support targets, in business hours: the demo sets them, the ground truth measures against them. */
export const DEMO_SLA_TARGETS: readonly { kind: SlaKind; minutes: number; basis: 'BUSINESS' | 'CALENDAR' }[] = [
  { kind: 'FIRST_RESPONSE', minutes: 15, basis: 'BUSINESS' },
  { kind: 'NEXT_REPLY', minutes: 60, basis: 'BUSINESS' },
  { kind: 'RESOLUTION', minutes: 8 * 60, basis: 'BUSINESS' },
];

/** The agent planted as the clearly slowest responder. */
export const SLOWEST_AGENT_ID = 'agent_tom';

const ACCOUNT_COUNTS: Record<SimChannel, number> = {
  whatsapp: 3,
  telegram: 2,
  viber: 2,
  messenger: 2,
  instagram: 2,
  vk: 1,
  sms: 2,
  email: 2,
};

function buildAccounts(rng: Random): SimAccount[] {
  const accounts: SimAccount[] = [];
  const wabas = [`1${rng.digits(14)}`, `1${rng.digits(14)}`];
  const displays = ['49 30 901820', '380 44 339201', '48 22 306410'];
  for (let i = 0; i < ACCOUNT_COUNTS.whatsapp; i++) {
    const display = `${displays[i].replace(/ /g, '')}${rng.digits(2)}`;
    accounts.push({
      id: `10${rng.digits(13)}`,
      channel: 'whatsapp',
      name: ['Northwind Shop DE', 'Northwind Shop UA', 'Northwind Support PL'][i],
      wabaId: wabas[i === 0 ? 0 : 1],
      displayPhoneNumber: display,
      initialLimit: (['TIER_10K', 'TIER_1K', 'TIER_250'] as const)[i],
    });
  }
  const named = (channel: SimChannel, ids: string[], names: string[]) =>
    ids.forEach((id, i) => accounts.push({ id, channel, name: names[i] }));
  named('telegram', ['northwind_shop_bot', 'northwind_help_bot'], ['Northwind Shop bot', 'Northwind Help bot']);
  named('viber', ['pa:northwindshop', 'pa:northwindpromo'], ['Northwind Shop', 'Northwind Promo']);
  named('messenger', [`page:${rng.digits(15)}`, `page:${rng.digits(15)}`], ['Northwind Shop', 'Northwind Outlet']);
  named('instagram', [`ig:${rng.digits(17)}`, `ig:${rng.digits(17)}`], ['@northwind.shop', '@northwind.outlet']);
  named('vk', ['club218330451'], ['Northwind VK']);
  named('sms', ['sc:72455', 'sc:NORTHWIND'], ['Short code 72455', 'Sender NORTHWIND']);
  named('email', ['news@northwind.example', 'orders@northwind.example'], ['Newsletter', 'Order desk']);
  return accounts;
}

function buildTeams(rng: Random): { teams: Team[]; agents: Agent[]; bots: Bot[] } {
  const teams: Team[] = [
    { id: 'team_support', name: 'Customer support' },
    { id: 'team_sales', name: 'Sales' },
    { id: 'team_billing', name: 'Billing' },
  ];
  const names = [
    'Anna Kowalska',
    'Oleh Bondar',
    'Lucía Martín',
    'Jonas Weber',
    'Marta Nowak',
    'Pedro Souza',
    'Iryna Melnyk',
    'Tom Baker',
    'Sofia Costa',
    'Dmitri Orlov',
    'Eva Schulz',
    'Carlos Ruiz',
  ];
  const agents: Agent[] = names.map((name, i) => ({
    id: `agent_${name.split(' ')[0].toLowerCase()}`,
    name,
    teamId: teams[i % teams.length].id,
    // A spread from quick (about 40 s) to slow (about 8 min) responders.
    responseMedianSec: Math.round(40 * Math.pow(1.5, i % 7) * (0.8 + rng.next() * 0.4)),
    responseSigma: 0.7 + rng.next() * 0.6,
    satisfaction: 0.45 + rng.next() * 0.5,
    share: 1,
  }));
  // One clearly slowest agent (the planted support incident): a part-timer whose first replies take about 30
  // minutes, so the leaderboard has an obvious last place and the agent misses a 15-minute target most times.
  const slowest = agents.find((a) => a.id === SLOWEST_AGENT_ID)!;
  Object.assign(slowest, { responseMedianSec: 30 * 60, responseSigma: 0.5, share: 0.5 });
  const bots: Bot[] = [
    { id: 'bot_faq', name: 'FAQ bot' },
    { id: 'bot_sales', name: 'Sales bot' },
  ];
  return { teams, agents, bots };
}

function buildTemplates(rng: Random): Template[] {
  const all = LANGUAGES;
  const defs: Omit<Template, 'id'>[] = [
    { name: 'spring_collection', category: 'marketing', body: 'marketing', languages: all, misuse: false },
    { name: 'weekend_flash_offer', category: 'marketing', body: 'marketing', languages: all, misuse: false },
    {
      name: 'cart_reminder',
      category: 'marketing',
      body: 'marketing',
      languages: ['en', 'de', 'pl', 'es'],
      misuse: false,
    },
    {
      name: 'winback_offer',
      category: 'marketing',
      body: 'marketing',
      languages: ['en', 'uk', 'ru', 'pt'],
      misuse: false,
    },
    { name: 'order_confirmation', category: 'utility', body: 'order', languages: all, misuse: false },
    { name: 'delivery_update', category: 'utility', body: 'delivery', languages: all, misuse: false },
    {
      name: 'appointment_reminder',
      category: 'utility',
      body: 'appointment',
      languages: ['en', 'de', 'pl', 'pt'],
      misuse: false,
    },
    { name: 'order_update_bonus', category: 'utility', body: 'order', languages: all, misuse: true },
    { name: 'login_code', category: 'authentication', body: 'otp', languages: all, misuse: false },
    {
      name: 'verify_account',
      category: 'authentication',
      body: 'otp',
      languages: ['en', 'ru', 'uk', 'es'],
      misuse: false,
    },
  ];
  return defs.map((d) => ({ ...d, id: `7${rng.digits(14)}` }));
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function buildCampaigns(
  rng: Random,
  accounts: Record<SimChannel, SimAccount[]>,
  startMs: number,
  days: number,
): Campaign[] {
  type Def = Omit<Campaign, 'id' | 'accountId' | 'startDay' | 'endDay' | 'dailySpend' | 'currency'> & {
    slug: string;
    account: number;
    spendPerDay: number;
    currency: string;
    span: [number, number];
  };
  const b64 = (s: string) => Buffer.from(s).toString('base64url');
  const defs: Def[] = [
    {
      slug: 'ctwa_spring_de',
      name: 'Spring sale – CTWA ads DE',
      channel: 'whatsapp',
      account: 0,
      sourceKind: 'ctwa_ad',
      aggressiveness: 0.2,
      conversionRate: 0.12,
      spendPerDay: 180,
      currency: 'EUR',
      span: [0, 1],
      codes: {
        adIds: [`120${rng.digits(15)}`, `120${rng.digits(15)}`, `120${rng.digits(15)}`],
        headline: 'Spring sale: new collection',
        sourceUrl: `https://fb.me/${rng.token(9)}`,
      },
    },
    {
      slug: 'ctwa_leads_ua',
      name: 'Lead ads UA – CTWA',
      channel: 'whatsapp',
      account: 1,
      sourceKind: 'ctwa_ad',
      aggressiveness: 0.3,
      conversionRate: 0.08,
      spendPerDay: 4500,
      currency: 'UAH',
      span: [0.1, 0.9],
      codes: {
        adIds: [`120${rng.digits(15)}`, `120${rng.digits(15)}`],
        headline: 'Напишіть нам у WhatsApp',
        sourceUrl: `https://fb.me/${rng.token(9)}`,
      },
    },
    {
      slug: 'qr_store_posters',
      name: 'In-store QR posters',
      channel: 'whatsapp',
      account: 0,
      sourceKind: 'wa_qr',
      aggressiveness: 0,
      conversionRate: 0.15,
      spendPerDay: 15,
      currency: 'EUR',
      span: [0, 1],
      codes: { qrCode: 'QR-STORE-24', sourceUrl: 'https://wa.me/4930901820?text=Hi%20QR-STORE-24' },
    },
    {
      slug: 'tg_influencer',
      name: 'Telegram influencer deep links',
      channel: 'telegram',
      account: 0,
      sourceKind: 'telegram_deeplink',
      aggressiveness: 0.1,
      conversionRate: 0.09,
      spendPerDay: 120,
      currency: 'EUR',
      span: [0.2, 0.8],
      codes: { deepLinkPayload: b64('cmp=tg_influencer;src=blogger42') },
    },
    {
      slug: 'web_widget',
      name: 'Website chat widget',
      channel: 'telegram',
      account: 1,
      sourceKind: 'web_widget',
      aggressiveness: 0,
      conversionRate: 0.1,
      spendPerDay: 0,
      currency: 'EUR',
      span: [0, 1],
      codes: {
        utm: { source: 'website', medium: 'widget', campaign: 'always_on', content: 'footer_button' },
        deepLinkPayload: b64('utm=website.widget.always_on'),
      },
    },
    {
      slug: 'm_me_summer',
      name: 'm.me summer links',
      channel: 'messenger',
      account: 0,
      sourceKind: 'messenger_ref',
      aggressiveness: 0.1,
      conversionRate: 0.07,
      spendPerDay: 0,
      currency: 'EUR',
      span: [0, 1],
      codes: { ref: 'summer_newsletter_link' },
    },
    {
      slug: 'messenger_ads',
      name: 'Click-to-Messenger ads',
      channel: 'messenger',
      account: 1,
      sourceKind: 'messenger_ad',
      aggressiveness: 0.2,
      conversionRate: 0.06,
      spendPerDay: 90,
      currency: 'EUR',
      span: [0.3, 1],
      codes: { adIds: [`238${rng.digits(14)}`], headline: 'Outlet: last sizes' },
    },
    {
      slug: 'ig_stories',
      name: 'Instagram story ads',
      channel: 'instagram',
      account: 0,
      sourceKind: 'instagram_ad',
      aggressiveness: 0.2,
      conversionRate: 0.05,
      spendPerDay: 110,
      currency: 'EUR',
      span: [0, 0.7],
      codes: { adIds: [`238${rng.digits(14)}`, `238${rng.digits(14)}`], headline: 'DM us for your size' },
    },
    {
      slug: 'viber_pos',
      name: 'Viber checkout deep link',
      channel: 'viber',
      account: 0,
      sourceKind: 'viber_context',
      aggressiveness: 0,
      conversionRate: 0.11,
      spendPerDay: 0,
      currency: 'UAH',
      span: [0, 1],
      codes: { context: 'checkout_thankyou_page' },
    },
    {
      slug: 'vk_community',
      name: 'VK community link',
      channel: 'vk',
      account: 0,
      sourceKind: 'vk_ref',
      aggressiveness: 0.1,
      conversionRate: 0.05,
      spendPerDay: 1500,
      currency: 'RUB',
      span: [0, 0.6],
      codes: { ref: 'vk_post_spring', utm: { source: 'vk', medium: 'social', campaign: 'spring' } },
    },
    {
      slug: 'wa_newsletter',
      name: 'WhatsApp monthly newsletter',
      channel: 'whatsapp',
      account: 0,
      sourceKind: 'broadcast',
      templateName: 'spring_collection',
      aggressiveness: 0.1,
      conversionRate: 0.03,
      spendPerDay: 0,
      currency: 'EUR',
      span: [0, 1],
      codes: {},
    },
    {
      slug: 'wa_flash_blast',
      name: 'WhatsApp flash-offer blast',
      channel: 'whatsapp',
      account: 1,
      sourceKind: 'broadcast',
      templateName: 'weekend_flash_offer',
      aggressiveness: 0.9,
      conversionRate: 0.02,
      spendPerDay: 0,
      currency: 'UAH',
      span: [0.25, 0.75],
      codes: {},
    },
    {
      slug: 'wa_winback',
      name: 'Win-back reminders',
      channel: 'whatsapp',
      account: 2,
      sourceKind: 'broadcast',
      templateName: 'winback_offer',
      aggressiveness: 0.6,
      conversionRate: 0.02,
      spendPerDay: 0,
      currency: 'PLN',
      span: [0.4, 1],
      codes: {},
    },
    {
      slug: 'viber_promo',
      name: 'Viber promo broadcast',
      channel: 'viber',
      account: 1,
      sourceKind: 'broadcast',
      templateName: 'weekend_flash_offer',
      aggressiveness: 0.5,
      conversionRate: 0.02,
      spendPerDay: 0,
      currency: 'UAH',
      span: [0, 1],
      codes: {},
    },
    {
      slug: 'tg_channel_digest',
      name: 'Telegram weekly digest',
      channel: 'telegram',
      account: 0,
      sourceKind: 'broadcast',
      templateName: 'spring_collection',
      aggressiveness: 0.2,
      conversionRate: 0.02,
      spendPerDay: 0,
      currency: 'EUR',
      span: [0, 1],
      codes: {},
    },
    {
      slug: 'sms_flash',
      name: 'SMS flash sale',
      channel: 'sms',
      account: 1,
      sourceKind: 'broadcast',
      templateName: 'weekend_flash_offer',
      aggressiveness: 0.7,
      conversionRate: 0.01,
      spendPerDay: 0,
      currency: 'EUR',
      span: [0, 1],
      codes: { utm: { source: 'sms', medium: 'sms', campaign: 'flash_sale' } },
    },
    {
      slug: 'email_newsletter',
      name: 'E-mail newsletter',
      channel: 'email',
      account: 0,
      sourceKind: 'broadcast',
      templateName: 'spring_collection',
      aggressiveness: 0.2,
      conversionRate: 0.01,
      spendPerDay: 0,
      currency: 'EUR',
      span: [0, 1],
      codes: { utm: { source: 'newsletter', medium: 'email', campaign: 'spring_collection' } },
    },
  ];
  return defs.map((d) => {
    const startDay = Math.floor(d.span[0] * days);
    const endDay = Math.max(startDay, Math.ceil(d.span[1] * days) - 1);
    const dailySpend: Campaign['dailySpend'] = [];
    if (d.spendPerDay > 0) {
      for (let day = startDay; day <= endDay; day++) {
        const amount = Math.round(d.spendPerDay * (0.7 + rng.next() * 0.6) * 100) / 100;
        dailySpend.push({ date: isoDate(startMs + day * 86_400_000), amount });
      }
    }
    const { slug, account, spendPerDay: _spend, span: _span, ...rest } = d;
    return { ...rest, id: `cmp_${slug}`, accountId: accounts[d.channel][account].id, startDay, endDay, dailySpend };
  });
}

/** The tenant's fixed catalog: accounts, people, templates, campaigns. Depends only on seed, start and days. */
export function buildWorld(seed: number, startMs: number, days: number): World {
  const rng = new Random(seed, 101);
  const accounts = buildAccounts(rng);
  const accountsByChannel = Object.fromEntries(
    SIM_CHANNELS.map((c) => [c, accounts.filter((a) => a.channel === c)]),
  ) as Record<SimChannel, SimAccount[]>;
  const { teams, agents, bots } = buildTeams(rng);
  const templates = buildTemplates(rng);
  const campaigns = buildCampaigns(rng, accountsByChannel, startMs, days);
  return {
    accounts,
    accountsByChannel,
    teams,
    agents,
    bots,
    templates,
    templatesByName: new Map(templates.map((t) => [t.name, t])),
    campaigns,
  };
}

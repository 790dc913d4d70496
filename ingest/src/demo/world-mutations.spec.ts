import { buildWorld } from '../simulator';
import {
  accountKey,
  agentInputs,
  businessAccountInput,
  demoCaseChanges,
  campaignCodes,
  campaignInput,
  campaignSpend,
  demoMarketingSettings,
  demoTenantSettings,
  teamInputs,
} from './world-mutations';
import { COUNTRIES } from '../simulator/world';

const CHANNELS = ['WHATSAPP', 'MESSENGER', 'INSTAGRAM', 'TELEGRAM', 'VIBER', 'VK', 'SMS', 'EMAIL', 'WEBCHAT'];
const SOURCE_KINDS = [
  'CTWA_AD',
  'WA_QR',
  'WA_LINK',
  'TELEGRAM_DEEPLINK',
  'MESSENGER_REF',
  'MESSENGER_AD',
  'INSTAGRAM_AD',
  'VIBER_CONTEXT',
  'VK_REF',
  'WEB_WIDGET',
  'BROADCAST',
  'OTHER',
];
const CODE_KINDS = [
  'AD_ID',
  'DEEP_LINK_PAYLOAD',
  'REF',
  'CONTEXT',
  'QR_CODE',
  'UTM_SOURCE',
  'UTM_MEDIUM',
  'UTM_CAMPAIGN',
  'PREFILL_CODE',
];
const START = Date.UTC(2026, 0, 1);

describe('simulator world → GraphQL inputs', () => {
  const world = buildWorld(1, START, 90);

  it('maps every account to a contract channel with the id events carry as accountId', () => {
    const inputs = world.accounts.map(businessAccountInput);
    expect(inputs.map((i) => i.externalId)).toEqual(world.accounts.map((a) => a.id));
    for (const input of inputs) expect(CHANNELS).toContain(input.channel);
    const whatsapp = inputs.filter((i) => i.channel === 'WHATSAPP');
    expect(whatsapp.length).toBe(3);
    for (const number of whatsapp) {
      expect(number.wabaId).toMatch(/^1\d{14}$/);
      expect(number.displayPhoneNumber).toMatch(/^\+\d{10,}$/);
      expect(number.verified).toBe(true);
    }
    expect(new Set(inputs.map((i) => accountKey(i.channel, i.externalId))).size).toBe(inputs.length);
  });

  it('keys every team by the team id events carry', () => {
    expect(teamInputs(world)).toEqual(world.teams.map((t) => ({ name: t.name, externalId: t.id })));
    expect(world.teams.map((t) => t.id)).toContain('team_support');
  });

  it('gives every agent its team and an ASCII e-mail, keyed by the agent id events carry', () => {
    const teamIds = new Map(teamInputs(world).map((_t, i) => [world.teams[i].id, `team-uuid-${i}`]));
    const agents = agentInputs(world, teamIds);
    expect(agents.map((a) => a.externalId)).toEqual(world.agents.map((a) => a.id));
    expect(new Set(agents.map((a) => a.teamId))).toEqual(new Set(teamIds.values()));
    expect(agents.find((a) => a.name === 'Lucía Martín')?.email).toBe('lucia.martin@northwind.example');
    for (const agent of agents) expect(agent.email).toMatch(/^[a-z0-9.]+@northwind\.example$/);
  });

  it('refuses agents whose team was not created', () => {
    expect(() => agentInputs(world, new Map())).toThrow(/no team created/);
  });

  it('maps campaigns to the contract enums, keyed by the campaign id events carry, on the created account', () => {
    const accountIds = new Map(world.accounts.map((a) => [accountKey(a.channel, a.id), `acc-${a.id}`]));
    for (const campaign of world.campaigns) {
      const input = campaignInput(campaign, START, accountIds);
      expect(input.key).toBe(campaign.id);
      expect(CHANNELS).toContain(input.channel);
      expect(SOURCE_KINDS).toContain(input.sourceKind);
      expect(input.accountId).toBe(`acc-${campaign.accountId}`);
      for (const code of input.codes) expect(CODE_KINDS).toContain(code.kind);
      expect(input.startsOn <= input.endsOn).toBe(true);
      expect(input.startsOn >= '2026-01-01' && input.endsOn <= '2026-03-31').toBe(true);
    }
    const spring = world.campaigns.find((c) => c.id === 'cmp_ctwa_spring_de')!;
    expect(
      campaignCodes(spring)
        .filter((c) => c.kind === 'AD_ID')
        .map((c) => c.value),
    ).toEqual(spring.codes.adIds);
    const widget = world.campaigns.find((c) => c.id === 'cmp_web_widget')!;
    expect(campaignCodes(widget)).toEqual(
      expect.arrayContaining([
        { kind: 'UTM_SOURCE', value: 'website' },
        { kind: 'UTM_MEDIUM', value: 'widget' },
        { kind: 'UTM_CAMPAIGN', value: 'always_on' },
      ]),
    );
  });

  it('carries each paid campaign day as spend, inside the campaign dates', () => {
    const accountIds = new Map(world.accounts.map((a) => [accountKey(a.channel, a.id), 'x']));
    const paid = world.campaigns.filter((c) => c.dailySpend.length > 0);
    expect(paid.length).toBeGreaterThan(3);
    for (const campaign of paid) {
      const { startsOn, endsOn } = campaignInput(campaign, START, accountIds);
      const spend = campaignSpend(campaign);
      expect(spend.length).toBe(campaign.endDay - campaign.startDay + 1);
      for (const day of spend) {
        expect(day.date >= startsOn && day.date <= endsOn).toBe(true);
        expect(day.amount).toBeGreaterThan(0);
      }
    }
  });

  it('sets a valid time zone and business hours for Monday to Saturday', () => {
    const settings = demoTenantSettings();
    expect(() => new Intl.DateTimeFormat('en', { timeZone: settings.timeZone })).not.toThrow();
    expect(settings.businessHours.map((h) => h.dayOfWeek)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const h of settings.businessHours) expect(h.opens < h.closes).toBe(true);
  });

  it('gives the demo euro reports, a rate for every other currency it uses and a price for every channel', () => {
    const world = buildWorld(3, Date.UTC(2026, 1, 1), 14);
    const settings = demoMarketingSettings(world);
    expect(settings.reportingCurrency).toBe('EUR');
    const used = new Set([...world.campaigns.map((c) => c.currency), ...COUNTRIES.map((c) => c.currency)]);
    expect(used.size).toBeGreaterThan(3);
    expect(settings.exchangeRates.map((r) => r.currency)).toEqual([...used].filter((c) => c !== 'EUR').sort());
    expect(settings.exchangeRates.every((r) => r.rate > 0)).toBe(true);
    const channels = new Set(world.accounts.map((a) => a.channel.toUpperCase()));
    expect([...channels].every((c) => settings.messagePrices.some((p) => p.channel === c))).toBe(true);
    expect(settings.messagePrices.every((p) => CHANNELS.includes(p.channel) && p.price >= 0)).toBe(true);
    const categories = ['marketing', 'utility', 'authentication', 'service', 'any'];
    expect(settings.messagePrices.every((p) => categories.includes(p.category))).toBe(true);
    const keys = settings.messagePrices.map((p) => `${p.channel}/${p.category}`);
    expect(new Set(keys).size).toBe(keys.length);
    // WhatsApp's template categories are priced; its service replies are free.
    expect(
      settings.messagePrices.filter((p) => p.channel === 'WHATSAPP').map((p) => [p.category, p.price > 0]),
    ).toEqual([
      ['marketing', true],
      ['utility', true],
      ['authentication', true],
      ['service', false],
    ]);
  });
});

describe('demoCaseChanges', () => {
  it('resolves weeks older than two weeks, acknowledges the week before the last, leaves the last open', () => {
    const start = Date.UTC(2026, 1, 1);
    expect(demoCaseChanges(start, start + 21 * 86_400_000).map((c) => [c.action, c.from, c.to])).toEqual([
      ['ACKNOWLEDGE', '2026-02-01', '2026-02-07'],
      ['RESOLVE', '2026-02-01', '2026-02-07'],
      ['ACKNOWLEDGE', '2026-02-08', '2026-02-14'],
    ]);
  });
});

import { principalTimeZone } from '@checkmark/schemas/compliance';
import { contactCountryFromId } from '@checkmark/schemas/pipeline';
import { LocalClock } from './local-clock';
import { hash32, Random } from './random';
import {
  CHANNEL_WEIGHTS,
  COUNTRIES,
  DEMO_TIME_ZONE,
  SIM_CHANNELS,
  type Country,
  type SimChannel,
  type World,
} from './world';
import type { Language } from './texts';

/** What the contact agreed to when first seen (DOMAIN.md §4 rules depend on it). */
export const CONSENT_PROFILES = ['all', 'service', 'none'] as const;
export type ConsentProfile = (typeof CONSENT_PROFILES)[number];
const PROFILE_WEIGHTS = [0.7, 0.12, 0.18];

export const MARKETING_NONE = 0;
export const MARKETING_IN = 1;
export const MARKETING_OUT = 2;

/**
 * Every simulated customer, in typed arrays so a million contacts stay small. Static attributes come from a
 * hash of (seed, index); mutable state records what the generator has already emitted for the contact.
 */
export class ContactTable {
  readonly size: number;
  readonly channel: Uint8Array;
  readonly account: Uint16Array;
  readonly country: Uint8Array;
  readonly profile: Uint8Array;
  /** Consent events emitted already (first touch). */
  readonly consentRecorded: Uint8Array;
  readonly marketing: Uint8Array;
  readonly blocked: Uint8Array;
  /** Set when the last marketing opt-out came from the WhatsApp platform (can be resumed). */
  readonly platformStopped: Uint8Array;
  readonly lastInboundMs: Float64Array;
  readonly lastMarketingMs: Float64Array;
  readonly busyUntilMs: Float64Array;
  /** Contact indexes by home channel, to pick customers of a given channel quickly. */
  readonly byChannel: Record<SimChannel, Int32Array>;
  private readonly ids: (string | undefined)[];
  /** Per contact: the clock its local time is judged by (see {@link localHour}), resolved on first use. */
  private readonly clocks: (LocalClock | undefined)[];
  private readonly clockByZone = new Map<string, LocalClock>();

  constructor(
    private readonly seed: number,
    size: number,
    world: World,
  ) {
    this.size = size;
    this.channel = new Uint8Array(size);
    this.account = new Uint16Array(size);
    this.country = new Uint8Array(size);
    this.profile = new Uint8Array(size);
    this.consentRecorded = new Uint8Array(size);
    this.marketing = new Uint8Array(size);
    this.blocked = new Uint8Array(size);
    this.platformStopped = new Uint8Array(size);
    this.lastInboundMs = new Float64Array(size).fill(-Infinity);
    this.lastMarketingMs = new Float64Array(size).fill(-Infinity);
    this.busyUntilMs = new Float64Array(size).fill(-Infinity);
    this.ids = new Array<string | undefined>(size);
    this.clocks = new Array<LocalClock | undefined>(size);
    const channelWeights = SIM_CHANNELS.map((c) => CHANNEL_WEIGHTS[c]);
    const countryWeights = COUNTRIES.map((c) => c.weight);
    const lists: Record<string, number[]> = Object.fromEntries(SIM_CHANNELS.map((c) => [c, []]));
    for (let i = 0; i < size; i++) {
      const h = hash32(seed, i);
      const ch = pickWeighted(channelWeights, (h & 0xffff) / 0x10000);
      const channelName = SIM_CHANNELS[ch];
      this.channel[i] = ch;
      this.country[i] = pickWeighted(countryWeights, (hash32(h, 1) & 0xffff) / 0x10000);
      this.profile[i] = pickWeighted(PROFILE_WEIGHTS, (hash32(h, 2) & 0xffff) / 0x10000);
      const accounts = world.accountsByChannel[channelName];
      this.account[i] = world.accounts.indexOf(accounts[hash32(h, 3) % accounts.length]);
      lists[channelName].push(i);
    }
    this.byChannel = Object.fromEntries(SIM_CHANNELS.map((c) => [c, Int32Array.from(lists[c])])) as Record<
      SimChannel,
      Int32Array
    >;
  }

  channelOf(i: number): SimChannel {
    return SIM_CHANNELS[this.channel[i]];
  }

  countryOf(i: number): Country {
    return COUNTRIES[this.country[i]];
  }

  languageOf(i: number): Language {
    return this.countryOf(i).language;
  }

  profileOf(i: number): ConsentProfile {
    return CONSENT_PROFILES[this.profile[i]];
  }

  /**
   * The contact's local hour of day (0–24, fractional) at a UTC instant, on the clock the business and the
   * compliance rules can know: the principal time zone of the country the pipeline reads from a phone-number id
   * (the same derivation, so the simulator and QUIET_HOURS agree), else the tenant's zone — a business does not
   * know where a Telegram, Messenger or e-mail contact lives. Every zone it can resolve to for the simulated
   * countries is a whole number of hours from UTC.
   */
  localHour(i: number, ms: number): number {
    const clock = this.clockOf(i);
    return clock.at(ms).hour + (ms % 3_600_000) / 3_600_000;
  }

  /** The IANA zone {@link localHour} uses for a contact. */
  timeZoneOf(i: number): string {
    return this.clockOf(i).timeZone;
  }

  private clockOf(i: number): LocalClock {
    let clock = this.clocks[i];
    if (!clock) {
      const country = contactCountryFromId(this.channelOf(i), this.contactId(i));
      const zone = (country && principalTimeZone(country)) ?? DEMO_TIME_ZONE;
      clock = this.clockByZone.get(zone);
      if (!clock) this.clockByZone.set(zone, (clock = new LocalClock(zone)));
      this.clocks[i] = clock;
    }
    return clock;
  }

  /** Raw provider id as the platform would send it (phone digits, bot user id, PSID, address…). */
  contactId(i: number): string {
    let id = this.ids[i];
    if (id === undefined) {
      id = this.makeId(i);
      this.ids[i] = id;
    }
    return id;
  }

  /** True for WhatsApp username users that arrive with a business-scoped user id instead of a phone number. */
  isBsuid(i: number): boolean {
    return this.channelOf(i) === 'whatsapp' && hash32(this.seed ^ 0x3c6ef372, i) % 100 === 0;
  }

  /**
   * `digits` decimal digits that differ for every contact index: an affine map modulo 10^digits with a
   * multiplier coprime to 10 is a bijection, so two contacts never share an id.
   */
  private uniqueDigits(i: number, digits: number): string {
    const modulus = 10 ** Math.min(digits, 15);
    const offset = hash32(this.seed, 0x7f4a7c15) % modulus;
    return String((i * 1_000_003 + offset) % modulus).padStart(digits, '0');
  }

  private makeId(i: number): string {
    const rng = new Random(this.seed ^ 0x1b873593, i);
    const country = this.countryOf(i);
    const phone = () =>
      `${country.callingCode}${country.mobilePrefix}${this.uniqueDigits(i, country.subscriberDigits)}`;
    switch (this.channelOf(i)) {
      case 'whatsapp':
        return this.isBsuid(i)
          ? `${country.code}.${rng.between(1, 9)}${rng.digits(6)}${this.uniqueDigits(i, 12)}`
          : phone();
      case 'viber':
      case 'sms':
        return phone();
      case 'telegram':
        return `${rng.between(1, 7)}${this.uniqueDigits(i, 9)}`;
      case 'messenger':
        return `${rng.between(1, 9)}${rng.digits(3)}${this.uniqueDigits(i, 12)}`;
      case 'instagram':
        return `${rng.between(1, 9)}${rng.digits(4)}${this.uniqueDigits(i, 12)}`;
      case 'vk':
        return `${rng.between(1, 9)}${this.uniqueDigits(i, 8)}`;
      case 'email':
        return `customer.${rng.token(6)}${i}@mail.example`;
    }
  }
}

function pickWeighted(weights: readonly number[], u: number): number {
  let total = 0;
  for (const w of weights) total += w;
  let r = u * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i];
    if (r < 0) return i;
  }
  return weights.length - 1;
}

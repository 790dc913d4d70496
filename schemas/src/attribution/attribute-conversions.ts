import { AttributionError } from './attribution-error';
import { compareText } from './compare-text';

export const ATTRIBUTION_MODELS = ['last_touch', 'first_touch'] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

const DAY_MS = 86_400_000;
export const DEFAULT_WINDOW_DAYS = 7;
const MAX_WINDOW_DAYS = 366;

/**
 * A moment a contact engaged with a source: the first customer message of a conversation (`first_message`,
 * at that message), or a customer's reply to a campaign message (`campaign_reply`, at the reply; it counts
 * only when the reply came within the window after `sentAt`, the campaign message's send time).
 */
export interface AttributionTouch {
  id: string;
  contactId: string;
  kind: 'first_message' | 'campaign_reply';
  /** ISO instant. */
  at: string;
  sentAt?: string;
  /** Null = organic (no campaign matched). */
  campaignId: string | null;
}

export interface AttributableConversion {
  id: string;
  contactId: string;
  /** ISO instant. */
  at: string;
}

export interface AttributeOptions {
  /** Whole days before a conversion in which a touch counts; default 7. */
  windowDays?: number;
  model: AttributionModel;
}

export interface ConversionAttribution {
  conversionId: string;
  /** Null = no touch in the window: organic. */
  touchId: string | null;
  campaignId: string | null;
}

interface TimedTouch {
  touch: AttributionTouch;
  ms: number;
}

/** Same instant: a campaign touch before an organic one, then the smaller id — the same answer on every run. */
function tieOrder(a: TimedTouch, b: TimedTouch): number {
  return (
    Number(a.touch.campaignId === null) - Number(b.touch.campaignId === null) || compareText(a.touch.id, b.touch.id)
  );
}

function validTouch(touch: AttributionTouch, windowMs: number): TimedTouch | null {
  const ms = Date.parse(touch.at);
  if (Number.isNaN(ms)) return null;
  if (touch.kind === 'campaign_reply') {
    const sent = touch.sentAt === undefined ? Number.NaN : Date.parse(touch.sentAt);
    if (Number.isNaN(sent) || ms < sent || ms - sent > windowMs) return null;
  }
  return { touch, ms };
}

/**
 * Each conversion to at most one touch of the same contact in [conversion − window, conversion] — both ends
 * included; a touch after the conversion never counts. `last_touch` takes the latest such touch,
 * `first_touch` the earliest. No touch in the window (or an unparsable time) → organic. Results follow the
 * order of `conversions`.
 */
export function attributeConversions(
  touches: readonly AttributionTouch[],
  conversions: readonly AttributableConversion[],
  options: AttributeOptions,
): ConversionAttribution[] {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
    throw new AttributionError(
      'ATTRIBUTION_OPTIONS_INVALID',
      `windowDays must be a whole number from 1 to ${MAX_WINDOW_DAYS}`,
    );
  }
  if (!ATTRIBUTION_MODELS.includes(options.model)) {
    throw new AttributionError('ATTRIBUTION_OPTIONS_INVALID', 'model must be last_touch or first_touch');
  }
  const windowMs = windowDays * DAY_MS;
  const byContact = new Map<string, TimedTouch[]>();
  for (const touch of touches) {
    const timed = validTouch(touch, windowMs);
    if (!timed) continue;
    const list = byContact.get(touch.contactId);
    if (list) list.push(timed);
    else byContact.set(touch.contactId, [timed]);
  }
  for (const list of byContact.values()) list.sort((a, b) => a.ms - b.ms || tieOrder(a, b));

  return conversions.map((conversion) => {
    const ms = Date.parse(conversion.at);
    const list = byContact.get(conversion.contactId) ?? [];
    const eligible = Number.isNaN(ms) ? [] : list.filter((t) => t.ms <= ms && t.ms >= ms - windowMs);
    const chosen = pick(eligible, options.model);
    return { conversionId: conversion.id, touchId: chosen?.id ?? null, campaignId: chosen?.campaignId ?? null };
  });
}

/** From touches sorted by time then tie order: the earliest, or the latest with the tie order still deciding. */
function pick(sorted: TimedTouch[], model: AttributionModel): AttributionTouch | undefined {
  if (sorted.length === 0) return undefined;
  if (model === 'first_touch') return sorted[0].touch;
  const latest = sorted[sorted.length - 1].ms;
  return sorted.find((t) => t.ms === latest)!.touch;
}

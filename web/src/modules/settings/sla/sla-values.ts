import type { SlaKind, SlaTargetInput, TimeBasis } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';

export const SLA_KINDS: readonly SlaKind[] = ['FIRST_RESPONSE', 'NEXT_REPLY', 'RESOLUTION'];
/** The API's bounds: one minute to 30 days. */
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 43_200;

/** One target as the form edits it: off, or minutes (as typed) in a basis. */
export interface SlaTargetValues {
  kind: SlaKind;
  enabled: boolean;
  minutes: string;
  basis: TimeBasis;
}

/** Suggested values when a target is switched on for the first time. */
const DEFAULT_MINUTES: Record<SlaKind, number> = { FIRST_RESPONSE: 60, NEXT_REPLY: 120, RESOLUTION: 1440 };

/** Every kind once, in a fixed order, from the saved targets (kinds without one start switched off). */
export function toValues(
  targets: ReadonlyArray<{ kind: SlaKind; minutes: number; basis: TimeBasis }>,
): SlaTargetValues[] {
  return SLA_KINDS.map((kind) => {
    const saved = targets.find((target) => target.kind === kind);
    return saved
      ? { kind, enabled: true, minutes: String(saved.minutes), basis: saved.basis }
      : { kind, enabled: false, minutes: String(DEFAULT_MINUTES[kind]), basis: 'BUSINESS' };
  });
}

/** The message key of what is wrong with a switched-on target's minutes, or undefined. */
export function minutesIssue(values: SlaTargetValues): MessageKey | undefined {
  if (!values.enabled) return undefined;
  const text = values.minutes.trim();
  if (!/^\d+$/.test(text)) return 'slaSettings.minutesInvalid';
  const minutes = Number(text);
  return minutes < MIN_MINUTES || minutes > MAX_MINUTES ? 'slaSettings.minutesInvalid' : undefined;
}

/** The set the API replaces the saved one with: the switched-on targets only. */
export function toInput(values: readonly SlaTargetValues[]): SlaTargetInput[] {
  return values
    .filter((v) => v.enabled)
    .map((v) => ({ kind: v.kind, minutes: Number(v.minutes.trim()), basis: v.basis }));
}

import type { ViolationKind } from '@checkmark/schemas/compliance';

/**
 * Built-in rule version of each kind, raised when a detector's semantics change (docs/compliance.md). Kinds that a
 * tenant's settings shape carry the settings revision too (`FREQUENCY_CAP@1+s3`), so a report says which settings
 * found what; revision 0 (never saved: the defaults) adds nothing.
 */
export const RULE_VERSIONS: Readonly<Record<ViolationKind, number>> = {
  NO_CONSENT: 1,
  AFTER_OPT_OUT: 1,
  PURPOSE_MISMATCH: 1,
  OUTSIDE_WINDOW: 1,
  PROHIBITED_CONTENT: 1,
  TEMPLATE_MISUSE: 1,
  FREQUENCY_CAP: 1,
  QUIET_HOURS: 1,
  PLATFORM_ENFORCEMENT: 1,
};

/** `KIND@<version>` plus `+s<revision>` when the tenant's settings (revision > 0) shape the kind. */
export function ruleVersion(kind: ViolationKind, settingsRevision = 0, version: string | number = RULE_VERSIONS[kind]) {
  return `${kind}@${version}${settingsRevision > 0 ? `+s${settingsRevision}` : ''}`;
}

/**
 * A tenant's compliance rule settings as the detectors read them (relational `compliance_settings`, defaults when the
 * tenant never saved any). `revision` grows with every saved change and is appended to the rule versions of the kinds
 * the settings affect (`FREQUENCY_CAP@1+s3`).
 */
export interface ComplianceSettings {
  frequencyCap: { enabled: boolean; count: number; windowHours: number };
  /** Minutes of the day in the contact's local time; the window is [start, end) and wraps midnight when start > end. */
  quietHours: { enabled: boolean; startMinute: number; endMinute: number };
  /** Per-tenant overrides of the content rule sets (`@checkmark/schemas/compliance`), validated JSON; null = none. */
  contentRuleOverrides: unknown;
  revision: number;
  updatedAt: Date | null;
  updatedBy: string | null;
}

import type { ComplianceSettings } from './compliance-settings-value';

/** The rules a tenant has until it saves its own: at most 2 marketing messages per contact in 24 h, quiet 21:00–08:00. */
export const DEFAULT_COMPLIANCE_SETTINGS: ComplianceSettings = {
  frequencyCap: { enabled: true, count: 2, windowHours: 24 },
  quietHours: { enabled: true, startMinute: 21 * 60, endMinute: 8 * 60 },
  contentRuleOverrides: null,
  revision: 0,
  updatedAt: null,
  updatedBy: null,
};

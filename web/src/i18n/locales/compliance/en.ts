import type { Message } from '../../types';

/** Compliance page: violations, cases and the tab strip (issue 6); spread into the English catalog. */
export const complianceEn = {
  'compliance.tabs.label': 'Compliance sections',
  'compliance.tabs.violations': 'Violations',
  'compliance.tabs.contacts': 'Contacts and consent',
  'compliance.tabs.rules': 'Rules',
  'compliance.tabs.reports': 'Reports',
} satisfies Record<string, Message>;

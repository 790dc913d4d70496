import type { MessageKey } from '@web/i18n/catalog';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** Analytics pages carry the global filter along in their links. */
  filtered: boolean;
}

/** One page per job, as in the design; later issues fill the pages that are not built yet. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/overview', label: 'nav.overview', filtered: true },
  { path: '/engagement', label: 'nav.engagement', filtered: true },
  { path: '/support', label: 'nav.support', filtered: true },
  { path: '/campaigns', label: 'nav.campaigns', filtered: true },
  { path: '/quality', label: 'nav.quality', filtered: true },
  { path: '/complaints', label: 'nav.complaints', filtered: true },
  { path: '/compliance', label: 'nav.compliance', filtered: true },
  { path: '/settings', label: 'nav.settings', filtered: false },
];

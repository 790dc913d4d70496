import type { Message } from '../../types';
import type { complianceEn } from './en';

export const compliancePl: Record<keyof typeof complianceEn, Message> = {
  'compliance.tabs.label': 'Sekcje zgodności',
  'compliance.tabs.violations': 'Naruszenia',
  'compliance.tabs.contacts': 'Kontakty i zgody',
  'compliance.tabs.rules': 'Reguły',
  'compliance.tabs.reports': 'Raporty',
};

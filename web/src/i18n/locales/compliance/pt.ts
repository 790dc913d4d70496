import type { Message } from '../../types';
import type { complianceEn } from './en';

export const compliancePt: Record<keyof typeof complianceEn, Message> = {
  'compliance.tabs.label': 'Secções de conformidade',
  'compliance.tabs.violations': 'Violações',
  'compliance.tabs.contacts': 'Contactos e consentimento',
  'compliance.tabs.rules': 'Regras',
  'compliance.tabs.reports': 'Relatórios',
};

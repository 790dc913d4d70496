import type { Message } from '../../types';
import type { complianceEn } from './en';

export const complianceUk: Record<keyof typeof complianceEn, Message> = {
  'compliance.tabs.label': 'Розділи відповідності вимогам',
  'compliance.tabs.violations': 'Порушення',
  'compliance.tabs.contacts': 'Контакти та згоди',
  'compliance.tabs.rules': 'Правила',
  'compliance.tabs.reports': 'Звіти',
};
